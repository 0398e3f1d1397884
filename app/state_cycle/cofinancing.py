"""The county's co-financing of the Land programme: a share (default 30 %) of the grant or of the eligible costs.

Sources disagree about the base, so it is a setting per year (`CofinancingBase`). The county's share of a line is
rounded up to the cent, so that the sum of the lines never falls below the rate of the sum of their bases: the rule
holds for the whole application as it holds for each line. The Land's share is what remains of the grant.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_UP, Decimal

from app.kernel.i18n import _
from db.enums import CofinancingBase

CENT = Decimal("0.01")
DEFAULT_RATE = Decimal("0.3000")
BASE_LABELS = {CofinancingBase.grant: _("der Zuwendung"), CofinancingBase.eligible_costs:
               _("der zuwendungsfähigen Ausgaben")}


@dataclass(frozen=True)
class Split:
    """One planned line divided between the Land and the county."""

    eligible_costs: Decimal
    funding: Decimal  # the grant planned for the measure (Zuwendung)
    county_share: Decimal
    state_share: Decimal


@dataclass(frozen=True)
class CofinancingRule:
    rate: Decimal
    base: CofinancingBase

    def base_of(self, eligible_costs: Decimal, funding: Decimal) -> Decimal:
        return funding if self.base == CofinancingBase.grant else eligible_costs

    def required(self, base_amount: Decimal) -> Decimal:
        """The county's share of a base amount, rounded up to the cent."""
        return (self.rate * base_amount).quantize(CENT, rounding=ROUND_UP)

    def split(self, eligible_costs: Decimal, funding: Decimal) -> Split:
        county = min(self.required(self.base_of(eligible_costs, funding)), funding)
        return Split(eligible_costs, funding, county, funding - county)

    def holds(self, eligible_costs: Decimal, funding: Decimal, county_share: Decimal) -> bool:
        """Whether a county share meets the rule for these totals (the check the application is held to)."""
        return county_share >= self.rate * self.base_of(eligible_costs, funding)
