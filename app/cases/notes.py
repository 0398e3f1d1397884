"""Notes on a case and consultation appointments for project ideas."""

from __future__ import annotations

import datetime as dt

from app.cases import consultations
from app.cases.consultations import ConsultationInput
from app.kernel.case_records import load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_text
from db.enums import Status
from db.models import Note


def add_note(uow: UnitOfWork, file_number: str, text: str) -> int:
    with uow:
        actor = uow.act("add-note", permission="case.note")
        app = load_case(uow.session, file_number)
        note = Note(application_id=app.id, created_by=actor.username,
                    text=require_text(text, _("Notiz"), field="text", max_len=20000, multiline=True))
        uow.session.add(note)
        uow.session.flush()
        note_id = note.id
        uow.commit()
    return note_id


def schedule_consultation(uow: UnitOfWork, file_number: str, start: dt.datetime, duration_minutes: int | None = None,
                          notes: str | None = None) -> int:
    """Book a further consultation for a project idea: its applicant is the contact, its title the topic."""
    with uow.read() as scope:
        app = load_case(scope.session, file_number)
        if app.status != Status.idea:
            raise ValidationError(_("Beratungstermine gibt es für Projektideen; dieser Vorgang ist bereits "
                                    "ein Antrag."))
        data = ConsultationInput(start=start, topic=app.title, applicant_id=app.applicant_id, notes=notes)
        app_id = app.id
    return consultations.book(uow, data, duration_minutes, application_id=app_id)
