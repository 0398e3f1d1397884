"""Reading consultations for the calendar, the list of upcoming talks and the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.consultation_hours import ConsultationHours, free_slots
from app.cases.consultation_ideas import idea_draft, required_documents
from app.cases.consultations import consultation_hours, load_consultation, status_labels
from app.cases.intake import ApplicationInput
from app.kernel.case_records import case_file_number, load_case
from app.kernel.uow import ReaderBase
from db.enums import ConsultationStatus
from db.models import Applicant, Application, Consultation, User


@dataclass(frozen=True)
class ConsultationRow:
    id: int
    version: int
    start: dt.datetime
    minutes: int
    advisor: str  # display name
    advisor_name: str  # user name
    contact: str  # the applicant's name or the free name
    phone: str | None
    email: str | None
    applicant_id: int | None
    topic: str
    notes: str | None
    status: ConsultationStatus
    status_label: str
    follow_up_on: dt.date | None
    idea: str | None  # `IDEE-<id>` or the file number of what became of the idea
    idea_status: str | None


@dataclass(frozen=True)
class WeekPlan:
    """A week of the calendar: the configured hours, the consultation days with their slot starts, the bookings."""

    monday: dt.date
    hours: ConsultationHours
    days: list[dt.date]  # the consultation days of this week (holidays included, their slots empty)
    slots: dict[dt.date, list[dt.datetime]]  # every slot start of the day (free or not)
    bookings: list[ConsultationRow]


def _rows(session: Session, query: object) -> list[ConsultationRow]:
    labels = status_labels()
    stmt = (select(Consultation, User.display_name, User.username, Applicant.name, Application)
            .outerjoin(User, User.id == Consultation.staff_id)
            .outerjoin(Applicant, Applicant.id == Consultation.applicant_id)
            .outerjoin(Application, Application.id == Consultation.application_id)
            .where(query)  # type: ignore[arg-type]
            .order_by(Consultation.on, Consultation.start_time, Consultation.id))
    rows = []
    for c, advisor, username, applicant, app in session.execute(stmt):
        rows.append(ConsultationRow(
            c.id, c.version, dt.datetime.combine(c.on, c.start_time), c.duration_minutes, advisor or "",
            username or "", _contact(applicant, c.contact_name), c.contact_phone, c.contact_email, c.applicant_id,
            c.topic, c.notes, c.status, labels[c.status], c.follow_up_on,
            case_file_number(app) if app is not None else None, app.status.value if app is not None else None))
    return rows


def _contact(applicant: str | None, person: str | None) -> str:
    if applicant and person:
        return f"{applicant} ({person})"
    return applicant or person or ""


def week_plan(session: Session, day: dt.date) -> WeekPlan:
    hours = consultation_hours(session)
    monday = day - dt.timedelta(days=day.weekday())
    days = [monday + dt.timedelta(days=i) for i in range(7) if i in hours.weekdays]
    slots = {d: free_slots(d, [], hours) for d in days}
    bookings = _rows(session, Consultation.on.between(monday, monday + dt.timedelta(days=6)))
    return WeekPlan(monday, hours, days, slots, bookings)


@dataclass(frozen=True)
class IdeaStart:
    """What the intake wizard opens with when an idea becomes an application."""

    file_number: str  # `IDEE-<id>`
    version: int
    draft: ApplicationInput
    applicant_name: str


@dataclass
class ConsultationReader(ReaderBase):
    def week(self, day: dt.date) -> WeekPlan:
        with self._session() as session:
            return week_plan(session, day)

    def upcoming(self, from_day: dt.date, include_cancelled: bool = False) -> list[ConsultationRow]:
        with self._session() as session:
            query = Consultation.on >= from_day
            if not include_cancelled:
                query = query & (Consultation.status != ConsultationStatus.cancelled)
            return _rows(session, query)

    def between(self, first: dt.date, last: dt.date) -> list[ConsultationRow]:
        with self._session() as session:
            return _rows(session, Consultation.on.between(first, last))

    def consultation(self, consultation_id: int) -> ConsultationRow:
        with self._session() as session:
            load_consultation(session, consultation_id)  # the "not found" message
            return _rows(session, Consultation.id == consultation_id)[0]

    def advisors(self) -> list[tuple[str, str]]:
        """(user name, display name) of the active users who may give a consultation."""
        with self._session() as session:
            users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name))
            return [(u.username, u.display_name) for u in users if u.role.value in ("caseworker", "supervisor")]

    def idea_draft(self, file_number: str) -> ApplicationInput:
        with self._session() as session:
            return idea_draft(session, file_number)

    def idea_start(self, file_number: str) -> IdeaStart:
        with self._session() as session:
            draft = idea_draft(session, file_number)
            app = load_case(session, file_number)
            applicant = session.get(Applicant, app.applicant_id)
            return IdeaStart(case_file_number(app), app.version, draft, applicant.name if applicant else "")

    def required_documents(self, applicant_id: int, programme: str | None = None) -> list[tuple[str, str]]:
        with self._session() as session:
            return required_documents(session, applicant_id, programme)
