"""Anonymisation reaches the applicant: once none of its cases holds personal data any more.

An applicant is due when every one of its cases is anonymised (`app.administration.data_protection`; a case is
anonymised only after its retention period and the archive offer) and its own retention period has passed since
its last activity: the latest of the record's last change, its cases' closing and its standing documents'
receipt, plus `retention_years`. Anonymising then, in one transaction:

- the applicant record: the name becomes "[anonymisiert]"; sponsor, register court and number, street, e-mail,
  phone, bank details, account holder and notes are emptied; type, legal form, postcode, town and municipality
  stay (they are the district's statistics and the area check, and name no person once the name is gone);
- its bank accounts: IBAN, BIC, bank and holder emptied, label removed, the account inactive;
- its contact persons not anonymised yet: as on a case (name "[anonymisiert]", the rest emptied);
- its standing documents (no case): the bytes deleted, SHA-256, size, file name and dates kept.

Audited in two steps like a case: "anonymise-applicant" with the administrator's reason, then "anonymise-files"
with the counts. Refused with a German reason while a case still holds personal data or the period runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.administration.data_protection import REMOVED
from app.kernel import clock, settings
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.periods import format_date
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_justification
from db.base import utcnow
from db.models import Applicant, Application, ContactPerson, Document
from db.models.applicants import BankAccount

PERMISSION = "admin.configure"
EMPTIED = ("sponsor_name", "register_court", "register_number", "street", "email", "phone", "iban", "bic",
           "bank_name", "account_holder", "notes")


@dataclass(frozen=True)
class ApplicantDue:
    id: int
    name: str
    cases: int
    last_activity: dt.date
    retention_until: dt.date


@dataclass(frozen=True)
class ApplicantAnonymised:
    accounts: int
    contacts: int
    documents: int


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _last_activity(session: Session, applicant: Applicant) -> dt.date:
    closed = session.scalar(select(func.max(Application.closed_on)).where(Application.applicant_id == applicant.id))
    received = session.scalar(select(func.max(Document.received_on)).where(
        Document.applicant_id == applicant.id, Document.application_id.is_(None)))
    days = [applicant.updated_at.date(), *(d for d in (closed, received) if d is not None)]
    return max(days)


def _open_cases(session: Session, applicant_id: int) -> list[str]:
    """File numbers (or titles of ideas) of the applicant's cases that still hold personal data."""
    rows = session.execute(select(Application.file_number, Application.title).where(
        Application.applicant_id == applicant_id, Application.anonymised_at.is_(None))
        .order_by(Application.id)).all()
    return [row.file_number or row.title for row in rows]


def _due(session: Session, applicant: Applicant, today: dt.date) -> ApplicantDue | None:
    if applicant.anonymised_at is not None or _open_cases(session, applicant.id):
        return None
    last = _last_activity(session, applicant)
    until = _add_years(last, int(settings.get(session, "retention_years")))
    if until >= today:
        return None
    cases = session.scalar(select(func.count()).select_from(Application)
                           .where(Application.applicant_id == applicant.id)) or 0
    return ApplicantDue(applicant.id, applicant.name, cases, last, until)


def applicants_due(session: Session, today: dt.date | None = None) -> list[ApplicantDue]:
    """Applicants with no case holding personal data whose own retention period has passed."""
    day = today or clock.today()
    candidates = session.scalars(select(Applicant).where(Applicant.anonymised_at.is_(None)).where(
        ~select(Application.id).where(Application.applicant_id == Applicant.id,
                                      Application.anonymised_at.is_(None)).exists()).order_by(Applicant.name))
    return [due for applicant in candidates if (due := _due(session, applicant, day)) is not None]


def _refuse_unless_due(session: Session, applicant: Applicant) -> None:
    if applicant.anonymised_at is not None:
        raise ValidationError(_("Der Antragsteller Nr. {id} ist bereits anonymisiert.").format(id=applicant.id))
    open_cases = _open_cases(session, applicant.id)
    if open_cases:
        raise ValidationError(_("»{name}« hat noch {count} Vorgänge mit personenbezogenen Daten ({cases}); "
                                "zuerst diese nach Ablauf ihrer Aufbewahrungsfrist anonymisieren.").format(
            name=applicant.name, count=len(open_cases), cases=", ".join(open_cases[:5])))
    last = _last_activity(session, applicant)
    until = _add_years(last, int(settings.get(session, "retention_years")))
    if until >= clock.today():
        raise ValidationError(_("»{name}« unterliegt noch der Aufbewahrungspflicht (letzte Tätigkeit am {last}, "
                                "aufzubewahren bis {until}); personenbezogene Daten dürfen erst danach gelöscht "
                                "werden (Art. 17 Abs. 3 DSGVO).").format(
            name=applicant.name, last=format_date(last), until=format_date(until)))


def anonymise_applicant(uow: UnitOfWork, applicant_id: int, reason: str) -> ApplicantAnonymised:
    """Remove the applicant's personal data, accounts, contacts and standing documents' bytes; irreversible."""
    text = require_justification(reason, _("Anlass der Anonymisierung"), field="reason")
    with uow:
        uow.act("anonymise-applicant", text, permission=PERMISSION)
        session = uow.session
        applicant = session.get(Applicant, applicant_id, with_for_update=True)
        if applicant is None:
            raise NotFound(_("Einen Antragsteller Nr. {id} gibt es nicht.").format(id=applicant_id))
        _refuse_unless_due(session, applicant)
        now = utcnow()
        applicant.name = REMOVED
        for field in EMPTIED:
            setattr(applicant, field, None)
        applicant.active, applicant.anonymised_at = False, now
        accounts = list(session.scalars(select(BankAccount).where(BankAccount.applicant_id == applicant.id)))
        for account in accounts:
            account.iban, account.bic, account.bank_name, account.account_holder = "", None, None, None
            account.label, account.active, account.is_primary = None, False, False
        contacts = list(session.scalars(select(ContactPerson).where(
            ContactPerson.applicant_id == applicant.id, ContactPerson.anonymised_at.is_(None))))
        for contact in contacts:
            contact.name, contact.email, contact.phone, contact.salutation = REMOVED, None, None, None
            contact.function, contact.active, contact.anonymised_at = None, False, now
        session.flush()  # the record, accounts and contacts under "anonymise-applicant" with the reason
        documents = list(session.scalars(select(Document).where(
            Document.applicant_id == applicant.id, Document.application_id.is_(None),
            Document.content.is_not(None)).order_by(Document.id)))
        uow.act("anonymise-files", coded(N_("Antragsteller nach Ablauf der Aufbewahrungsfrist anonymisiert: "
                                            "{accounts} Bankkonten, {contacts} Kontaktpersonen; Inhalt von {documents} "
                                            "eigenständigen Unterlagen gelöscht; SHA-256 und Metadaten bleiben."),
                                         accounts=len(accounts), contacts=len(contacts), documents=len(documents)),
                permission=PERMISSION)
        for document in documents:
            document.content, document.content_deleted_at = None, now
        uow.commit()
    return ApplicantAnonymised(len(accounts), len(contacts), len(documents))
