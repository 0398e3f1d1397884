"""Previewing a letter template before it is saved: the edited text, filled with a real case, as a draft PDF."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from app.kernel.uow import UnitOfWork
from app.letters.compose import TemplateText
from app.letters.kinds import LetterKind
from app.letters.service import LetterPreview, preview_letter, stationery_for
from db.enums import Status
from db.models import Application

# the statuses in which a case usually has what a kind of letter needs (a sample for the preview)
SAMPLE_STATUSES: dict[str, tuple[Status, ...]] = {
    "receipt": (Status.received, Status.eligibility_check),
    "documents_request": (Status.documents_requested,),
    "hearing": (Status.decision_proposed, Status.proof_review),
    "approval": (Status.approved, Status.funding),
    "partial_approval": (Status.approved, Status.funding),
    "rejection": (Status.rejected,),
    "payment_notice": (Status.funding,),
    "clawback": (Status.proof_review, Status.closed),
    "reminder": (Status.closed, Status.proof_review),
}


def letter_kind_for(template_kind: str) -> LetterKind:
    """A text block (Rechtsbehelfsbelehrung) is shown inside an approval."""
    return LetterKind(template_kind) if template_kind in LetterKind.__members__ else LetterKind.approval


def sample_case(uow: UnitOfWork, template_kind: str) -> str | None:
    """The file number of a recent case that suits the kind of letter (None if there is none)."""
    statuses = SAMPLE_STATUSES.get(letter_kind_for(template_kind).value, tuple(Status))
    with uow:
        uow.act("sample-case", permission="case.read")
        return uow.session.scalar(select(Application.file_number).where(
            Application.status.in_(statuses), Application.file_number.is_not(None))
            .order_by(Application.id.desc()).limit(1))


def preview_template(uow: UnitOfWork, file_number: str, template_kind: str, subject: str, body: str) -> LetterPreview:
    """A draft of the letter with the edited (unsaved) template text; nothing is stored."""
    kind = letter_kind_for(template_kind)
    stationery = stationery_for(uow, kind)
    templates = dict(stationery.templates)
    old = templates.get(template_kind)
    templates[template_kind] = TemplateText(template_kind, subject, body, old.version if old else 0)
    return preview_letter(uow, file_number, kind, stationery=replace(stationery, templates=templates))
