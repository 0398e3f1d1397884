"""What the data-protection view reads (administrators only): expired cases, contact persons, a person's data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from app.administration import applicant_anonymisation, data_protection
from app.administration.applicant_anonymisation import ApplicantDue
from app.administration.data_protection import RetentionDue
from app.kernel import clock
from app.kernel.uow import UnitOfWork
from db.models import Applicant, ContactPerson

PERMISSION = "admin.configure"


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    organisation: str
    email: str | None
    anonymised: bool


def expired_cases(uow: UnitOfWork) -> list[RetentionDue]:
    """Closed cases whose retention period has ended and that still hold personal data."""
    with uow:
        uow.act("read-retention", permission=PERMISSION)
        return data_protection.retention_due(uow.session, clock.today())


def expired_applicants(uow: UnitOfWork) -> list[ApplicantDue]:
    """Applicants with no case holding personal data whose own retention period has passed."""
    with uow:
        uow.act("read-retention", permission=PERMISSION)
        return applicant_anonymisation.applicants_due(uow.session, clock.today())


def find_contacts(uow: UnitOfWork, text: str, limit: int = 200) -> list[ContactRow]:
    """Contact persons whose name, e-mail or organisation contains `text`."""
    pattern = f"%{text.strip().lower()}%"
    with uow:
        uow.act("find-contact-persons", permission=PERMISSION)
        query = (select(ContactPerson, Applicant).join(Applicant, Applicant.id == ContactPerson.applicant_id)
                 .where(or_(func.lower(ContactPerson.name).like(pattern),
                            func.lower(func.coalesce(ContactPerson.email, "")).like(pattern),
                            func.lower(Applicant.name).like(pattern)))
                 .order_by(ContactPerson.name, ContactPerson.id).limit(limit))
        return [ContactRow(c.id, c.name, a.name, c.email, c.anonymised_at is not None)
                for c, a in uow.session.execute(query)]


def export_contact(uow: UnitOfWork, contact_person_id: int) -> dict[str, object]:
    """Everything stored about one contact person (Art. 15 DSGVO), as plain data for a JSON file."""
    with uow:
        uow.act("export-person", permission=PERMISSION)
        return data_protection.person_export(uow.session, contact_person_id)
