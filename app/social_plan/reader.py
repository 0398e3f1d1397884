"""Read access to the social plan for the user interface: one read session per call, rights checked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.kernel.uow import ReaderBase
from app.social_plan.alignment import AlignmentSheet, alignment_sheet
from app.social_plan.cells import CellCase, CellKey, cell_cases
from app.social_plan.coverage import coverage
from app.social_plan.plans import PlanChoice, plan_choices
from reports.excel.model import CoverageReport


@dataclass
class SocialPlanReader(ReaderBase):
    def plans(self) -> list[PlanChoice]:
        with self._session() as session:
            return plan_choices(session)

    def coverage(self, plan_id: int | None = None, years: Sequence[int] | None = None) -> CoverageReport:
        with self._session() as session:
            return coverage(session, plan_id, years)

    def cell_cases(self, key: CellKey) -> list[CellCase]:
        with self._session() as session:
            return cell_cases(session, key)

    def alignment(self, file_number: str) -> AlignmentSheet:
        with self._session() as session:
            return alignment_sheet(session, file_number)
