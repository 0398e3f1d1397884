"""After retention, personal data is removed (irreversible, audited), the financial record stays; not before."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.administration.data_protection import anonymise_case, archive_offer, person_export, retention_due
from app.applicants import service as applicants
from app.cases import consultations, notes
from app.cases.consultations import ConsultationInput
from app.cases.detail import case_detail
from app.kernel.errors import PermissionDenied, ValidationError
from db.models import Application, Consultation
from tests.support import Office, closed_case
from tests.support_fingerprint import fingerprint


@pytest.fixture
def case_with_person(office: Office, today) -> tuple[str, int]:
    contact = applicants.add_contact(office.anna, office.applicant_id, applicants.ContactInput(
        name="Erika Mustermann", function="Vorsitzende", email="erika@verein.example", phone="03632 1111"))
    file_number = closed_case(office, today, contact_person_id=contact)
    notes.add_note(office.anna, file_number, "Frau Mustermann rief an, Handy 0170 1234567")
    with office.database.read() as session:
        app_id = session.scalar(select(Application.id).where(Application.file_number == file_number))
    consultations.book(office.anna, ConsultationInput(  # the talk before the application, with her own number
        start=dt.datetime(2026, 2, 3, 10, 0), topic="Beratung", contact_name="Erika Mustermann",
        contact_phone="0171 999888", contact_email="erika.privat@example.org"), application_id=app_id)
    return file_number, contact


def test_nothing_is_deleted_while_the_retention_period_runs(office: Office, case_with_person, today) -> None:
    file_number, _contact = case_with_person
    with office.database.read() as session:
        assert retention_due(session) == []
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"Aufbewahrungspflicht.*Art\. 17"):
        anonymise_case(office.admin, file_number, "Löschantrag der betroffenen Person vom 01.03.2027")
    assert fingerprint(office.database) == before


def test_after_retention_personal_data_goes_and_money_stays(office: Office, case_with_person, today,
                                                            tmp_path: Path) -> None:
    file_number, contact = case_with_person
    today.set(dt.date(2038, 1, 2))  # closed 2027: retention until 31.12.2037
    with office.database.read() as session:
        assert [r.file_number for r in retention_due(session)] == [file_number]
        money_before = case_detail(session, file_number)
    with pytest.raises(PermissionDenied):
        anonymise_case(office.anna, file_number, "Aufbewahrungsfrist abgelaufen, Akte archiviert.")
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"dem Archiv noch nicht angeboten \(§ 11 ThürArchivG\)"):
        anonymise_case(office.admin, file_number, "Aufbewahrungsfrist abgelaufen, Akte archiviert.")
    assert fingerprint(office.database) == before
    archive_offer(office.sabine, file_number, tmp_path / "archiv.zip")
    changed = anonymise_case(office.admin, file_number, "Aufbewahrungsfrist abgelaufen, Akte archiviert.")
    assert changed >= 2
    with office.database.read() as session:
        after = case_detail(session, file_number)
        export = person_export(session, contact)
        assert retention_due(session) == []
        trail = " ".join(str(v) for row in session.execute(text(
            "SELECT old_value, new_value, reason FROM audit_events")).all() for v in row)
    assert export["kontaktperson"]["name"] == "[anonymisiert]" and export["kontaktperson"]["e_mail"] is None
    assert after.notes[0].text == "[anonymisiert]"
    with office.database.read() as session:
        talk = session.execute(select(Consultation.contact_name, Consultation.contact_phone,
                                      Consultation.contact_email)).one()
    assert tuple(talk) == ("[anonymisiert]", None, None)
    assert (after.approved, after.paid, after.final) == (money_before.approved, money_before.paid,
                                                         money_before.final) == (Decimal("10000.00"),) * 3
    for personal in ("Mustermann", "erika@verein.example", "03632 1111", "0170 1234567", "0171 999888",
                     "erika.privat@example.org"):
        assert personal not in trail, personal
    with pytest.raises(ValidationError, match="bereits anonymisiert"):
        anonymise_case(office.admin, file_number, "Aufbewahrungsfrist abgelaufen, Akte archiviert.")


def test_export_of_a_person_lists_their_data_and_cases(office: Office, case_with_person) -> None:
    file_number, contact = case_with_person
    with office.database.read() as session:
        export = person_export(session, contact)
    assert export["kontaktperson"]["name"] == "Erika Mustermann"
    assert export["organisation"] == "Familienzentrum Sonnenblume e.V."
    assert [c["aktenzeichen"] for c in export["vorgaenge"]] == [file_number]
