"""Demo: the county's cycle with the Land — the plan period adopted by the Kreistag, and the application to the Land
for next year with the county's own planned lines and a committee resolution, so the window "Landesprogramm" shows
something real."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.kernel import clock
from app.kernel.errors import FoerderDeskError
from app.state_cycle import application_setup as setup
from app.state_cycle.committee_resolutions import ResolutionInput, record_resolution
from app.state_cycle.plan_periods import PlanPeriodInput, save_plan_period
from db.enums import Status
from db.models import Application, Programme, SocialPlan
from demo.setup import DemoWorld

STEERING = "Steuerung, Vernetzung, Nachhaltigkeit und Planung"
COUNSELLING = "Beratung, Unterstützung und Information"
LINES = (("micro_fund", "Mikroprojektefonds (bis 1.500 € je Projekt)", "30000.00", "30000.00", None, None),
         ("planning_post", "Integrierte Sozialplanung (1,0 VZÄ)", "62000.00", "55800.00", STEERING, None),
         ("planning_post", "Netzwerkkoordination Familie (0,5 VZÄ)", "31000.00", "27900.00", STEERING, None),
         ("planning_post", "Koordination Familienlotsen", "24000.00", "21600.00", COUNSELLING, "Sondershausen"))


def create_state_cycle(world: DemoWorld, today: dt.date) -> None:
    planner = world.uow(world.caseworkers[0])
    year = today.year + 1
    _adopt_plan(world)
    outer = clock.provider()
    try:
        clock.set_today(lambda: today)
        setup.save_year(planner, "LPF", year, setup.YearSettings(ceiling="700000.00", cofinancing_rate="30",
                                                                 cofinancing_base="grant"))
        for kind, title, costs, funding, field, place in LINES:
            setup.add_line(planner, "LPF", year, setup.LineInput(kind, title, costs, funding, field, place))
        _resolution(world, year, today)
        due = dt.date(year - 1, 11, 15)
        if today > due:  # the demo's autumn is over: the application went out in time
            setup.mark_submitted(planner, "LPF", year, due - dt.timedelta(days=3))
    finally:
        clock.set_today(outer)


def _adopt_plan(world: DemoWorld) -> None:
    with world.database.read() as session:
        plan = session.scalars(select(SocialPlan).order_by(SocialPlan.id)).first()
        if plan is None:
            return
        plan_id, name, first, last, version = plan.id, plan.name, plan.valid_from_year, plan.valid_to_year, \
            plan.version
    save_plan_period(world.uow("admin"), plan_id, PlanPeriodInput(name, first, last, "KT/0142/2023",
                                                                  dt.date(first - 1, 11, 22)), version)


def _resolution(world: DemoWorld, year: int, today: dt.date) -> None:
    """The Jugendhilfeausschuss has already agreed to the first proposed project of next year."""
    with world.database.read() as session:
        ref = session.scalar(select(Application.file_number).join(Programme).where(
            Programme.code == "LPF", Application.fiscal_year == year, Application.file_number.is_not(None),
            Application.status.not_in((Status.idea, Status.rejected, Status.withdrawn, Status.closed)))
            .order_by(Application.file_number).limit(1))
    if ref is None:
        return
    try:
        record_resolution(world.uow(world.caseworkers[0]), ref, ResolutionInput(
            "youth_welfare", "JHA/031/2026", today - dt.timedelta(days=3), "approved"))
    except FoerderDeskError:
        return  # the demo stays usable without it
