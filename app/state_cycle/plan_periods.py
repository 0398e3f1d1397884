"""Plan periods of the county's integrated Fachplan (the social plan's versions): their years and the Kreistag's
resolution that adopted them. Goals and measures belong to a plan period; the coverage matrix and the scoring use
the period valid in a case's year (`app.social_plan.plans.plan_for_year`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.kernel.errors import ConcurrentEditError, NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date, require_text
from app.social_plan.service import check_validity
from db.models import Goal, SocialPlan


@dataclass(frozen=True)
class PlanPeriod:
    id: int
    name: str
    valid_from_year: int
    valid_to_year: int | None
    resolution_number: str | None
    resolution_date: dt.date | None
    goals: int
    version: int

    @property
    def years(self) -> str:
        return f"{self.valid_from_year}–{self.valid_to_year}" if self.valid_to_year else \
            _("ab {year}").format(year=self.valid_from_year)

    @property
    def resolution(self) -> str:
        if not self.resolution_number:
            return _("noch nicht beschlossen")
        day = format_date(self.resolution_date) if self.resolution_date else "–"
        return _("Nr. {number} vom {day}").format(number=self.resolution_number, day=day)


@dataclass(frozen=True)
class PlanPeriodInput:
    name: str
    valid_from_year: int
    valid_to_year: int | None
    resolution_number: str | None = None
    resolution_date: dt.date | str | None = None


def plan_periods(session: Session) -> list[PlanPeriod]:
    counts = dict(session.execute(select(Goal.social_plan_id, func.count()).group_by(Goal.social_plan_id)).all())
    plans = session.scalars(select(SocialPlan).order_by(SocialPlan.valid_from_year.desc(), SocialPlan.id.desc()))
    return [PlanPeriod(p.id, p.name, p.valid_from_year, p.valid_to_year, p.resolution_number, p.resolution_date,
                       int(counts.get(p.id, 0)), p.version) for p in plans]


def save_plan_period(uow: UnitOfWork, plan_id: int | None, data: PlanPeriodInput,
                     expected_version: int | None = None) -> int:
    """Create (plan_id None) or change a plan period with the Kreistag's resolution; both or neither of number and
    date."""
    with uow:
        uow.act("save-plan-period", permission="admin.configure")
        if plan_id is None:
            plan = SocialPlan()
            uow.session.add(plan)
        else:
            found = uow.session.get(SocialPlan, plan_id)
            if found is None:
                raise NotFound(_("Den Sozialplan Nr. {id} gibt es nicht.").format(id=plan_id))
            if expected_version is not None and found.version != expected_version:
                raise ConcurrentEditError(_("Die Planperiode wurde inzwischen von jemand anderem geändert. Bitte neu "
                                            "laden."))
            plan = found
        with uow.session.no_autoflush:
            check_validity(uow.session, plan_id, data.valid_from_year, data.valid_to_year)
            _apply(plan, data)
        uow.session.flush()
        saved = plan.id
        uow.commit()
    return saved


def _apply(plan: SocialPlan, data: PlanPeriodInput) -> None:
    plan.name = require_text(data.name, _("Bezeichnung"), field="name", max_len=160)
    plan.valid_from_year, plan.valid_to_year = data.valid_from_year, data.valid_to_year
    number = clean_text(data.resolution_number, _("Beschlussnummer"), field="resolution_number", required=False,
                        max_len=40)
    day = parse_date(data.resolution_date, _("Beschlussdatum"), field="resolution_date", required=False)
    if bool(number) != (day is not None):
        raise ValidationError(_("Bitte Nummer und Datum des Kreistagsbeschlusses zusammen angeben."),
                              "resolution_number")
    if day is not None and day.year > data.valid_from_year:
        raise ValidationError(_("Der Kreistag beschließt den Fachplan vor seinem Beginn ({year}), nicht am {day}.")
                              .format(year=data.valid_from_year, day=format_date(day)), "resolution_date")
    plan.resolution_number, plan.resolution_date = number or None, day
