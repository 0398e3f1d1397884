"""Who may issue letters and edit templates and the letterhead; letterhead settings in the letter."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from PIL import Image
from sqlalchemy import select

from app.kernel.errors import ConfigurationError, PermissionDenied, ValidationError
from app.kernel.letterhead import letterhead_values, set_letterhead
from app.letters import service, templates
from db.models import AuditEvent, ConfigValue
from tests.fixtures.database import Today
from tests.letters import cases
from tests.letters.cases import letter_count, pdf_text
from tests.support import Office


def test_only_caseworkers_and_supervisors_issue_letters(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today)
    with pytest.raises(PermissionDenied, match=r"Lea Leser .*Schreiben ausstellen"):
        service.issue_letter(office.leser, file_number, "approval")
    with pytest.raises(PermissionDenied, match=r"Ada Admin .*Schreiben ausstellen"):
        service.issue_letter(office.admin, file_number, "approval")
    assert letter_count(office) == 0
    service.issue_letter(office.bernd, file_number, "approval")
    service.issue_letter(office.tom, file_number, "receipt")
    assert [row.issued_by for row in service.list_letters(office.leser, file_number)] == ["bernd", "tom"]


def test_only_administrators_edit_templates(office: Office) -> None:
    loaded = templates.get_template(office.anna, "receipt")
    for uow in (office.anna, office.sabine, office.leser):
        with pytest.raises(PermissionDenied, match="Vorlagen für Schreiben bearbeiten"):
            templates.update_template(uow, "receipt", subject="X", body="Y", expected_version=loaded.version)
    assert templates.get_template(office.anna, "receipt").version == loaded.version
    assert templates.update_template(office.admin, "receipt", subject="X {aktenzeichen}", body="Y",
                                     expected_version=loaded.version) == loaded.version + 1


def test_only_administrators_change_the_letterhead(office: Office) -> None:
    with pytest.raises(PermissionDenied):
        set_letterhead(office.sabine, {"office": "Anderes Amt"})
    with office.database.read() as session:
        assert letterhead_values(session)["office"] == "Landratsamt Kyffhäuserkreis"


def test_letterhead_changes_appear_in_new_letters_but_not_in_issued_ones(office: Office, today: Today) -> None:
    file_number = cases.registered(office, today)
    before = service.issue_letter(office.anna, file_number, "receipt")
    set_letterhead(office.admin, {"department": "Fachdienst Jugend und Soziales", "phone": "03632 0456-0",
                                  "opening_hours": "Mo–Fr 8:00–12:00 Uhr\nDo 13:00–18:00 Uhr",
                                  "iban": "DE89 3704 0044 0532 0130 00", "bic": ""})
    after = pdf_text(service.issue_letter(office.anna, file_number, "receipt").pdf)
    assert "Fachdienst Jugend und Soziales" in after and "Telefon 03632 0456-0" in after
    assert "Mo–Fr 8:00–12:00 Uhr Do 13:00–18:00 Uhr" in after and "IBAN DE89 3704 0044 0532 0130 00" in after
    assert service.stored_letter(office.anna, before.id).pdf == before.pdf
    assert "Fachdienst Jugend und Soziales" not in pdf_text(before.pdf)
    with office.database.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "ConfigValue")).all()
    department = [e for e in events if '"letterhead.department"' in (e.new_value or "")]
    assert len(department) == 1 and "Fachdienst Jugend und Soziales" in (department[0].new_value or "")
    assert (department[0].user_name, department[0].action) == ("admin", "set-letterhead")
    set_letterhead(office.admin, {"department": ""})  # empty restores the default
    with office.database.read() as session:
        assert letterhead_values(session)["department"] == "Jugend- und Sozialamt"


def test_wrong_letterhead_values_are_refused(office: Office, tmp_path) -> None:
    with pytest.raises(ValidationError, match="IBAN"):
        set_letterhead(office.admin, {"iban": "DE00 1234"})
    with pytest.raises(ValidationError, match="Unbekannte Briefkopf-Angaben: farbe"):
        set_letterhead(office.admin, {"farbe": "blau"})
    with pytest.raises(ConfigurationError, match="nicht lesbar"):
        set_letterhead(office.admin, {"logo_path": str(tmp_path / "fehlt.png")})
    text_file = tmp_path / "logo.png"
    text_file.write_text("kein Bild", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="keine PNG- oder JPEG-Datei"):
        set_letterhead(office.admin, {"logo_path": str(text_file)})
    with office.database.read() as session:
        assert session.scalar(select(ConfigValue).where(ConfigValue.key.startswith("letterhead."))) is None


def test_the_logo_is_printed_in_the_letterhead(office: Office, today: Today, tmp_path) -> None:
    logo = tmp_path / "wappen.png"
    Image.new("RGB", (400, 160), (30, 60, 95)).save(logo, format="PNG")
    set_letterhead(office.admin, {"logo_path": str(logo)})
    file_number = cases.registered(office, today)
    pdf = service.preview_letter(office.anna, file_number, "receipt").pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        images = document.pages[0].images
    assert len(images) == 1 and images[0]["bottom"] <= 45 * 72 / 25.4
    logo.unlink()
    with pytest.raises(ConfigurationError, match=r"Logo .* nicht lesbar"):
        service.issue_letter(office.anna, file_number, "receipt")
    assert letter_count(office) == 0
