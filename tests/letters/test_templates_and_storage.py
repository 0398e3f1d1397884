"""Templates edited by administrators, placeholder problems before issuing, and stored letters exactly as sent."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from app.applicants import service as applicants
from app.cases import intake as applications
from app.cases.audit_sentences import audit_reason
from app.kernel.errors import ConcurrentEditError, PermissionDenied, ValidationError
from app.letters import service, templates
from app.letters.compose import load_template
from app.letters.defaults import DEFAULTS, ensure_letter_templates
from app.letters.kinds import REMEDY_BLOCK, TEMPLATE_KINDS
from app.letters.service import LetterProblem
from db.models import AuditEvent, Letter, LetterTemplate
from tests.fixtures.database import Today
from tests.letters import cases
from tests.letters.cases import letter_count, pdf_text
from tests.support import Office, application_input

HOSTILE_TITLE = "<b>Fest & Spiel</b> </para>"


def raw_edit(office: Office, kind: str, body: str) -> None:
    """Change a template behind the editor's back (an old or directly edited row)."""
    with office.admin as uow:
        uow.act("raw-template-edit")
        load_template(uow.session, kind).body = body
        uow.commit()


def test_unknown_placeholder_is_refused_before_issuing_and_nothing_is_stored(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today)
    raw_edit(office, "approval", DEFAULTS["approval"].body + "\n\nGültig bis {gueltig_bis} für {betrag}.")
    with pytest.raises(LetterProblem, match=r"Unbekannte Platzhalter: \{gueltig_bis\}") as refused:
        service.issue_letter(office.anna, file_number, "approval")
    assert "Zuwendungsbescheid" in refused.value.message and file_number in refused.value.message
    assert letter_count(office) == 0
    preview = service.preview_letter(office.anna, file_number, "approval")
    assert preview.problems == ("Unbekannte Platzhalter: {gueltig_bis}.",)
    assert "Gültig bis [unbekannt: gueltig_bis] für 10.000,00 €." in pdf_text(preview.pdf)


def test_missing_values_are_refused_with_their_names(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today, reasons=None)
    raw_edit(office, "approval", "{anrede}\n\n# Begründung\n{begruendung}\n\n{rechtsbehelfsbelehrung}")
    with pytest.raises(LetterProblem, match=r"fehlen Angaben zu: \{begruendung\}"):
        service.issue_letter(office.anna, file_number, "approval")
    raw_edit(office, REMEDY_BLOCK, "Widerspruch beim {behoerde} {Frist}")
    with pytest.raises(LetterProblem, match=r"Ungültige Platzhalter-Schreibweise: \{Frist\}"):
        service.issue_letter(office.anna, file_number, "approval")
    assert letter_count(office) == 0


def test_the_editor_refuses_unknown_placeholders_and_keeps_the_old_text(office: Office) -> None:
    before = templates.get_template(office.admin, "receipt")
    with pytest.raises(ValidationError, match=r"nicht gespeichert.*Unbekannte Platzhalter: \{betrag\}"):
        templates.update_template(office.admin, "receipt", subject="Eingang", body="Betrag {betrag}",
                                  expected_version=before.version)
    with pytest.raises(ValidationError, match="Unbekannte Platzhalter"):
        templates.update_template(office.admin, REMEDY_BLOCK, subject="RBB", body="{rechtsbehelfsbelehrung}",
                                  expected_version=templates.get_template(office.admin, REMEDY_BLOCK).version)
    after = templates.get_template(office.admin, "receipt")
    assert (after.body, after.version) == (before.body, before.version)
    assert ("beantragt", "Beantragte Zuwendung") in after.placeholders
    assert all(name != "betrag" for name, _description in after.placeholders)


def test_an_issued_letter_reopens_byte_for_byte_after_the_template_changed(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today, title=HOSTILE_TITLE)
    first = service.issue_letter(office.anna, file_number, "approval")
    current = templates.get_template(office.admin, "approval")
    version = templates.update_template(office.admin, "approval", subject="Neuer Bescheid zu {aktenzeichen}",
                                        body=current.body.replace("gutes Gelingen", "viel Erfolg"),
                                        expected_version=current.version)
    assert version == current.version + 1
    reopened = service.stored_letter(office.leser, first.id)
    assert reopened.pdf == first.pdf and reopened.sha256 == first.sha256
    assert "gutes Gelingen" in pdf_text(reopened.pdf) and "viel Erfolg" not in pdf_text(reopened.pdf)
    second = service.issue_letter(office.anna, file_number, "approval")
    assert "viel Erfolg" in pdf_text(second.pdf) and second.subject == f"Neuer Bescheid zu {file_number}"
    rows = service.list_letters(office.leser, file_number)
    assert [(r.id, r.template_version, r.size) for r in rows] == [
        (first.id, current.version, len(first.pdf)), (second.id, version, len(second.pdf))]


def test_a_hostile_title_prints_literally_in_subject_and_body(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today, title=HOSTILE_TITLE,
                                reasons="Begründung mit <i>Markup</i> & Entity &amp; und # Raute :: Tabelle")
    raw_edit(office, "approval", DEFAULTS["approval"].body + "\n\n{begruendung}")
    text = pdf_text(service.issue_letter(office.anna, file_number, "approval").pdf)
    assert f"Zuwendungsbescheid – {HOSTILE_TITLE}" in text
    assert f"Durchführung des Projekts „{HOSTILE_TITLE}“" in text
    assert "Begründung mit <i>Markup</i> & Entity &amp; und # Raute :: Tabelle" in text


def test_stale_template_edits_are_refused(office: Office) -> None:
    loaded = templates.get_template(office.admin, "rejection")
    templates.update_template(office.admin, "rejection", subject=loaded.subject, body=loaded.body + "\n\nZusatz.",
                              expected_version=loaded.version)
    with pytest.raises(ConcurrentEditError, match="inzwischen von admin geändert"):
        templates.update_template(office.admin, "rejection", subject=loaded.subject, body=loaded.body,
                                  expected_version=loaded.version)
    restored = templates.restore_default(office.admin, "rejection", loaded.version + 1)
    assert templates.get_template(office.admin, "rejection").body == DEFAULTS["rejection"].body
    assert restored == loaded.version + 2


def test_issuing_and_editing_are_in_the_audit_trail(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today)
    issued = service.issue_letter(office.anna, file_number, "approval")
    loaded = templates.get_template(office.admin, "receipt")
    templates.update_template(office.admin, "receipt", subject=loaded.subject, body=loaded.body + "\n\nNeu.",
                              expected_version=loaded.version)
    with office.database.read() as session:
        letter_event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "Letter")).one()
        edit_event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "LetterTemplate",
                                                              AuditEvent.field == "body")).one()
    assert (letter_event.user_name, letter_event.action) == ("anna", "issue-letter")
    assert audit_reason(letter_event.reason) == "Zuwendungsbescheid"  # stored coded, read in the reader's language
    assert letter_event.application_id is not None and issued.sha256 in (letter_event.new_value or "")
    assert (edit_event.user_name, edit_event.action) == ("admin", "edit-template")
    assert edit_event.new_value is not None and edit_event.new_value.endswith("Neu.")


def test_a_damaged_stored_letter_is_refused_not_shown(office: Office, today: Today) -> None:
    file_number = cases.registered(office, today)
    issued = service.issue_letter(office.anna, file_number, "receipt")
    if office.database.backend == "postgresql":  # the server refuses it from the program (schema 0015) …
        with pytest.raises(PermissionDenied, match="unveränderlich"), office.admin as uow:
            uow.act("simulate-damage")
            uow.session.get_one(Letter, issued.id).pdf = issued.pdf[:-10]
            uow.commit()
    with office.database.engine.begin() as conn:  # … so the damage comes from outside, e.g. a broken disk
        conn.execute(update(Letter).where(Letter.id == issued.id).values(pdf=issued.pdf[:-10]))
    with pytest.raises(LetterProblem, match="Prüfsumme"):
        service.stored_letter(office.anna, issued.id)


def test_an_address_too_long_for_the_window_is_refused(office: Office, today: Today) -> None:
    long_name = "Förderverein " + "Generationenhaus Kyffhäuser " * 7
    applicant_id = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name=long_name.strip()[:200], applicant_type="church", street="Kirchgasse 1", postcode="99706",
        city="Sondershausen", municipality="Sondershausen"))
    file_number = applications.register_application(office.anna, application_input(applicant_id))
    with pytest.raises(LetterProblem, match="Sichtfenster"):
        service.issue_letter(office.anna, file_number, "receipt")
    assert letter_count(office) == 0


def test_posting_before_the_letter_date_is_refused(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today)
    with pytest.raises(ValidationError, match=r"nicht vor seinem Datum \(02.03.2026\)"):
        service.issue_letter(office.anna, file_number, "approval", posted_on="01.03.2026")
    issued = service.issue_letter(office.anna, file_number, "approval", posted_on="03.03.2026")
    assert issued.posted_on.isoformat() == "2026-03-03"


def test_default_templates_are_seeded_once_and_never_overwritten(office: Office) -> None:
    loaded = templates.get_template(office.admin, "hearing")
    templates.update_template(office.admin, "hearing", subject="Eigene Anhörung {aktenzeichen}", body=loaded.body,
                              expected_version=loaded.version)
    with office.database.write() as session:
        assert ensure_letter_templates(session) == 0
        assert sorted(session.scalars(select(LetterTemplate.kind))) == sorted(TEMPLATE_KINDS)
    assert templates.get_template(office.admin, "hearing").subject == "Eigene Anhörung {aktenzeichen}"
    assert [row.kind for row in templates.list_templates(office.leser)] == list(TEMPLATE_KINDS)
