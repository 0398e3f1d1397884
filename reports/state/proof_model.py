"""Plain data of the county's proof of use to the Land; `app.state_cycle.land_proof` fills it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reports.letters import Letterhead

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ProofCase:
    file_number: str
    applicant: str
    title: str
    paid: Decimal
    claimed: Decimal
    repaid: Decimal

    @property
    def net(self) -> Decimal:
        return self.paid - self.repaid


@dataclass(frozen=True)
class MeasureGroup:
    measure: str
    cases: tuple[ProofCase, ...]

    def total(self, name: str) -> Decimal:
        return sum((getattr(case, name) for case in self.cases), ZERO)


@dataclass(frozen=True)
class Narrative:
    file_number: str
    title: str
    applicant: str
    text: str


@dataclass(frozen=True)
class FieldGroup:
    field: str  # Handlungsfeld
    measures: tuple[MeasureGroup, ...]
    narratives: tuple[Narrative, ...]

    def total(self, name: str) -> Decimal:
        return sum((measure.total(name) for measure in self.measures), ZERO)

    @property
    def case_count(self) -> int:
        return sum(len(measure.cases) for measure in self.measures)


@dataclass(frozen=True)
class StateSource:
    """One grant of the Land to the county and how it was used."""

    programme: str
    ministry_file_number: str
    decided_on: str
    state_grant: Decimal
    received: Decimal
    cofinancing_rule: str  # e.g. "30 % der Zuwendung"
    cofinancing: Decimal
    cofinancing_spent: Decimal
    net_paid: Decimal
    state_spent: Decimal
    unspent: Decimal


@dataclass(frozen=True)
class StateProof:
    letterhead: Letterhead
    year: int
    created: str  # "Sondershausen, 07.12.2026"
    sources: tuple[StateSource, ...]
    fields: tuple[FieldGroup, ...]

    def total(self, name: str) -> Decimal:
        return sum((field.total(name) for field in self.fields), ZERO)

    def source_total(self, name: str) -> Decimal:
        return sum((getattr(source, name) for source in self.sources), ZERO)
