"""The project idea recorded during or after a consultation, and what the intake wizard needs to turn it into an
application: the idea's data with the consultation's notes carried over, and the documents the applicant's type
must hand in."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.consultations import load_consultation, set_follow_up
from app.cases.intake import ApplicationInput, CostLineInput, FundingLineInput, new_idea
from app.cases.required_documents import required_document_types
from app.kernel import clock
from app.kernel.case_records import case_file_number, load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import applicant_by_id, programme_by_code
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.kernel.validation import parse_date
from db.enums import ConsultationStatus, Status
from db.models import Application, Consultation, Deadline


def record_idea(uow: UnitOfWork, consultation_id: int, data: ApplicationInput,
                follow_up_on: dt.date | str | None = None) -> str:
    """A project idea from this consultation (state `idea`, `IDEE-<id>`); a booked talk counts as held.

    The idea takes over the consultation's follow-up deadline; `follow_up_on` sets a new one.
    """
    with uow:
        actor = uow.act("register-idea", permission="case.create")
        session = uow.session
        consultation = load_consultation(session, consultation_id, for_update=True)
        if consultation.application_id is not None:
            idea = session.get(Application, consultation.application_id)
            assert idea is not None
            raise ValidationError(_("Aus dieser Beratung wurde bereits die Projektidee {ref} erfasst.").format(
                ref=case_file_number(idea)))
        if consultation.status == ConsultationStatus.cancelled:
            raise ValidationError(_("Die Beratung wurde abgesagt; eine Projektidee lässt sich nur aus einer "
                                    "gebuchten oder stattgefundenen Beratung erfassen."))
        app = new_idea(uow, data, consultation.staff_id or actor.id)
        session.flush()
        consultation.application_id = app.id
        if consultation.applicant_id is None:
            consultation.applicant_id = app.applicant_id
        if consultation.on <= clock.today() and consultation.status == ConsultationStatus.booked:
            consultation.status = ConsultationStatus.held
        due = parse_date(follow_up_on, _("Wiedervorlage"), field="follow_up_on", required=False)
        set_follow_up(session, consultation, due or consultation.follow_up_on, actor)
        file_number = case_file_number(app)
        uow.commit()
    return file_number


def carried_notes(session: Session, application_id: int) -> str:
    """The notes of the idea's consultations, dated, for the description of the application."""
    rows = session.scalars(select(Consultation).where(Consultation.application_id == application_id,
                                                      Consultation.notes.is_not(None))
                           .order_by(Consultation.on, Consultation.start_time))
    return "\n".join(_("Aus der Beratung am {day}: {notes}").format(day=format_date(c.on), notes=c.notes)
                     for c in rows)


def idea_draft(session: Session, file_number: str) -> ApplicationInput:
    """The idea as the intake wizard's starting point; the consultations' notes follow its description."""
    app = load_case(session, file_number)
    if app.status != Status.idea:
        raise ValidationError(_("Nur eine Projektidee kann als Antrag registriert werden."))
    notes = carried_notes(session, app.id)
    description = "\n\n".join(part for part in (app.description, notes) if part) or None
    return ApplicationInput(
        programme=app.programme.code, fiscal_year=app.fiscal_year, applicant_id=app.applicant_id, title=app.title,
        description=description, municipality=app.municipality.name if app.municipality else None,
        life_phase=app.life_phase.code if app.life_phase else None,
        field_of_action=app.field_of_action.name if app.field_of_action else None, measure_id=app.measure_id,
        catalogue_justification=app.catalogue_justification, start_date=app.start_date, end_date=app.end_date,
        financing_type=app.financing_type.value, requested_amount=app.requested_amount,
        cost_lines=tuple(CostLineInput(c.category.value, c.description, c.planned_amount, c.eligible)
                         for c in app.cost_lines),
        funding_lines=tuple(FundingLineInput(f.kind.value, f.source, f.planned_amount) for f in app.funding_lines),
        contact_person_id=app.contact_person_id, received_on=None)


def required_documents(session: Session, applicant_id: int, programme: str | None = None) -> list[tuple[str, str]]:
    """(code, name) of the documents an application of this applicant to `programme` must contain: the applicant
    type's list, or a micro-project fund's own shorter one (`app.cases.required_documents`)."""
    applicant = applicant_by_id(session, applicant_id)
    fund = programme_by_code(session, programme) if programme else None
    return [(kind.code, kind.name) for kind in required_document_types(session, fund, applicant.applicant_type)]


def open_follow_up(session: Session, consultation: Consultation) -> Deadline | None:
    deadline = session.get(Deadline, consultation.deadline_id) if consultation.deadline_id else None
    return deadline if deadline is not None and deadline.done_at is None else None
