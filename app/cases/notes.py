"""Notes on a case and consultation appointments for project ideas."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.consultation_hours import ConsultationHours, validate_appointment
from app.kernel import settings
from app.kernel.case_records import load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, require_text
from db.enums import Status
from db.models import Consultation, Note


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


def consultation_hours(session: Session) -> ConsultationHours:
    """The office's consultation hours as configured (default Tuesday and Thursday, 9–16)."""
    return ConsultationHours(weekdays=frozenset(settings.get(session, "consultation_weekdays")),
                             start=dt.time.fromisoformat(settings.get(session, "consultation_start")),
                             end=dt.time.fromisoformat(settings.get(session, "consultation_end")),
                             slot_minutes=settings.get_int(session, "consultation_slot_minutes"))


def schedule_consultation(uow: UnitOfWork, file_number: str, start: dt.datetime, duration_minutes: int = 60,
                          notes: str | None = None) -> int:
    """Book a consultation for a project idea within the configured consultation hours, without overlap."""
    with uow:
        actor = uow.act("schedule-consultation", permission="case.consultation")
        validate_appointment(start, duration_minutes, consultation_hours(uow.session))
        app = load_case(uow.session, file_number)
        if app.status != Status.idea:
            raise ValidationError(_("Beratungstermine gibt es für Projektideen; dieser Vorgang ist bereits "
                                    "ein Antrag."))
        _refuse_overlap(uow, start, duration_minutes)
        consultation = Consultation(application_id=app.id, on=start.date(), start_time=start.time(),
                                    duration_minutes=duration_minutes, staff_id=actor.id, created_by=actor.username,
                                    notes=clean_text(notes, _("Notizen"), required=False, max_len=20000,
                                                     multiline=True))
        uow.session.add(consultation)
        uow.session.flush()
        consultation_id = consultation.id
        uow.commit()
    return consultation_id


def _refuse_overlap(uow: UnitOfWork, start: dt.datetime, minutes: int) -> None:
    end = start + dt.timedelta(minutes=minutes)
    for other in uow.session.scalars(select(Consultation).where(Consultation.on == start.date())):
        other_start = dt.datetime.combine(other.on, other.start_time)
        other_end = other_start + dt.timedelta(minutes=other.duration_minutes)
        if start < other_end and other_start < end:
            raise ValidationError(_("Der Termin überschneidet sich mit einer anderen Beratung um {time} Uhr.").format(
                time=other.start_time.strftime("%H:%M")), "start")
