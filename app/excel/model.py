"""Read models of the supervisor workbook: plain values only (no SQLAlchemy, no enums from `db`).

`reports.excel` writes these; `app.excel.overview` fills them from the database.
Texts are final German labels (status, life phase …), amounts are exact Decimals,
so the writer never needs to look anything up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from app.kernel.i18n import _
from app.social_plan.report import CoverageReport

Progress = Callable[[int, int], bool]
"""(done, total) → continue? Returning False cancels the export."""


@dataclass(frozen=True)
class OverviewCase:
    """One row of the sheet "Anträge"."""

    file_number: str
    title: str
    applicant: str
    applicant_type: str
    municipality: str | None
    programme: str
    fiscal_year: int
    status: str
    life_phase: str | None
    field_of_action: str | None
    received_on: dt.date | None
    start_date: dt.date | None
    end_date: dt.date | None
    requested: Decimal
    approved: Decimal | None
    paid: Decimal
    final: Decimal | None
    next_deadline: dt.date | None


@dataclass(frozen=True)
class BudgetLine:
    """One programme-year of the sheet "Haushalt"."""

    programme: str
    programme_name: str
    fiscal_year: int
    allocation: Decimal
    approved: Decimal
    paid: Decimal

    @property
    def available(self) -> Decimal:
        return self.allocation - self.approved

    @property
    def utilisation(self) -> Decimal | None:
        """Share of the allocation that is committed (0.25 = 25 %), None without an allocation."""
        if self.allocation == 0:
            return None
        return (self.approved / self.allocation).quantize(Decimal("0.0001"))


@dataclass(frozen=True)
class GroupSum:
    """Count and sums of the cases that share one value of a dimension."""

    key: str
    count: int
    requested: Decimal
    approved: Decimal
    paid: Decimal


@dataclass(frozen=True)
class Breakdown:
    """A table of the sheet "Auswertung": one dimension (Status, Lebensphase …) and its groups."""

    dimension: str
    groups: tuple[GroupSum, ...]

    @property
    def title(self) -> str:
        return _("nach {dimension}").format(dimension=self.dimension)


@dataclass(frozen=True)
class DeadlineLine:
    """One open deadline of the sheet "Fristen"."""

    due_on: dt.date
    kind: str
    title: str
    file_number: str
    case_title: str
    assigned_to: str | None
    days_left: int


@dataclass
class Overview:
    """Everything the workbook shows. `cases` is consumed once, in order (streamed from the database)."""

    heading: str
    filter_text: str
    created: str
    case_count: int
    cases: Iterator[OverviewCase]
    budgets: list[BudgetLine] = field(default_factory=list)
    breakdowns: list[Breakdown] = field(default_factory=list)
    deadlines: Iterable[DeadlineLine] = ()
    """Open deadlines by due date, consumed once after the cases (streamed as well)."""
    deadline_count: int = 0
    overdue_count: int = 0
    close: Callable[[], None] = lambda: None
    """Releases the database resources behind `cases` (called by the writer, also on cancel)."""
    coverage: CoverageReport | None = None
    """Social-plan coverage for the chosen years (sheet "Sozialplan"); None when no plan applies."""
