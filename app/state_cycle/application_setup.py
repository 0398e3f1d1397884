"""Use cases of the application to the Land: set up a year (ceiling, co-financing rule, deadlines), enter the
county's own planned lines (micro-project fund, planning posts), mark it submitted.

The Land's deadline (default 15.11. of the year before) with a reminder ahead of it, and the county's own deadline
for Träger (default 30.09.), are kept on the office's deadline list; their subjects are stored language-neutral.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.cases.deadlines import open_office_deadline
from app.kernel.errors import ConcurrentEditError, NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import field_of_action_by_name, municipality_by_name, programme_by_code
from app.kernel.money import MoneyInput, parse_rate, require_non_negative, to_money
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date, require_text
from app.state_cycle.cofinancing import DEFAULT_RATE, parse_base
from db.base import utcnow
from db.enums import CofinancingBase, DeadlineKind, StateLineKind
from db.models import Deadline, FieldOfAction, StateApplication, StatePlanLine

MINISTRY = ("Thüringer Ministerium für Soziales, Gesundheit, Arbeit und Familie", "Referat Familienpolitik",
            "Werner-Seelenbinder-Straße 6", "99096 Erfurt")
REMINDER_DAYS = 14


@dataclass(frozen=True)
class YearSettings:
    """What an office sets for one year; None keeps the default (or the stored value)."""

    ceiling: MoneyInput | None = None
    cofinancing_rate: MoneyInput | None = None  # in percent, e.g. "30"
    cofinancing_base: CofinancingBase | str | None = None
    submission_due_on: dt.date | str | None = None
    applicant_due_on: dt.date | str | None = None
    recipient: str | None = None


@dataclass(frozen=True)
class LineInput:
    kind: StateLineKind | str
    title: str
    eligible_costs: MoneyInput
    funding: MoneyInput
    field_of_action: str | None = None  # the name of the Handlungsfeld
    municipality: str | None = None


def _year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ValidationError(_("Das Jahr »{value}« ist nicht plausibel.").format(value=year), "year")
    return year


def save_year(uow: UnitOfWork, programme_code: str, year: int, settings: YearSettings,
              expected_version: int | None = None) -> int:
    """Create or change the application for a programme and year; its deadlines follow the dates."""
    _year(year)
    with uow:
        actor = uow.act("state-application-settings", permission="state.plan")
        programme = programme_by_code(uow.session, programme_code)
        record = uow.session.scalar(select(StateApplication).where(
            StateApplication.programme_id == programme.id, StateApplication.year == year))
        if record is None:
            record = StateApplication(programme_id=programme.id, year=year, recipient="\n".join(MINISTRY),
                                      cofinancing_rate=DEFAULT_RATE, cofinancing_base=CofinancingBase.grant,
                                      submission_due_on=dt.date(year - 1, 11, 15),
                                      applicant_due_on=dt.date(year - 1, 9, 30))
            uow.session.add(record)
        elif expected_version is not None and record.version != expected_version:
            raise ConcurrentEditError(_("Der Antrag an das Land wurde inzwischen von jemand anderem geändert. Bitte "
                                        "neu laden."))
        _apply(record, settings)
        uow.session.flush()
        _keep_deadlines(uow.session, record, actor.username, actor.id)
        record_id = record.id
        uow.commit()
    return record_id


def _apply(record: StateApplication, settings: YearSettings) -> None:
    if settings.ceiling is not None:
        text = str(settings.ceiling).strip()
        record.ceiling = require_non_negative(to_money(settings.ceiling, "ceiling"), _("Die Obergrenze"),
                                              "ceiling") if text else None
    if settings.cofinancing_rate is not None:
        rate = parse_rate(settings.cofinancing_rate, "cofinancing_rate")
        if rate <= 0:
            raise ValidationError(_("Der Anteil des Landkreises muss größer als 0 % sein."), "cofinancing_rate")
        record.cofinancing_rate = rate
    if settings.cofinancing_base is not None:
        record.cofinancing_base = parse_base(settings.cofinancing_base)
    if settings.submission_due_on is not None:
        record.submission_due_on = parse_date(settings.submission_due_on, _("Frist für den Antrag an das Land"),
                                              field="submission_due_on") or record.submission_due_on
    if settings.applicant_due_on is not None:
        record.applicant_due_on = parse_date(settings.applicant_due_on, _("Antragsfrist für Träger"),
                                             field="applicant_due_on") if str(settings.applicant_due_on).strip() \
            else None
    if settings.recipient is not None:
        record.recipient = clean_text(settings.recipient, _("Anschrift des Ministeriums"), field="recipient",
                                      max_len=600, multiline=True) or "\n".join(MINISTRY)
    if record.submission_due_on.year >= record.year + 1 or (
            record.applicant_due_on is not None and record.applicant_due_on > record.submission_due_on):
        raise ValidationError(_("Die Fristen passen nicht: die Träger-Frist liegt vor der Frist des Landes, beide "
                                "vor dem Programmjahr."), "submission_due_on")


def _keep_deadlines(session: Session, record: StateApplication, user: str, user_id: int) -> None:
    """Open, move or close the three deadlines of the year to match the record."""
    submitted = record.submitted_on is not None
    wanted = {
        "submission_deadline_id": (None if submitted else record.submission_due_on,
                                   coded(N_("Antrag an das Land für {year} einreichen (bis {due})"),
                                         year=record.year, due=record.submission_due_on)),
        "reminder_deadline_id": (None if submitted else record.submission_due_on - dt.timedelta(days=REMINDER_DAYS),
                                 coded(N_("Erinnerung: Antrag an das Land für {year} vorbereiten, Frist {due}"),
                                       year=record.year, due=record.submission_due_on)),
        "applicant_deadline_id": (None if submitted else record.applicant_due_on,
                                  coded(N_("Antragsfrist der Träger für {year} endet am {due}"),
                                        year=record.year, due=record.applicant_due_on)
                                  if record.applicant_due_on else None),
    }
    for column, (due, subject) in wanted.items():
        current = session.get(Deadline, getattr(record, column)) if getattr(record, column) else None
        if current is not None and (due is None or current.due_on != due):
            if current.done_at is None:
                current.done_at, current.done_by = utcnow(), user
            current = None
            setattr(record, column, None)
        if current is None and due is not None and subject is not None:
            deadline = open_office_deadline(session, DeadlineKind.follow_up, subject, due, user, user_id)
            session.flush()
            setattr(record, column, deadline.id)


def mark_submitted(uow: UnitOfWork, programme_code: str, year: int, submitted_on: dt.date | str,
                   expected_version: int | None = None) -> None:
    """The application went out: its deadline and reminder are done."""
    with uow:
        actor = uow.act("state-application-submitted", permission="state.plan")
        record = _record(uow.session, programme_code, year, expected_version)
        record.submitted_on = parse_date(submitted_on, _("Eingereicht am"), field="submitted_on")
        _keep_deadlines(uow.session, record, actor.username, actor.id)
        uow.commit()


def _record(session: Session, programme_code: str, year: int, expected_version: int | None) -> StateApplication:
    programme = programme_by_code(session, programme_code)
    record = session.scalar(select(StateApplication).where(StateApplication.programme_id == programme.id,
                                                           StateApplication.year == year))
    if record is None:
        raise NotFound(_("Für {year} ist kein Antrag an das Land angelegt.").format(year=year))
    if expected_version is not None and record.version != expected_version:
        raise ConcurrentEditError(_("Der Antrag an das Land wurde inzwischen von jemand anderem geändert. Bitte neu "
                                    "laden."))
    return record


# -- the county's own lines ----------------------------------------------------------------------------------

def _kind(value: StateLineKind | str) -> StateLineKind:
    try:
        return StateLineKind(value)
    except ValueError:
        raise ValidationError(_("Die Art »{value}« gibt es nicht; möglich: micro_fund (Mikroprojektefonds), "
                                "planning_post (Planungsstelle).").format(value=value), "kind") from None


def _apply_line(session: Session, line: StatePlanLine, data: LineInput) -> None:
    line.kind = _kind(data.kind)
    line.title = require_text(data.title, _("Bezeichnung"), field="title")
    line.eligible_costs = require_non_negative(to_money(data.eligible_costs, "eligible_costs"),
                                               _("Die zuwendungsfähigen Ausgaben"), "eligible_costs")
    line.funding = require_non_negative(to_money(data.funding, "funding"), _("Die Förderung"), "funding")
    if line.funding > line.eligible_costs:
        raise ValidationError(_("Die Förderung ({funding}) darf die zuwendungsfähigen Ausgaben nicht übersteigen.")
                              .format(funding=str(line.funding).replace(".", ",")), "funding")
    field: FieldOfAction | None = field_of_action_by_name(session, data.field_of_action) \
        if data.field_of_action else None
    line.field_of_action_id = field.id if field else None
    line.municipality_id = municipality_by_name(session, data.municipality).id if data.municipality else None


def add_line(uow: UnitOfWork, programme_code: str, year: int, data: LineInput) -> int:
    with uow:
        uow.act("state-line-add", permission="state.plan")
        record = _record(uow.session, programme_code, year, None)
        position = uow.session.scalar(select(func.coalesce(func.max(StatePlanLine.position), 0)).where(
            StatePlanLine.state_application_id == record.id)) or 0
        line = StatePlanLine(state_application_id=record.id, position=position + 1)
        with uow.session.no_autoflush:
            _apply_line(uow.session, line, data)
        uow.session.add(line)
        uow.session.flush()
        line_id = line.id
        uow.commit()
    return line_id


def update_line(uow: UnitOfWork, line_id: int, data: LineInput, expected_version: int | None = None) -> None:
    with uow:
        uow.act("state-line-update", permission="state.plan")
        line = _line(uow.session, line_id, expected_version)
        with uow.session.no_autoflush:
            _apply_line(uow.session, line, data)
        uow.commit()


def remove_line(uow: UnitOfWork, line_id: int, expected_version: int | None = None) -> None:
    with uow:
        uow.act("state-line-remove", permission="state.plan")
        uow.session.delete(_line(uow.session, line_id, expected_version))
        uow.commit()


def _line(session: Session, line_id: int, expected_version: int | None) -> StatePlanLine:
    line = session.get(StatePlanLine, line_id)
    if line is None:
        raise NotFound(_("Die Planzeile Nr. {id} gibt es nicht.").format(id=line_id))
    if expected_version is not None and line.version != expected_version:
        raise ConcurrentEditError(_("Die Planzeile wurde inzwischen von jemand anderem geändert. Bitte neu laden."))
    return line

