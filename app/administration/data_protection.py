"""Data protection (DSGVO): after the retention period, personal data goes; the financial record stays.

A closed case whose retention period has ended is offered for anonymisation, once its file has been
offered to the public archive (§ 11 ThürArchivG, recorded as `archive_offered_at`). Anonymising removes
the contact persons' names and ways of reaching them, free texts that may name people (notes,
consultation notes, hearing responses, objection grounds), and the bytes of the case's stored letters
and received documents (their SHA-256, size and metadata stay; `content_deleted_at` says when); amounts,
dates and decisions stay. It is irreversible and audited: a second step of the same transaction
("anonymise-files") records how many letters and documents were emptied. Erasure requests do not
override legal retention (Art. 17 Abs. 3 DSGVO): cases still in retention are refused with that reason.

The export of all data stored about a contact person answers a request for access (Art. 15 DSGVO).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel import clock
from app.kernel.case_records import case_file_number, load_case
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.periods import format_date
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_justification
from db.base import utcnow
from db.enums import Status
from db.models import (
    Application,
    Consultation,
    ContactPerson,
    Document,
    Hearing,
    Letter,
    LetterWording,
    Note,
    Objection,
)

if TYPE_CHECKING:
    from app.proof.dossier import DossierResult

REMOVED = "[anonymisiert]"


@dataclass(frozen=True)
class RetentionDue:
    file_number: str
    title: str
    applicant: str
    closed_on: dt.date | None
    retention_until: dt.date
    applicant_id: int = 0


def retention_due(session: Session, today: dt.date | None = None) -> list[RetentionDue]:
    """Closed cases whose retention period has ended and that still hold personal data."""
    day = today or clock.today()
    rows = session.scalars(select(Application).where(
        Application.status == Status.closed, Application.retention_until < day,
        Application.anonymised_at.is_(None)).order_by(Application.retention_until))
    # the query already leaves out cases without a retention date
    return [RetentionDue(case_file_number(a), a.title, a.applicant.name, a.closed_on, a.retention_until,
                         a.applicant_id) for a in rows if a.retention_until is not None]


def anonymise_case(uow: UnitOfWork, file_number: str, reason: str) -> int:
    """Remove personal data of an expired case; returns how many records were changed."""
    text = require_justification(reason, _("Anlass der Anonymisierung"), field="reason")
    with uow:
        uow.act("anonymise", text, permission="admin.configure")
        app = load_case(uow.session, file_number, for_update=True)
        if app.anonymised_at is not None:
            raise ValidationError(_("{ref} ist bereits anonymisiert.").format(ref=file_number))
        if app.status != Status.closed or app.retention_until is None or app.retention_until >= clock.today():
            until = format_date(app.retention_until) if app.retention_until else _("Abschluss")
            raise ValidationError(_("{ref} unterliegt noch der Aufbewahrungspflicht (bis {until}); "
                                    "personenbezogene Daten dürfen erst danach gelöscht werden "
                                    "(Art. 17 Abs. 3 DSGVO).").format(ref=file_number, until=until))
        if app.archive_offered_at is None:
            raise ValidationError(_("{ref} wurde dem Archiv noch nicht angeboten (§ 11 ThürArchivG); bitte zuerst "
                                    "»Dem Archiv anbieten«.").format(ref=file_number))
        changed = _scrub(uow.session, app)
        uow.session.flush()  # the scrub under "anonymise" with the admin's reason
        letters, documents = _stored_files(uow.session, app)
        uow.act("anonymise-files", coded(N_("Nach Ablauf der Aufbewahrungsfrist gelöscht: Inhalt von {letters} "
                                            "Schreiben und {documents} Unterlagen; SHA-256 und Metadaten bleiben."),
                                         letters=len(letters), documents=len(documents)), permission="admin.configure")
        now = utcnow()
        for letter in letters:
            letter.pdf, letter.content_deleted_at = None, now
        for document in documents:
            document.content, document.content_deleted_at = None, now
        app.anonymised_at = now
        uow.commit()
    return changed + len(letters) + len(documents)


def _stored_files(session: Session, app: Application) -> tuple[list[Letter], list[Document]]:
    """The case's letters and documents that still hold their bytes (not the applicant's standing documents)."""
    letters = list(session.scalars(select(Letter).where(
        Letter.application_id == app.id, Letter.pdf.is_not(None)).order_by(Letter.id)))
    documents = list(session.scalars(select(Document).where(
        Document.application_id == app.id, Document.content.is_not(None)).order_by(Document.id)))
    return letters, documents


def _scrub(session: Session, app: Application) -> int:
    changed = 0
    contact = session.get(ContactPerson, app.contact_person_id) if app.contact_person_id else None
    if contact is not None and contact.anonymised_at is None and not _still_needed(session, contact, app):
        contact.name, contact.email, contact.phone, contact.salutation = REMOVED, None, None, None
        contact.function, contact.anonymised_at = None, utcnow()
        changed += 1
    for model, column in ((Note, "text"), (Consultation, "notes"), (Hearing, "response_text"),
                          (Objection, "grounds")):
        for row in session.scalars(select(model).where(model.application_id == app.id)):
            if getattr(row, column):
                setattr(row, column, REMOVED)
                changed += 1
    for wording in session.scalars(select(LetterWording).where(LetterWording.application_id == app.id)):
        wording.generated, wording.edited = REMOVED, REMOVED  # reworded letter text may name people (0019)
        changed += 1
    for talk in session.scalars(select(Consultation).where(Consultation.application_id == app.id)):
        if talk.contact_name or talk.contact_phone or talk.contact_email:  # a private person's ways back (0017)
            talk.contact_name = REMOVED if talk.contact_name else None
            talk.contact_phone, talk.contact_email = None, None
            changed += 1
    return changed


def _still_needed(session: Session, contact: ContactPerson, app: Application) -> bool:
    """A contact person also named on a case still in retention keeps their data."""
    other = session.scalar(select(Application.id).where(
        Application.contact_person_id == contact.id, Application.id != app.id,
        Application.anonymised_at.is_(None)).limit(1))
    return other is not None


def person_export(session: Session, contact_person_id: int) -> dict[str, object]:
    """Everything stored about one contact person, as plain data (Art. 15 DSGVO)."""
    contact = session.get(ContactPerson, contact_person_id)
    if contact is None:
        raise NotFound(_("Eine Kontaktperson Nr. {id} gibt es nicht.").format(id=contact_person_id))
    cases = session.scalars(select(Application).where(Application.contact_person_id == contact.id))
    return {
        "kontaktperson": {"name": contact.name, "anrede": contact.salutation, "funktion": contact.function,
                          "e_mail": contact.email, "telefon": contact.phone,
                          "einwilligung_vom": contact.consent_on.isoformat() if contact.consent_on else None,
                          "anonymisiert_am": contact.anonymised_at.isoformat() if contact.anonymised_at else None},
        "organisation": contact.applicant.name,
        "vorgaenge": [{"aktenzeichen": case_file_number(a), "titel": a.title, "status": a.status.value,
                       "aufbewahrung_bis": a.retention_until.isoformat() if a.retention_until else None}
                      for a in cases],
        "hinweis": _("Im Protokoll werden Änderungen an Namen und Kontaktdaten nur als »personenbezogen« "
                     "vermerkt, ohne den Inhalt."),
    }


def archive_offer(uow: UnitOfWork, file_number: str, target: Path) -> DossierResult:
    """The closed file for the public archive before anonymisation (§ 11 ThürArchivG): the auditor's dossier
    (issue 15), with every issued letter as stored, history, audit trail, figures and documents."""
    from app.proof.dossier import ARCHIVE_PURPOSE, export_dossier

    with uow:
        uow.act("archive-offer", permission="audit.read")
        if load_case(uow.session, file_number).status != Status.closed:
            raise ValidationError(_("Dem Archiv werden nur abgeschlossene Vorgänge angeboten."))
    result = export_dossier(uow, file_number, target, ARCHIVE_PURPOSE)
    with uow:  # recorded once the file is written: anonymising needs the offer
        uow.act("archive-offer", coded(N_("Archivangebot gespeichert (SHA-256 {sha256})"), sha256=result.sha256),
                permission="audit.read")
        load_case(uow.session, file_number, for_update=True).archive_offered_at = utcnow()
        uow.commit()
    return result
