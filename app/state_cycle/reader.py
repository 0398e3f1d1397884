"""Read access to the state cycle for the window "Landesprogramm" and the command line: one read session per call,
the right to plan the application to the Land checked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.kernel.lookups import programme_by_code
from app.kernel.uow import ReaderBase
from app.state_cycle.decision_list import DecisionList, decision_list
from app.state_cycle.land_application import LandApplication, land_application, load_state_application
from app.state_cycle.plan_periods import PlanPeriod, plan_periods
from db.models import FieldOfAction, Municipality, Programme, StateApplication


@dataclass(frozen=True)
class Choices:
    """What the forms offer: programmes, the years that have an application, Handlungsfelder, municipalities."""

    programmes: tuple[str, ...]
    years: tuple[tuple[str, int], ...]  # (programme code, year) with an application to the Land
    fields_of_action: tuple[str, ...]
    municipalities: tuple[str, ...]


@dataclass
class StateCycleReader(ReaderBase):
    permission = "state.plan"

    def choices(self) -> Choices:
        with self._session() as session:
            programmes = tuple(session.scalars(select(Programme.code).where(Programme.active)
                                               .order_by(Programme.code)))
            years = tuple((code, year) for code, year in session.execute(
                select(Programme.code, StateApplication.year).join(Programme, Programme.id ==
                                                                   StateApplication.programme_id)
                .order_by(StateApplication.year.desc(), Programme.code)))
            fields = tuple(session.scalars(select(FieldOfAction.name).where(FieldOfAction.active)
                                           .order_by(FieldOfAction.label, FieldOfAction.name)))
            places = tuple(session.scalars(select(Municipality.name).where(Municipality.in_district)
                                           .order_by(Municipality.name)))
        return Choices(programmes, years, fields, places)

    def application(self, year: int, programme_code: str | None = None) -> LandApplication:
        with self._session() as session:
            return land_application(session, load_state_application(session, year, programme_code))

    def decision_list(self, year: int, programme_code: str) -> DecisionList:
        with self._session() as session:
            return decision_list(session, programme_by_code(session, programme_code), year)

    def plan_periods(self) -> list[PlanPeriod]:
        with self._session() as session:
            return plan_periods(session)
