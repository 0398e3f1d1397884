"""Issuing the Prüfvermerk: the review's record as PDF, stored with the case as a document (exact bytes and
SHA-256), so that it appears among the case's documents and in the auditor's dossier.

It is refused while the review is incomplete: receipts without a drawn sample, or sampled receipts without
a result. Like an issued letter it is never regenerated: opening it returns the stored bytes; a later
review (after a change) is issued as a new Prüfvermerk beside the earlier one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from app.kernel import clock
from app.kernel.case_records import case_file_number, load_case
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _, german_documents
from app.kernel.letterhead import load_letterhead
from app.kernel.stored_files import content_deleted
from app.kernel.stored_text import N_, coded, pack
from app.kernel.uow import UnitOfWork
from app.proof.note import review_note_document
from app.proof.queries import ProofReviewView, review_view
from app.proof.service import PERMISSION, REVIEW_NOTE_DOCUMENT, document_type
from db.enums import Status
from db.models import Application, Document
from reports.proof import render_report


@dataclass(frozen=True)
class IssuedNote:
    id: int  # the document's number
    file_number: str
    file_name: str
    sha256: str
    pdf: bytes


def _require_complete(view: ProofReviewView) -> None:
    if view.receipts and view.draw is None:
        raise ValidationError(_("Bitte zuerst die Stichprobe der Belege ziehen."))
    if view.sample_open:
        raise ValidationError(_("Die Stichprobe ist noch nicht vollständig geprüft: {n} Belege ohne Ergebnis.").format(
            n=view.sample_open))


def issue_review_note(uow: UnitOfWork, file_number: str) -> IssuedNote:
    """Render the Prüfvermerk of the current review and store it with the case."""
    with uow:
        actor = uow.act("issue-review-note", coded(N_("Prüfvermerk zum Verwendungsnachweis")), permission=PERMISSION)
        app = load_case(uow.session, file_number, for_update=True)
        if app.status not in (Status.proof_review, Status.closed):
            raise ValidationError(_("Ein Prüfvermerk ist erst in der Verwendungsnachweisprüfung möglich."))
        view = review_view(uow.session, app)
        if view is None:
            raise ValidationError(_("Zu {ref} ist noch kein Verwendungsnachweis erfasst.").format(ref=file_number))
        _require_complete(view)
        day = clock.today()
        with german_documents():  # a record of the file: German, whatever language the interface speaks
            pdf = render_report(review_note_document(app, view, load_letterhead(uow.session), actor.display_name,
                                                     day))
        name = f"Pruefvermerk_{view.file_number}_{day.isoformat()}.pdf"
        document = Document(application_id=app.id, document_type_id=document_type(uow.session,
                                                                                   REVIEW_NOTE_DOCUMENT).id,
                            received_on=day, recorded_by=actor.username, file_name=name,
                            content_type="application/pdf", content=pdf, size=len(pdf),
                            sha256=hashlib.sha256(pdf).hexdigest(),
                            note=pack(coded(N_("Prüfvermerk vom {day}, geprüft von {name}"), day=day,
                                            name=actor.display_name)))
        uow.session.add(document)
        uow.session.flush()
        issued = IssuedNote(document.id, view.file_number, name, document.sha256 or "", pdf)
        uow.commit()
    return issued


def stored_note(uow: UnitOfWork, note_id: int) -> IssuedNote:
    """A Prüfvermerk exactly as stored; refuses bytes that no longer match their hash."""
    with uow:
        uow.act("open-review-note", permission="case.read")
        document = uow.session.get(Document, note_id)
        if document is not None and document.content_deleted_at is not None:
            raise content_deleted(_("Prüfvermerk Nr. {id}").format(id=note_id), document.sha256)
        if document is None or document.content is None or document.document_type.code != REVIEW_NOTE_DOCUMENT[0]:
            raise NotFound(_("Einen Prüfvermerk Nr. {id} gibt es nicht.").format(id=note_id))
        if hashlib.sha256(document.content).hexdigest() != document.sha256:
            raise ValidationError(_("Der gespeicherte Prüfvermerk Nr. {id} ist beschädigt: die Prüfsumme stimmt "
                                    "nicht.").format(id=note_id))
        app = uow.session.get_one(Application, document.application_id)
        return IssuedNote(document.id, case_file_number(app), document.file_name or "", document.sha256,
                          bytes(document.content))
