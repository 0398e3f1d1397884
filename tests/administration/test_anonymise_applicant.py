"""Anonymisation reaches the applicant (issue 22): once its last case is anonymised and its own retention period
has passed, the record, its bank accounts, its contact persons and its standing documents' bytes go; hashes,
sizes, names and dates of the documents stay, and the audit trail records the counts. Before that it is refused
with a German reason and nothing changes (both databases)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.administration.applicant_anonymisation import anonymise_applicant, applicants_due
from app.administration.data_protection import anonymise_case, archive_offer
from app.applicants import service as applicants
from app.applicants.bank_accounts import BankAccountInput, add_bank_account
from app.cases import documents
from app.cases.audit_sentences import audit_reason
from app.kernel.errors import PermissionDenied, ValidationError
from db.models import Applicant, AuditEvent, ContactPerson, Document
from db.models.applicants import BankAccount
from tests.support import Office, closed_case
from tests.support_fingerprint import fingerprint

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
REASON = "Aufbewahrungsfrist abgelaufen, alle Vorgänge anonymisiert."


def _due(office: Office) -> list[int]:
    with office.database.read() as session:
        return [due.id for due in applicants_due(session)]


@pytest.fixture
def expired_applicant(office: Office, today) -> tuple[str, int]:
    """The office's applicant with one closed case (retention until 31.12.2037), a contact person, a second
    account and the statutes stored as a file; today is 02.01.2038."""
    file_number = closed_case(office, today)
    applicants.add_contact(office.anna, office.applicant_id, applicants.ContactInput(
        name="Petra Lange", function="Vorstand", email="lange@sonnenblume.example", phone="03632 1234"))
    add_bank_account(office.anna, office.applicant_id, BankAccountInput(
        iban="DE02120300000000202051", account_holder="Petra Lange", label="Projektkonto"))
    with office.database.read() as session:
        statutes = session.scalars(select(Document.id).where(
            Document.applicant_id == office.applicant_id, Document.application_id.is_(None))
            .order_by(Document.id)).first()
    assert statutes is not None
    documents.attach_file(office.anna, statutes, "Satzung Sonnenblume.pdf", PDF)
    today.set(dt.date(2038, 1, 2))
    return file_number, statutes


def test_an_applicant_with_a_case_holding_personal_data_is_refused(office: Office, expired_applicant) -> None:
    assert _due(office) == []
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match="hat noch 1 Vorgänge mit personenbezogenen Daten"):
        anonymise_applicant(office.admin, office.applicant_id, REASON)
    assert fingerprint(office.database) == before


def test_a_standing_document_received_later_keeps_the_applicant_until_its_own_period_ends(
        office: Office, expired_applicant, tmp_path: Path, today) -> None:
    file_number, _statutes = expired_applicant
    archive_offer(office.sabine, file_number, tmp_path / "archiv.zip")
    anonymise_case(office.admin, file_number, REASON)
    documents.record_document(office.anna, "exemption_notice", applicant_id=office.applicant_id,
                              received_on=dt.date(2030, 6, 3))
    assert _due(office) == []
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"letzte Tätigkeit am 03\.06\.2030, aufzubewahren bis 03\.06\.2040"):
        anonymise_applicant(office.admin, office.applicant_id, REASON)
    assert fingerprint(office.database) == before
    today.set(dt.date(2040, 6, 4))
    assert _due(office) == [office.applicant_id]


def test_anonymising_the_applicant_empties_record_accounts_contacts_and_standing_files(
        office: Office, expired_applicant, tmp_path: Path) -> None:
    file_number, statutes = expired_applicant
    archive_offer(office.sabine, file_number, tmp_path / "archiv.zip")
    anonymise_case(office.admin, file_number, REASON)
    with office.database.read() as session:
        [due] = applicants_due(session)
    assert (due.id, due.name, due.cases, due.last_activity, due.retention_until) == (
        office.applicant_id, "Familienzentrum Sonnenblume e.V.", 1, dt.date(2027, 2, 15), dt.date(2037, 2, 15))
    with pytest.raises(PermissionDenied):
        anonymise_applicant(office.anna, office.applicant_id, REASON)

    done = anonymise_applicant(office.admin, office.applicant_id, REASON)

    assert (done.accounts, done.contacts, done.documents) == (2, 1, 1)
    assert _due(office) == []
    with office.database.read() as session:
        applicant = session.get_one(Applicant, office.applicant_id)
        assert (applicant.name, applicant.street, applicant.email, applicant.iban, applicant.account_holder,
                applicant.register_number, applicant.active) == ("[anonymisiert]", None, None, None, None, None, False)
        assert (applicant.postcode, applicant.city, applicant.legal_form) == ("99706", "Sondershausen", "e.V.")
        assert applicant.anonymised_at is not None
        accounts = session.scalars(select(BankAccount).where(BankAccount.applicant_id == office.applicant_id)).all()
        assert {(a.iban, a.account_holder, a.label, a.active) for a in accounts} == {("", None, None, False)}
        [contact] = session.scalars(select(ContactPerson)).all()
        assert (contact.name, contact.email, contact.phone, contact.function) == ("[anonymisiert]", None, None, None)
        stored = session.execute(text("SELECT content, sha256, size, file_name, received_on, content_deleted_at "
                                      "FROM documents WHERE id = :id"), {"id": statutes}).one()
        assert stored[:4] == (None, hashlib.sha256(PDF).hexdigest(), len(PDF), "Satzung Sonnenblume.pdf")
        assert stored[5] is not None and str(stored[4]).startswith("2026-01-05")
        events = session.scalars(select(AuditEvent).where(AuditEvent.action.in_(
            ("anonymise-applicant", "anonymise-files"))).order_by(AuditEvent.id)).all()
    mine = [e for e in events if e.action == "anonymise-applicant"]
    assert mine and {e.reason for e in mine} == {REASON} and {e.user_name for e in mine} == {"admin"}
    assert any(e.entity == "Applicant" and e.field == "name" for e in mine)
    files = [e for e in events if e.action == "anonymise-files" and e.entity == "Document"
             and e.entity_id == str(statutes)]
    assert files and audit_reason(files[0].reason) == (
        "Antragsteller nach Ablauf der Aufbewahrungsfrist anonymisiert: 2 Bankkonten, 1 Kontaktpersonen; "
        "Inhalt von 1 eigenständigen Unterlagen gelöscht; SHA-256 und Metadaten bleiben.")
    for event in mine:  # the trail names the change, never the personal values it removed
        assert "DE02120300000000202051" not in f"{event.old_value}{event.new_value}"
        assert "lange@sonnenblume.example" not in f"{event.old_value}{event.new_value}"

    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match="ist bereits anonymisiert"):
        anonymise_applicant(office.admin, office.applicant_id, REASON)
    assert fingerprint(office.database) == before
