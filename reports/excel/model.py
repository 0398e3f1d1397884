"""What the supervisor workbook shows, as plain values (no SQLAlchemy, no enums from `db`).

`reports.excel` writes these; `app.excel.overview` and `app.social_plan.coverage` fill them from the
database. Texts are final German labels (status, life phase …), amounts are exact Decimals, so the
writer never needs to look anything up. The social-plan coverage classes are also what the coverage
view and the CLI show; they read them through `app.social_plan.report`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from reports.i18n import _
from reports.summary.model import Summary

ZERO = Decimal("0.00")
CENT = Decimal("0.01")

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
    ideas: int = 0
    """Ideas of this group: counted apart, neither in `count` nor in `requested`."""
    withdrawn: int = 0
    """Withdrawn applications of this group: counted apart as well."""


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
    deadlines_until: str = ""
    """The last due date listed (German date); empty: no limit."""
    close: Callable[[], None] = lambda: None
    """Releases the database resources behind `cases` (called by the writer, also on cancel)."""
    coverage: CoverageReport | None = None
    """Social-plan coverage for the chosen years (sheet "Sozialplan"); None when no plan applies."""
    summary: Summary | None = None
    """The one-page summary per programme and year (sheet "Überblick", the first one)."""


# -- social-plan coverage (sheet "Sozialplan") ------------------------------------------------------
@dataclass(frozen=True)
class Cell:
    count: int = 0
    amount: Decimal = ZERO
    inhabitants: int | None = None  # of the target age group; None when no figures are stored

    @property
    def gap(self) -> bool:
        return self.count == 0

    @property
    def per_inhabitant(self) -> Decimal | None:
        """Amount per inhabitant of the target group, rounded half up to the cent."""
        if not self.inhabitants:
            return None
        return (self.amount / self.inhabitants).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class MunicipalityColumn:
    id: int
    name: str
    social_area: str | None
    population: int | None
    total: Cell  # distinct funded cases serving any goal of the plan

    @property
    def gap(self) -> bool:
        return self.total.gap


@dataclass(frozen=True)
class GoalRow:
    id: int
    code: str
    title: str
    life_phase_code: str | None
    life_phase: str | None
    field_of_action: str | None
    target_group: str  # e.g. "0–11 Jahre"
    cells: tuple[Cell, ...]  # in the order of CoverageReport.municipalities
    total: Cell

    @property
    def gap(self) -> bool:
        return self.total.gap


@dataclass(frozen=True)
class PhaseRow:
    code: str | None  # None: goals without a life phase (cross-cutting)
    name: str
    target_group: str
    goal_count: int
    cells: tuple[Cell, ...]
    total: Cell

    @property
    def gap(self) -> bool:
        return self.total.gap


@dataclass(frozen=True)
class MeasureTarget:
    id: int
    goal_code: str
    code: str
    title: str
    indicator: str | None
    target_count: int | None
    social_area: str | None
    achieved: int

    @property
    def met(self) -> bool | None:
        return None if self.target_count is None else self.achieved >= self.target_count


@dataclass(frozen=True)
class CoverageReport:
    plan_id: int
    plan_name: str
    years: tuple[int, ...]
    municipalities: tuple[MunicipalityColumn, ...]
    goals: tuple[GoalRow, ...]
    phases: tuple[PhaseRow, ...]
    measures: tuple[MeasureTarget, ...]
    total: Cell  # each funded case serving the plan once
    outside: Cell  # funded cases of these years that serve no goal of the plan

    @property
    def goal_gaps(self) -> list[GoalRow]:
        return [g for g in self.goals if g.gap]

    @property
    def municipality_gaps(self) -> list[MunicipalityColumn]:
        return [m for m in self.municipalities if m.gap]

    @property
    def phase_gaps(self) -> list[PhaseRow]:
        return [p for p in self.phases if p.gap and p.goal_count]

    @property
    def missed_targets(self) -> list[MeasureTarget]:
        return [m for m in self.measures if m.met is False]
