"""What the one-page summary shows, as plain values: final German labels, exact Decimal amounts.

`app.excel.summary` fills it from the database; `reports.excel.summary_sheet` and `reports.summary.pdf`
render it. "Applications" are the cases that were really applied for: ideas and withdrawn applications are
counted apart and never mixed into the requested figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class SummaryGroup:
    """One Handlungsfeld or municipality of a programme-year."""

    key: str
    applications: int
    requested: Decimal
    decided: int
    approved: Decimal
    paid: Decimal
    open: Decimal
    """Approved but not yet paid out (per case, never below zero)."""


@dataclass(frozen=True)
class ProgrammeYear:
    """The key figures of one programme in one fiscal year."""

    programme: str
    programme_name: str
    fiscal_year: int
    allocation: Decimal | None
    """The Haushaltsansatz; None when none is set up."""
    applications: int
    requested: Decimal
    decided: int
    """Cases holding an approval (approved, in funding, proof of use, closed)."""
    approved: Decimal
    """Committed: the approved amount, the final amount once a case is closed (as the budget counts it)."""
    paid: Decimal
    open: Decimal
    rejected: int
    pending: int
    """Applications not yet decided."""
    ideas: int
    withdrawn: int
    by_field: tuple[SummaryGroup, ...]
    by_municipality: tuple[SummaryGroup, ...]

    @property
    def available(self) -> Decimal | None:
        return None if self.allocation is None else self.allocation - self.approved

    @property
    def total(self) -> SummaryGroup:
        """The programme-year as one group (the totals row of each table)."""
        return SummaryGroup("", self.applications, self.requested, self.decided, self.approved, self.paid,
                            self.open)

    @property
    def title(self) -> str:
        return f"{self.programme} {self.fiscal_year} – {self.programme_name}"


@dataclass(frozen=True)
class Summary:
    heading: str
    created: str
    note: str
    blocks: tuple[ProgrammeYear, ...]
