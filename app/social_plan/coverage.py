"""Coverage of the social plan: goals × municipalities and life phases × municipalities, gaps, targets.

For a plan and its years (all of them by default): per goal and municipality the number of funded
projects serving the goal and their amounts, and the amount per inhabitant of the goal's target age
group (`app.social_plan.age_groups`). A case linked to two goals counts once in each goal's row;
per municipality and in the grand total it counts once. A goal, life phase or municipality in which
nothing was funded is a gap. A measure with a target count is met when at least that many funded
cases serve it (within its target social area, if one is set). See `links` for what counts as funded.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.kernel import clock
from app.kernel.i18n import _
from app.social_plan.age_groups import target_label
from app.social_plan.links import Sums, funded, funded_amount, goal_links, measure_links, sums
from app.social_plan.plans import PlanGoal, check_years, plan_goals, plan_years, require_plan
from app.social_plan.population import Population, load_population
from db.models import Application, Goal, LifePhase, Measure, Municipality, SocialArea, SocialPlan
from reports.excel.model import ZERO, Cell, CoverageReport, GoalRow, MeasureTarget, MunicipalityColumn, PhaseRow


def coverage(session: Session, plan_id: int | None = None, years: Sequence[int] | None = None) -> CoverageReport:
    """The coverage report; without a plan, the plan valid in the first year (or this year)."""
    current = clock.today().year
    plan = require_plan(session, plan_id, years[0] if years else current)
    chosen = tuple(sorted(set(years))) if years else plan_years(plan, current)
    check_years(plan, chosen, current)
    municipalities = _municipalities(session)
    population = load_population(session, [m.id for m in municipalities], max(chosen))
    goals = plan_goals(session, plan)
    goal_rows = _goal_rows(session, plan, chosen, goals, municipalities, population)
    return CoverageReport(
        plan_id=plan.id, plan_name=plan.name, years=chosen,
        municipalities=_columns(session, plan, chosen, municipalities, population),
        goals=goal_rows, phases=_phase_rows(session, plan, chosen, goals, municipalities, population),
        measures=_targets(session, plan, chosen), total=_total(session, plan, chosen, population),
        outside=_outside(session, plan, chosen))


def _municipalities(session: Session) -> list[Municipality]:
    found = list(session.scalars(select(Municipality).where(Municipality.in_district)))
    return sorted(found, key=lambda m: (m.social_area_id is None, m.social_area_id or 0, m.name))


def _cells(found: Sums, key: Hashable, municipalities: list[Municipality],
           population: Population, phase: str | None) -> tuple[Cell, ...]:
    cells = []
    for m in municipalities:
        count, amount = found.get((key, m.id), (0, ZERO))
        cells.append(Cell(count, amount, population.inhabitants(m.id, phase)))
    return tuple(cells)


def _row_total(cells: tuple[Cell, ...], population: Population, phase: str | None) -> Cell:
    return Cell(sum(c.count for c in cells), sum((c.amount for c in cells), ZERO), population.district(phase))


def _goal_rows(session: Session, plan: SocialPlan, years: tuple[int, ...], goals: list[PlanGoal],
               municipalities: list[Municipality], population: Population) -> tuple[GoalRow, ...]:
    links = goal_links(plan.id)
    found = sums(session, select(links.c.goal_id, Application.municipality_id, func.count(Application.id),
                                 func.sum(funded_amount()))
                 .join(Application, Application.id == links.c.application_id).where(funded(years))
                 .group_by(links.c.goal_id, Application.municipality_id))
    rows = []
    for goal in goals:
        phase = goal.life_phase_code
        cells = _cells(found, goal.id, municipalities, population, phase)
        rows.append(GoalRow(goal.id, goal.code, goal.title, phase, goal.life_phase, goal.field_of_action,
                            target_label(phase), cells, _row_total(cells, population, phase)))
    return tuple(rows)


def _phase_rows(session: Session, plan: SocialPlan, years: tuple[int, ...], goals: list[PlanGoal],
                municipalities: list[Municipality], population: Population) -> tuple[PhaseRow, ...]:
    links = goal_links(plan.id)
    pairs = select(links.c.application_id, links.c.life_phase_id).distinct().subquery("phase_links")
    found = sums(session, select(pairs.c.life_phase_id, Application.municipality_id, func.count(Application.id),
                                 func.sum(funded_amount()))
                 .join(Application, Application.id == pairs.c.application_id).where(funded(years))
                 .group_by(pairs.c.life_phase_id, Application.municipality_id))
    phases: list[tuple[int | None, str | None, str]] = [
        (p.id, p.code, p.name) for p in session.scalars(select(LifePhase).order_by(LifePhase.position))]
    if any(g.life_phase_id is None for g in goals):
        phases.append((None, None, _("Übergreifend (ohne Lebensphase)")))
    rows = []
    for phase_id, code, name in phases:
        cells = _cells(found, phase_id, municipalities, population, code)
        rows.append(PhaseRow(code, name, target_label(code), sum(1 for g in goals if g.life_phase_id == phase_id),
                             cells, _row_total(cells, population, code)))
    return tuple(rows)


def _served(plan: SocialPlan) -> Select[tuple[int]]:
    links = goal_links(plan.id)
    return select(links.c.application_id).distinct()


def _columns(session: Session, plan: SocialPlan, years: tuple[int, ...], municipalities: list[Municipality],
             population: Population) -> tuple[MunicipalityColumn, ...]:
    found = sums(session, select(Application.municipality_id, func.count(Application.id), func.sum(funded_amount()))
                 .where(funded(years), Application.id.in_(_served(plan))).group_by(Application.municipality_id))
    areas = {a.id: a.name for a in session.scalars(select(SocialArea))}
    return tuple(MunicipalityColumn(
        m.id, m.name, areas.get(m.social_area_id) if m.social_area_id else None, m.population,
        Cell(*found.get((m.id,), (0, ZERO)), population.inhabitants(m.id, None))) for m in municipalities)


def _total(session: Session, plan: SocialPlan, years: tuple[int, ...], population: Population) -> Cell:
    count, amount = sums(session, select(func.count(Application.id), func.sum(funded_amount())).where(
        funded(years), Application.id.in_(_served(plan)))).get((), (0, ZERO))
    return Cell(count, amount, population.district(None))


def _outside(session: Session, plan: SocialPlan, years: tuple[int, ...]) -> Cell:
    count, amount = sums(session, select(func.count(Application.id), func.sum(funded_amount())).where(
        funded(years), Application.id.not_in(_served(plan)))).get((), (0, ZERO))
    return Cell(count, amount)


def _targets(session: Session, plan: SocialPlan, years: tuple[int, ...]) -> tuple[MeasureTarget, ...]:
    links = measure_links()
    achieved = {measure_id: count for measure_id, count in session.execute(
        select(Measure.id, func.count(func.distinct(Application.id)))
        .join(links, links.c.measure_id == Measure.id).join(Application, Application.id == links.c.application_id)
        .join(Municipality, Municipality.id == Application.municipality_id).join(Goal, Goal.id == Measure.goal_id)
        .where(Goal.social_plan_id == plan.id, funded(years),
               Measure.target_social_area_id.is_(None)
               | (Municipality.social_area_id == Measure.target_social_area_id))
        .group_by(Measure.id))}
    areas = {a.id: a.name for a in session.scalars(select(SocialArea))}
    goals = plan_goals(session, plan)
    return tuple(MeasureTarget(m.id, g.code, m.code, m.title, m.target_indicator, m.target_count,
                               areas.get(m.target_social_area_id) if m.target_social_area_id else None,
                               int(achieved.get(m.id, 0))) for g in goals for m in g.measures)
