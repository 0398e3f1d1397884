"""Read access to the social plan for the user interface: one read session per call, rights checked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.kernel import permissions
from app.kernel.database import Database
from app.kernel.uow import load_actor
from app.social_plan.alignment import AlignmentSheet, alignment_sheet
from app.social_plan.cells import CellCase, CellKey, cell_cases
from app.social_plan.coverage import CoverageReport, coverage
from app.social_plan.plans import PlanChoice, plan_choices


@dataclass
class SocialPlanReader:
    database: Database
    user_name: str

    def _check(self, session: Session) -> None:
        permissions.require(load_actor(session, self.user_name), "case.read")

    def plans(self) -> list[PlanChoice]:
        with self.database.read() as session:
            self._check(session)
            return plan_choices(session)

    def coverage(self, plan_id: int | None = None, years: Sequence[int] | None = None) -> CoverageReport:
        with self.database.read() as session:
            self._check(session)
            return coverage(session, plan_id, years)

    def cell_cases(self, key: CellKey) -> list[CellCase]:
        with self.database.read() as session:
            self._check(session)
            return cell_cases(session, key)

    def alignment(self, reference: str) -> AlignmentSheet:
        with self.database.read() as session:
            self._check(session)
            return alignment_sheet(session, reference)
