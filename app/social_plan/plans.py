"""Which social plan applies, and the plan versions as choices for forms and filters."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from db.models import FieldOfAction, LifePhase, Measure, SocialPlan


@dataclass(frozen=True)
class PlanChoice:
    id: int
    name: str
    valid_from_year: int
    valid_to_year: int | None
    version: int

    @property
    def validity(self) -> str:
        return f"{self.valid_from_year}–{self.valid_to_year}" if self.valid_to_year else \
            _("ab {year}").format(year=self.valid_from_year)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.validity})"


def plan_choices(session: Session) -> list[PlanChoice]:
    plans = session.scalars(select(SocialPlan).order_by(SocialPlan.valid_from_year.desc(), SocialPlan.id.desc()))
    return [PlanChoice(p.id, p.name, p.valid_from_year, p.valid_to_year, p.version) for p in plans]


def plan_for_year(session: Session, year: int) -> SocialPlan | None:
    """The plan version valid in `year` (versions do not overlap; the newest wins if they ever do)."""
    return session.scalar(select(SocialPlan).where(
        SocialPlan.valid_from_year <= year,
        or_(SocialPlan.valid_to_year.is_(None), SocialPlan.valid_to_year >= year),
    ).order_by(SocialPlan.valid_from_year.desc(), SocialPlan.id.desc()).limit(1))


def require_plan(session: Session, plan_id: int | None, year: int) -> SocialPlan:
    """The chosen plan, or the one valid in `year`; a German refusal if there is none."""
    if plan_id is not None:
        plan = session.get(SocialPlan, plan_id)
        if plan is None:
            raise NotFound(_("Den Sozialplan Nr. {id} gibt es nicht.").format(id=plan_id))
        return plan
    plan = plan_for_year(session, year)
    if plan is None:
        raise NotFound(_("Für {year} ist kein Sozialplan hinterlegt.").format(year=year))
    return plan


def plan_years(plan: SocialPlan, current_year: int) -> tuple[int, ...]:
    """All years of the plan's validity; an open-ended plan runs up to the current year."""
    last = plan.valid_to_year if plan.valid_to_year is not None else max(current_year, plan.valid_from_year)
    return tuple(range(plan.valid_from_year, last + 1))


def check_years(plan: SocialPlan, years: tuple[int, ...], current_year: int) -> None:
    valid = plan_years(plan, current_year)
    outside = [y for y in years if y < valid[0] or (plan.valid_to_year is not None and y > plan.valid_to_year)]
    if outside:
        raise ValidationError(_("Der Sozialplan »{name}« gilt {first}–{last}; {years} liegt außerhalb.").format(
            name=plan.name, first=valid[0], last=plan.valid_to_year or _("offen"),
            years=", ".join(str(y) for y in outside)), "year")


@dataclass(frozen=True)
class PlanGoal:
    """A goal of the plan with the names of its life phase and field of action."""

    id: int
    code: str
    title: str
    life_phase_id: int | None
    life_phase_code: str | None
    life_phase: str | None
    field_of_action: str | None
    measures: tuple[Measure, ...]


def plan_goals(session: Session, plan: SocialPlan) -> list[PlanGoal]:
    """The plan's goals grouped by life phase (in the phases' order, cross-cutting goals last), then by code."""
    phases = {p.id: p for p in session.scalars(select(LifePhase))}
    fields = {f.id: f.name for f in session.scalars(select(FieldOfAction))}
    goals = []
    for g in plan.goals:
        phase = phases.get(g.life_phase_id) if g.life_phase_id else None
        goals.append(PlanGoal(g.id, g.code, g.title, g.life_phase_id, phase.code if phase else None,
                              phase.name if phase else None,
                              fields.get(g.field_of_action_id) if g.field_of_action_id else None, tuple(g.measures)))
    order = {p.id: p.position for p in phases.values()}
    return sorted(goals, key=lambda g: (order.get(g.life_phase_id, 99) if g.life_phase_id else 99, g.code))
