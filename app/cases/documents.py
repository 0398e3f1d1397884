"""Recording received documents for a case or as standing documents of an applicant."""

from __future__ import annotations

import datetime as dt
import hashlib

from app.kernel import clock
from app.kernel.attachments import media_type, safe_file_name
from app.kernel.case_records import load_case
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import applicant_by_id, document_type_by_code
from app.kernel.stored_files import content_deleted
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date
from db.models import Document

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


def _valid_until(issued_on: dt.date | None, valid_years: int | None) -> dt.date | None:
    if issued_on is None or valid_years is None:
        return None
    try:
        return issued_on.replace(year=issued_on.year + valid_years)
    except ValueError:
        return issued_on.replace(year=issued_on.year + valid_years, day=28)


def record_document(uow: UnitOfWork, document_type: str, *, file_number: str | None = None,
                    applicant_id: int | None = None, received_on: dt.date | str | None = None,
                    issued_on: dt.date | str | None = None, note: str | None = None) -> int:
    """A document arrived (without its file; attachments come with the document store)."""
    if (file_number is None) == (applicant_id is None):
        raise ValidationError(_("Eine Unterlage gehört entweder zu einem Vorgang oder zu einem Antragsteller."))
    with uow:
        actor = uow.act("record-document", permission="case.documents")
        kind = document_type_by_code(uow.session, document_type)
        received = parse_date(received_on, _("Eingangsdatum"), required=False) or clock.today()
        issued = parse_date(issued_on, _("Ausstellungsdatum"), required=False)
        document = Document(document_type_id=kind.id, received_on=received, issued_on=issued,
                            valid_until=_valid_until(issued, kind.valid_years), recorded_by=actor.username,
                            note=clean_text(note, _("Bemerkung"), required=False, max_len=2000, multiline=True))
        if file_number is not None:
            document.application_id = load_case(uow.session, file_number).id
        else:
            assert applicant_id is not None
            document.applicant_id = applicant_by_id(uow.session, applicant_id).id
        uow.session.add(document)
        uow.session.flush()
        document_id = document.id
        uow.commit()
    return document_id


def attach_file(uow: UnitOfWork, document_id: int, file_name: str, content: bytes) -> str:
    """Store a file with a recorded document (in the database, with its SHA-256); returns the hash."""
    name = safe_file_name(file_name)
    kind = media_type(content, name)
    with uow:
        uow.act("attach-file", permission="case.documents")
        document = uow.session.get(Document, document_id)
        if document is None:
            raise NotFound(_("Die Unterlage Nr. {id} gibt es nicht.").format(id=document_id))
        if document.content_deleted_at is not None:
            raise content_deleted(_("Unterlage Nr. {id}").format(id=document_id), document.sha256)
        if document.content is not None:
            raise ValidationError(_("Zu dieser Unterlage ist bereits eine Datei gespeichert."))
        digest = hashlib.sha256(content).hexdigest()
        document.file_name, document.content_type, document.content = name, kind, content
        document.size, document.sha256 = len(content), digest
        uow.commit()
    return digest


def read_file(uow: UnitOfWork, document_id: int) -> tuple[str, bytes]:
    """The stored file, checked against its hash."""
    with uow:
        uow.act("read-file", permission="case.read")
        document = uow.session.get(Document, document_id)
        if document is not None and document.content_deleted_at is not None:
            raise content_deleted(_("Unterlage Nr. {id}").format(id=document_id), document.sha256)
        if document is None or document.content is None:
            raise NotFound(_("Zur Unterlage Nr. {id} ist keine Datei gespeichert.").format(id=document_id))
        if hashlib.sha256(document.content).hexdigest() != document.sha256:
            raise ValidationError(_("Die gespeicherte Datei stimmt nicht mehr mit ihrer Prüfsumme überein."))
        return document.file_name or f"unterlage-{document_id}", document.content

