"""Read access to the applicant file (Trägerakte) for the user interface: one read session per call.

The GUI never touches a session; it asks this object, from a worker thread. Document states follow the
configured lead time (`expiring_documents_days`), so the file view and the "expiring documents" list agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.applicants import search as applicant_queries
from app.applicants.file import ApplicantFile, applicant_file, document_state, expiring_documents
from app.applicants.history import HistoryEvent, history_events
from app.applicants.search import ApplicantRow
from app.applicants.service import ApplicantInput
from app.kernel import clock, settings
from app.kernel.choice import Choice
from app.kernel.i18n import _
from app.kernel.lookups import applicant_by_id
from app.kernel.uow import ReaderBase
from db.models import ContactPerson, DocumentType
from db.models.applicants import BankAccount

EXPIRING_SETTING = "expiring_documents_days"
# Documents that belong to one application, never to the organisation's standing file
CASE_ONLY_DOCUMENTS = frozenset({"application_signed", "financing_plan"})
PROOF_KINDS = [Choice("exemption_notice", _("Freistellungsbescheid")),
               Choice("assessment_60a", _("Feststellungsbescheid (§ 60a AO)"))]


@dataclass(frozen=True)
class StandingType:
    code: str
    name: str
    valid_years: int | None


@dataclass(frozen=True)
class ContactLine:
    """A contact person of the organisation with role, consent (DSGVO) and its withdrawal; editable by version."""

    id: int
    name: str
    function: str | None
    email: str | None
    phone: str | None
    consent_on: dt.date | None
    consent_withdrawn_on: dt.date | None = None
    salutation: str | None = None
    version: int = 1


@dataclass(frozen=True)
class AccountLine:
    """One bank account of the organisation; the primary one is where payments go."""

    id: int
    iban: str
    bic: str | None
    bank_name: str | None
    account_holder: str | None
    label: str | None
    primary: bool
    active: bool
    version: int


@dataclass(frozen=True)
class ApplicantView:
    """Everything the file view shows: the file, its editable data, likely duplicates, contacts and history."""

    file: ApplicantFile
    data: ApplicantInput
    bank_name: str | None
    duplicates: list[ApplicantRow] = field(default_factory=list)
    expiring_days: int = 60
    contacts: list[ContactLine] = field(default_factory=list)
    events: list[HistoryEvent] = field(default_factory=list)
    accounts: list[AccountLine] = field(default_factory=list)


@dataclass(frozen=True)
class ExpiringRow:
    applicant_id: int
    applicant: str
    type_name: str
    valid_until: dt.date
    state: str  # "abgelaufen" or "läuft ab"


@dataclass(frozen=True)
class ExpiringList:
    days: int
    rows: list[ExpiringRow]


def applicant_input(session: Session, applicant_id: int) -> ApplicantInput:
    """The stored record as the service's input, so that an edit changes only what the user changed."""
    a = applicant_by_id(session, applicant_id)
    return ApplicantInput(
        name=a.name, applicant_type=a.applicant_type.code, legal_form=a.legal_form,
        has_legal_capacity=a.has_legal_capacity, sponsor_name=a.sponsor_name, register_court=a.register_court,
        register_number=a.register_number, street=a.street, postcode=a.postcode, city=a.city,
        municipality=a.municipality.name if a.municipality else None,
        nonprofit_proof_kind=a.nonprofit_proof_kind.value if a.nonprofit_proof_kind else None,
        nonprofit_proof_date=a.nonprofit_proof_date, iban=a.iban, bic=a.bic, account_holder=a.account_holder,
        email=a.email, phone=a.phone)


def _contacts(session: Session, applicant_id: int) -> list[ContactLine]:
    rows = session.scalars(select(ContactPerson).where(ContactPerson.applicant_id == applicant_id,
                                                       ContactPerson.active, ContactPerson.anonymised_at.is_(None))
                           .order_by(ContactPerson.name, ContactPerson.id))
    return [ContactLine(c.id, c.name, c.function, c.email, c.phone, c.consent_on, c.consent_withdrawn_on,
                        c.salutation, c.version) for c in rows]


def _accounts(session: Session, applicant_id: int) -> list[AccountLine]:
    """Active accounts first, the primary one on top; deactivated ones stay visible for the record."""
    rows = session.scalars(select(BankAccount).where(BankAccount.applicant_id == applicant_id)
                           .order_by(BankAccount.active.desc(), BankAccount.is_primary.desc(), BankAccount.id))
    return [AccountLine(a.id, a.iban, a.bic, a.bank_name, a.account_holder, a.label, a.is_primary, a.active,
                        a.version) for a in rows]


def _duplicates(session: Session, applicant_id: int) -> list[ApplicantRow]:
    a = applicant_by_id(session, applicant_id)
    rows = applicant_queries.likely_duplicates(session, a.name, a.postcode, a.iban, a.register_number, a.street)
    return [r for r in rows if r.id != applicant_id]


@dataclass
class ApplicantReader(ReaderBase):
    def search(self, text: str) -> list[ApplicantRow]:
        with self._session() as session:
            return applicant_queries.search(session, text)

    def view(self, applicant_id: int) -> ApplicantView:
        today = clock.today()
        with self._session() as session:
            days = settings.get_int(session, EXPIRING_SETTING)
            file = applicant_file(session, applicant_id, today)
            documents = [replace(d, state=document_state(d.valid_until, today, days)) for d in file.documents]
            return ApplicantView(replace(file, documents=documents), applicant_input(session, applicant_id),
                                 applicant_by_id(session, applicant_id).bank_name,
                                 _duplicates(session, applicant_id), days, _contacts(session, applicant_id),
                                 history_events(session, applicant_id, today), _accounts(session, applicant_id))

    def expiring(self) -> ExpiringList:
        today = clock.today()
        with self._session() as session:
            days = settings.get_int(session, EXPIRING_SETTING)
            rows = [ExpiringRow(e.applicant_id, e.applicant, e.type_name, e.valid_until,
                                document_state(e.valid_until, today, days))
                    for e in expiring_documents(session, today, days)]
            return ExpiringList(days, rows)

    def standing_types(self) -> list[StandingType]:
        with self._session() as session:
            types = session.scalars(select(DocumentType).order_by(DocumentType.position))
            return [StandingType(t.code, t.name, t.valid_years) for t in types if t.code not in CASE_ONLY_DOCUMENTS]
