"""Hearings (Anhörung, § 28 VwVfG) and objections (Widerspruch)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.cases.bescheide import Bescheid, bescheid_dates, chosen_bescheid
from app.cases.deadlines import close_deadlines, open_deadline
from app.cases.transitions import perform
from app.kernel import clock
from app.kernel.case_records import load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date, require_date, require_text
from db.base import utcnow
from db.enums import DeadlineKind, HearingPurpose, ObjectionChannel
from db.models import Application, Deadline, Hearing, Objection


def start_hearing(uow: UnitOfWork, file_number: str, purpose: str, subject: str, response_due: dt.date | str,
                  sent_on: dt.date | str | None = None) -> int:
    try:
        kind = HearingPurpose(purpose)
    except ValueError:
        raise ValidationError(_("Unbekannter Anlass der Anhörung »{value}«; möglich: rejection, revocation, "
                                "clawback.").format(value=purpose), "purpose") from None
    text = require_text(subject, _("Gegenstand der Anhörung"), field="subject", max_len=4000, multiline=True)
    due = require_date(response_due, _("Antwortfrist"), field="response_due")
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        perform(uow, app, "start-hearing", reason=text, params={"due_on": due})
        hearing = Hearing(application_id=app.id, purpose=kind, subject=text, response_due=due,
                          sent_on=parse_date(sent_on, _("Versand"), required=False) or clock.today(),
                          created_by=uow.actor.username)
        uow.session.add(hearing)
        open_deadline(uow.session, app, DeadlineKind.hearing,
                      coded(N_("Stellungnahme zur Anhörung bis {due}"), due=due), due, uow.actor.username)
        uow.session.flush()
        hearing_id = hearing.id
        uow.commit()
    return hearing_id


def record_hearing_response(uow: UnitOfWork, file_number: str, received_on: dt.date | str | None = None,
                            text: str | None = None) -> None:
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        perform(uow, app, "record-hearing-response")
        hearing = uow.session.scalar(select(Hearing).where(
            Hearing.application_id == app.id, Hearing.response_received_on.is_(None)).order_by(Hearing.id))
        assert hearing is not None  # guaranteed by the open_hearing guard
        hearing.response_received_on = parse_date(received_on, _("Eingang"), required=False) or clock.today()
        hearing.response_text = clean_text(text, _("Stellungnahme"), required=False, max_len=50000, multiline=True)
        close_deadlines(uow.session, app, (DeadlineKind.hearing,), uow.actor.username)
        uow.commit()


def record_objection(uow: UnitOfWork, file_number: str, lodged_on: dt.date | str, channel: str = "written",
                     grounds: str | None = None, bescheid: str | None = None) -> bool:
    """Record a Widerspruch against one Bescheid (`decision:<id>` / `clawback:<id>`; default the newest); returns
    whether it was lodged within that Bescheid's objection period."""
    try:
        way = ObjectionChannel(channel)
    except ValueError:
        raise ValidationError(_("Unbekannter Eingangsweg »{value}«; möglich: written, electronic, "
                                "on_record.").format(value=channel), "channel") from None
    lodged = require_date(lodged_on, _("Eingang des Widerspruchs"), field="lodged_on")
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        perform(uow, app, "record-objection")
        attacked = chosen_bescheid(uow.session, app.id, bescheid)
        posted = attacked.posted_on if attacked else app.decided_on
        if posted is not None and lodged < posted:
            raise ValidationError(_("Der Widerspruch kann nicht vor dem Bescheid eingegangen sein."), "lodged_on")
        deadline = attacked.objection_until if attacked else None
        if deadline is None and posted is not None:
            deadline = bescheid_dates(uow.session, posted).objection_until
        in_time = deadline is None or lodged <= deadline
        uow.session.add(Objection(application_id=app.id, decision_id=attacked.decision_id if attacked else None,
                                  clawback_id=attacked.clawback_id if attacked else None,
                                  lodged_on=lodged, channel=way, deadline=deadline, in_time=in_time,
                                  grounds=clean_text(grounds, _("Begründung"), required=False, max_len=50000,
                                                     multiline=True), created_by=uow.actor.username))
        _close_objection_deadline(uow, app, attacked)
        uow.commit()
    return in_time


def _close_objection_deadline(uow: UnitOfWork, app: Application, attacked: Bescheid | None) -> None:
    """Only the attacked Bescheid's objection deadline is done (one from before schema 0010 has no link)."""
    query = select(Deadline).where(Deadline.application_id == app.id, Deadline.kind == DeadlineKind.objection,
                                   Deadline.done_at.is_(None))
    if attacked is not None:
        linked = Deadline.clawback_id == attacked.clawback_id if attacked.clawback_id is not None \
            else Deadline.decision_id == attacked.decision_id
        query = query.where(linked | (Deadline.decision_id.is_(None) & Deadline.clawback_id.is_(None)))
    for deadline in uow.session.scalars(query):
        deadline.done_at, deadline.done_by = utcnow(), uow.actor.username


def decide_objection(uow: UnitOfWork, file_number: str, remedied: bool, outcome: str,
                     decided_on: dt.date | str | None = None) -> None:
    """Abhilfe (the office remedies it itself) or not; the outcome text is required."""
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        perform(uow, app, "decide-objection", reason=outcome)
        objection = uow.session.scalar(select(Objection).where(
            Objection.application_id == app.id, Objection.decided_on.is_(None)).order_by(Objection.id))
        assert objection is not None  # guaranteed by the open_objection guard
        objection.remedied = remedied
        objection.outcome = require_text(outcome, _("Ergebnis"), max_len=20000, multiline=True)
        objection.decided_on = parse_date(decided_on, _("Entscheidung am"), required=False) or clock.today()
        uow.commit()


def reopen(uow: UnitOfWork, file_number: str, reason: str | None = None) -> None:
    """After Abhilfe against a rejection, the case goes back to the social-plan review."""
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        perform(uow, app, "reopen", reason=reason)
        app.decided_on = None
        uow.commit()
