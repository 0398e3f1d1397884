"""The applicants' master data from an office's list: checked like a registration, duplicates against the
applicants FörderDesk has shown first, nothing written until the user confirms. On both databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.excel.applicant_import import ApplicantImportRefused, check_applicants, import_applicants
from db.models import Applicant, ContactPerson
from tests.fixtures.excel import snapshot
from tests.support import Office, run_cli


def _list(path: Path, *, defect: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Träger"
    ws.append(["Trägerverzeichnis Jugend- und Sozialamt"])
    ws.merge_cells("A1:G1")
    ws.append([])
    ws.append(["Organisation", "Anschrift", "PLZ / Ort", "IBAN", "Ansprechpartner", "Funktion",
               "E-Mail Ansprechpartner"])
    ws.append(["Familienhilfe Kyffhäuser gGmbH", "Markt 3", "06556 Artern", "DE02120300000000202051",
               "Petra Lange", "Geschäftsführerin", "lange@familienhilfe.example"])
    ws.append(["Ev. Kirchengemeinde Greußen", "Kirchplatz 1", "99718 Greußen", None, None, None, None])
    ws.append(["Familienzentrum Sonnenblume e. V.", "Bahnhofstr. 5", "99706 Sondershausen", None, None, None,
               None])  # FörderDesk has it already (same address, same name)
    ws.append(["Familienhilfe Kyffhäuser gGmbH", "Markt 3", "06556 Artern", None, None, None, None])  # twice
    if defect:
        ws.append(["Heimatverein Gehofen e.V.", "Dorfstraße 2", "06571 Gehofen", "DE00 1234 5678", None, None, None])
    wb.save(path)
    return path


def test_duplicates_and_defects_are_shown_and_nothing_is_written(office: Office, tmp_path: Path) -> None:
    path = _list(tmp_path / "traeger.xlsx")
    before = snapshot(office.database)
    plan = check_applicants(office.anna, path)
    assert snapshot(office.database) == before
    assert plan.header_row == 3 and [a.row for a in plan.new] == [4, 5]
    kinds = {a.row: a.type_name for a in plan.applicants}
    assert kinds == {4: "Träger / Verband der Wohlfahrtspflege", 5: "Kirchlicher Träger", 6: "Gemeinnütziger Verein",
                     7: "Träger / Verband der Wohlfahrtspflege"}
    sonnenblume = next(a for a in plan.applicants if a.row == 6)
    assert [(d.id, d.reason) for d in sonnenblume.duplicates] == [(office.applicant_id, "Anschrift")]
    assert next(a for a in plan.applicants if a.row == 7).same_as_row == 4
    assert next(a for a in plan.applicants if a.row == 5).data.legal_form is None  # "Ev." is not "e.V."
    assert plan.invalid_rows == [8]
    assert any(p.row == 8 and (p.column or "").startswith("D ") for p in plan.errors), plan.report()
    with pytest.raises(ApplicantImportRefused):
        import_applicants(office.anna, path)
    assert snapshot(office.database) == before
    result = import_applicants(office.anna, path, only_valid=True)
    assert len(result.ids) == 2
    with office.database.read() as session:
        first = session.get(Applicant, result.ids[0])
        assert first is not None
        assert (first.name, first.legal_form, first.postcode, first.city, first.municipality.name, first.iban) == (
            "Familienhilfe Kyffhäuser gGmbH", "gGmbH", "06556", "Artern", "Artern", "DE02120300000000202051")
        contact = session.scalar(select(ContactPerson).where(ContactPerson.applicant_id == first.id))
        assert contact is not None and (contact.name, contact.function, contact.email) == (
            "Petra Lange", "Geschäftsführerin", "lange@familienhilfe.example")


def test_command_line_shows_the_plan_and_writes_only_with_yes(office: Office, db_url: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = _list(tmp_path / "traeger.xlsx", defect=False)
    before = snapshot(office.database)
    code = run_cli(["--db", db_url, "--user", "anna", "import-applicants", str(path)])
    out = capsys.readouterr().out
    assert code == 0 and snapshot(office.database) == before
    assert "Zeile 6: Familienzentrum Sonnenblume e. V. – Gemeinnütziger Verein, Sondershausen – Dublette: " \
           f"Nr. {office.applicant_id} »Familienzentrum Sonnenblume e.V.« (Anschrift)" in out
    assert "PLZ / Ort → PLZ und Ort (erkannt)" in out and "Nichts geschrieben. Mit --yes werden die 2 neuen " \
           "Antragsteller übernommen." in out
    code = run_cli(["--db", db_url, "--user", "anna", "import-applicants", str(path), "--yes"])
    assert code == 0 and "2 Antragsteller aus »traeger.xlsx« angelegt." in capsys.readouterr().out
    assert snapshot(office.database)[1] == before[1] + 2
