"""The applicant file (Trägerakte): one organisation with its documents, cases, money and warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.kernel.case_records import case_file_number
from app.kernel.claim_balance import claim_balance
from app.kernel.i18n import _
from app.kernel.lookups import applicant_by_id
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.stored_text import N_, StoredText, coded
from db.enums import DeadlineKind, Status
from db.models import Applicant, Application, Clawback, Deadline, Document, DocumentType, Hearing, Objection

EXPIRING_DAYS = 60


@dataclass(frozen=True)
class DocumentRow:
    id: int
    type_name: str
    issued_on: dt.date | None
    received_on: dt.date
    valid_until: dt.date | None
    has_file: bool
    state: str  # "gültig", "läuft ab", "abgelaufen", "unbefristet"


@dataclass(frozen=True)
class CaseLine:
    file_number: str
    title: str
    programme: str
    fiscal_year: int
    status: Status
    requested: Decimal
    approved: Decimal | None
    paid: Decimal
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class ApplicantFile:
    id: int
    version: int
    name: str
    type_name: str
    legal_form: str | None
    register: str | None
    address: str
    municipality: str | None
    iban: str | None
    bank_name: str | None
    email: str | None
    phone: str | None
    active: bool
    contacts: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)  # active bank accounts, the primary one first
    documents: list[DocumentRow] = field(default_factory=list)
    cases: list[CaseLine] = field(default_factory=list)
    events: list[str] = field(default_factory=list)  # hearings, objections, clawbacks as dated lines
    warnings: list[str] = field(default_factory=list)


def document_state(valid_until: dt.date | None, today: dt.date, days: int = EXPIRING_DAYS) -> str:
    if valid_until is None:
        return _("unbefristet")
    if valid_until < today:
        return _("abgelaufen")
    return _("läuft ab") if valid_until <= today + dt.timedelta(days=days) else _("gültig")


def warnings_for(session: Session, applicant_id: int, today: dt.date) -> list[str]:
    """What a caseworker must acknowledge before proposing a new grant for this organisation."""
    return [warning.render() for warning in coded_warnings_for(session, applicant_id, today)]


def coded_warnings_for(session: Session, applicant_id: int, today: dt.date) -> list[StoredText]:
    """The same warnings language-neutral, for a text that is stored (the acknowledgement in a proposal's note)."""
    result = []
    overdue = session.execute(select(Application, Deadline.due_on).join(Deadline, Deadline.application_id ==
                                                                         Application.id).where(
        Application.applicant_id == applicant_id, Deadline.kind == DeadlineKind.proof_of_use,
        Deadline.done_at.is_(None), Deadline.due_on < today)).all()
    for app, due in overdue:
        result.append(coded(N_("Verwendungsnachweis zu {ref} seit {due} überfällig."), ref=case_file_number(app),
                            due=due))
    claims = session.execute(select(Application, Clawback).join(Clawback, Clawback.application_id == Application.id)
                             .where(Application.applicant_id == applicant_id, Clawback.repaid_on.is_(None))).all()
    for app, claim in claims:
        owed = claim_balance(session, claim, max(today, claim.decided_on)).total
        result.append(coded(N_("Offene Rückforderung zu {ref}: {owed}."), ref=case_file_number(app), owed=owed))
    return result


def applicant_file(session: Session, applicant_id: int, today: dt.date) -> ApplicantFile:
    a = applicant_by_id(session, applicant_id)
    address = ", ".join(p for p in (a.street, " ".join(x for x in (a.postcode, a.city) if x)) if p)
    return ApplicantFile(
        id=a.id, version=a.version, name=a.name, type_name=a.applicant_type.name, legal_form=a.legal_form,
        register=" ".join(x for x in (a.register_court, a.register_number) if x) or None, address=address,
        municipality=a.municipality.name if a.municipality else None, iban=a.iban, bank_name=a.bank_name,
        email=a.email, phone=a.phone, active=a.active,
        contacts=[f"{c.name}{', ' + c.function if c.function else ''}" for c in a.contacts
                  if c.active and not c.anonymised_at],
        accounts=_accounts(a), documents=_documents(session, applicant_id, today), cases=_cases(session, applicant_id),
        events=_events(session, applicant_id), warnings=warnings_for(session, applicant_id, today))


def _accounts(applicant: Applicant) -> list[str]:
    active = sorted((b for b in applicant.bank_accounts if b.active), key=lambda b: (not b.is_primary, b.id))
    return [" · ".join(x for x in (b.iban, b.bank_name, b.label, _("Hauptkonto") if b.is_primary else None) if x)
            for b in active]


def _documents(session: Session, applicant_id: int, today: dt.date) -> list[DocumentRow]:
    rows = session.scalars(select(Document).where(Document.applicant_id == applicant_id)
                           .order_by(Document.received_on.desc()))
    return [DocumentRow(d.id, d.document_type.name, d.issued_on, d.received_on, d.valid_until, d.content is not None,
                        document_state(d.valid_until, today)) for d in rows]


def _cases(session: Session, applicant_id: int) -> list[CaseLine]:
    rows = session.scalars(select(Application).where(Application.applicant_id == applicant_id)
                           .order_by(Application.fiscal_year.desc(), Application.file_number))
    return [CaseLine(case_file_number(c), c.title, c.programme.code, c.fiscal_year, c.status, c.requested_amount,
                     c.approved_amount, c.paid_amount, c.start_date, c.end_date) for c in rows]


def _events(session: Session, applicant_id: int) -> list[str]:
    ids = select(Application.id).where(Application.applicant_id == applicant_id)
    lines = [(h.sent_on, _("Anhörung: {subject}").format(subject=h.subject))
             for h in session.scalars(select(Hearing).where(Hearing.application_id.in_(ids)))]
    lines += [(o.lodged_on, _("Widerspruch eingegangen ({state})").format(
        state=_("entschieden") if o.decided_on else _("offen")))
        for o in session.scalars(select(Objection).where(Objection.application_id.in_(ids)))]
    lines += [(c.decided_on, _("Rückforderung {amount}{paid}").format(
        amount=format_eur(c.amount), paid=_(" (bezahlt)") if c.repaid_on else ""))
        for c in session.scalars(select(Clawback).where(Clawback.application_id.in_(ids)))]
    return [f"{format_date(day)}: {text}" for day, text in sorted(lines, key=lambda x: x[0], reverse=True)]


@dataclass(frozen=True)
class ExpiringDocument:
    applicant_id: int
    applicant: str
    type_name: str
    valid_until: dt.date


def expiring_documents(session: Session, today: dt.date, days: int = EXPIRING_DAYS) -> list[ExpiringDocument]:
    """Standing documents that have run out or run out within `days` (newest document per type counts)."""
    newest = (select(Document.applicant_id, Document.document_type_id, func.max(Document.valid_until).label("until"))
              .where(Document.applicant_id.is_not(None), Document.valid_until.is_not(None))
              .group_by(Document.applicant_id, Document.document_type_id).subquery())
    rows = session.execute(select(newest.c.applicant_id, newest.c.document_type_id, newest.c.until)
                           .where(newest.c.until <= today + dt.timedelta(days=days))
                           .order_by(newest.c.until)).all()
    return [ExpiringDocument(applicant_id, applicant_by_id(session, applicant_id).name,
                             session.get_one(DocumentType, type_id).name, until)
            for applicant_id, type_id, until in rows]
