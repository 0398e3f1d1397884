"""The coverage report as plain data (no database): what the view, the CLI and the workbook show."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


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
