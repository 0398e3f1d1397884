"""Consultations (Beratung): booking a slot in the consultation hours, its contact, topic, status and follow-up.

A consultation stands on its own: people come with a project idea before there is any case. The contact is a
registered applicant or a free name with phone or e-mail. One advisor gives one consultation per slot; a slot
outside the configured hours (`app.cases.consultation_hours`) is refused with the hours in the message. The
follow-up date is an open deadline (Wiedervorlage) in the deadline list. The idea recorded from a talk is in
`app.cases.consultation_ideas`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import EllipsisType

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.consultation_hours import ConsultationHours, validate_appointment
from app.kernel import settings
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import applicant_by_id, user_by_name
from app.kernel.periods import format_date
from app.kernel.permissions import Actor
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date, require_text
from db.enums import ConsultationStatus, DeadlineKind
from db.models import Consultation, Deadline, User

CS = ConsultationStatus
MAX_NOTES = 20000


def status_labels() -> dict[ConsultationStatus, str]:
    return {CS.booked: _("gebucht"), CS.held: _("stattgefunden"), CS.cancelled: _("abgesagt")}


def consultation_hours(session: Session) -> ConsultationHours:
    """The office's consultation hours as configured (default Tuesday and Thursday, 9–16)."""
    return ConsultationHours(weekdays=frozenset(settings.get(session, "consultation_weekdays")),
                             start=dt.time.fromisoformat(settings.get(session, "consultation_start")),
                             end=dt.time.fromisoformat(settings.get(session, "consultation_end")),
                             slot_minutes=settings.get_int(session, "consultation_slot_minutes"))


@dataclass(frozen=True)
class ConsultationInput:
    """A booking. `advisor` is a user name (default: who books); the contact is `applicant_id` or a free name."""

    start: dt.datetime
    topic: str
    advisor: str | None = None
    applicant_id: int | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    notes: str | None = None
    follow_up_on: dt.date | str | None = None


def _contact(session: Session, consultation: Consultation, data: ConsultationInput) -> None:
    consultation.applicant_id = applicant_by_id(session, data.applicant_id).id if data.applicant_id else None
    consultation.contact_name = clean_text(data.contact_name, _("Kontakt"), field="contact_name", max_len=200,
                                           required=False)
    consultation.contact_phone = clean_text(data.contact_phone, _("Telefon"), field="contact_phone", max_len=64,
                                            required=False)
    consultation.contact_email = clean_text(data.contact_email, _("E-Mail"), field="contact_email", max_len=254,
                                            required=False)
    if consultation.contact_email and "@" not in consultation.contact_email:
        raise ValidationError(_("Die E-Mail-Adresse »{value}« ist ungültig.").format(
            value=consultation.contact_email), "contact_email")
    if consultation.applicant_id is None:
        if consultation.contact_name is None:
            raise ValidationError(_("Bitte einen Antragsteller wählen oder den Namen des Kontakts angeben."),
                                  "contact_name")
        if consultation.contact_phone is None and consultation.contact_email is None:
            raise ValidationError(_("Bitte Telefon oder E-Mail des Kontakts angeben, damit das Büro den Termin "
                                    "bestätigen oder absagen kann."), "contact_phone")


def refuse_double_booking(session: Session, advisor_id: int, start: dt.datetime, minutes: int,
                          own_id: int | None = None) -> None:
    """One advisor cannot give two consultations at once (cancelled ones free their slot)."""
    end = start + dt.timedelta(minutes=minutes)
    query = select(Consultation).where(Consultation.on == start.date(), Consultation.staff_id == advisor_id,
                                       Consultation.status != CS.cancelled)
    for other in session.scalars(query):
        if other.id == own_id:
            continue
        other_start = dt.datetime.combine(other.on, other.start_time)
        if start < other_start + dt.timedelta(minutes=other.duration_minutes) and other_start < end:
            advisor = session.get(User, advisor_id)
            raise ValidationError(_("Der Termin ist bereits vergeben: {name} berät am {day} um {time} Uhr schon zu "
                                    "»{topic}«.").format(name=advisor.display_name if advisor else "",
                                                         day=format_date(other.on),
                                                         time=other.start_time.strftime("%H:%M"), topic=other.topic),
                                  "start")


def set_follow_up(session: Session, consultation: Consultation, due: dt.date | None, actor: Actor) -> None:
    """Keep the follow-up date and its open deadline (Wiedervorlage) in step."""
    consultation.follow_up_on = due
    deadline = session.get(Deadline, consultation.deadline_id) if consultation.deadline_id else None
    if due is None:
        if deadline is not None and deadline.done_at is None:
            session.delete(deadline)
            consultation.deadline_id = None
        return
    if deadline is None or deadline.done_at is not None:
        deadline = Deadline(kind=DeadlineKind.follow_up, created_by=actor.username, due_on=due,
                            title="", assigned_to_id=consultation.staff_id or actor.id)
        session.add(deadline)
    deadline.application_id = consultation.application_id
    deadline.due_on = due
    subject = coded(N_("Wiedervorlage Beratung: {topic}"), topic=(consultation.topic or "")[:200])
    deadline.title, deadline.title_params = subject.message, subject.params_json  # shown in the reader's language
    session.flush()
    consultation.deadline_id = deadline.id


def book(uow: UnitOfWork, data: ConsultationInput, duration_minutes: int | None = None,
         application_id: int | None = None) -> int:
    """Book a consultation in the configured hours; refused when the advisor already has that slot."""
    with uow:
        actor = uow.act("book-consultation", permission="case.consultation")
        session = uow.session
        hours = consultation_hours(session)
        minutes = duration_minutes or hours.slot_minutes
        validate_appointment(data.start, minutes, hours)
        advisor = user_by_name(session, data.advisor) if data.advisor else None
        advisor_id = advisor.id if advisor else actor.id
        if advisor is not None and not advisor.active:
            raise ValidationError(_("»{name}« ist nicht mehr aktiv und kann nicht beraten.").format(
                name=advisor.display_name), "advisor")
        refuse_double_booking(session, advisor_id, data.start, minutes)
        consultation = Consultation(on=data.start.date(), start_time=data.start.time(), duration_minutes=minutes,
                                    staff_id=advisor_id, created_by=actor.username, status=CS.booked,
                                    application_id=application_id,
                                    topic=require_text(data.topic, _("Thema"), field="topic"),
                                    notes=clean_text(data.notes, _("Notizen"), field="notes", required=False,
                                                     max_len=MAX_NOTES, multiline=True))
        _contact(session, consultation, data)
        session.add(consultation)
        session.flush()
        set_follow_up(session, consultation, parse_date(data.follow_up_on, _("Wiedervorlage"),
                                                        field="follow_up_on", required=False), actor)
        consultation_id = consultation.id
        uow.commit()
    return consultation_id


def load_consultation(session: Session, consultation_id: int, for_update: bool = False) -> Consultation:
    query = select(Consultation).where(Consultation.id == consultation_id)
    found = session.scalar(query.with_for_update() if for_update else query)
    if found is None:
        raise NotFound(_("Eine Beratung mit der Nummer {id} gibt es nicht.").format(id=consultation_id))
    return found


def record_outcome(uow: UnitOfWork, consultation_id: int, status: str | None = None, notes: str | None = None,
                   follow_up_on: dt.date | str | EllipsisType | None = ...,
                   expected_version: int | None = None) -> int:
    """After (or instead of) the talk: status, notes and the follow-up date (`...` keeps it, None clears it).

    Returns the new version."""
    with uow:
        actor = uow.act("consultation-outcome", permission="case.consultation")
        session = uow.session
        consultation = load_consultation(session, consultation_id, for_update=True)
        if expected_version is not None and consultation.version != expected_version:
            raise ValidationError(_("Die Beratung wurde inzwischen geändert; bitte neu laden."))
        if status is not None:
            try:
                new_status = CS(status)
            except ValueError:
                raise ValidationError(_("Unbekannter Status »{value}«.").format(value=status), "status") from None
            if new_status == CS.booked and consultation.status == CS.cancelled:
                refuse_double_booking(session, consultation.staff_id or actor.id,
                                      dt.datetime.combine(consultation.on, consultation.start_time),
                                      consultation.duration_minutes, consultation.id)
            consultation.status = new_status
        if notes is not None:
            consultation.notes = clean_text(notes, _("Notizen"), field="notes", required=False, max_len=MAX_NOTES,
                                            multiline=True)
        if follow_up_on is not ...:
            set_follow_up(session, consultation, parse_date(follow_up_on, _("Wiedervorlage"),
                                                            field="follow_up_on", required=False), actor)
        session.flush()
        version = consultation.version
        uow.commit()
    return version
