"""Sums of the cost and financing plan (planned figures)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from db.enums import CostCategory, FundingKind
from db.models import Application

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PlanSums:
    total_costs: Decimal
    eligible_costs: Decimal
    investment_eligible: Decimal
    own_funds: Decimal
    third_party_funds: Decimal
    other_income: Decimal
    requested: Decimal

    @property
    def financing_total(self) -> Decimal:
        return self.own_funds + self.third_party_funds + self.other_income + self.requested

    @property
    def gap(self) -> Decimal:
        """Costs not covered (positive) or over-financed (negative)."""
        return self.total_costs - self.financing_total


def plan_sums(app: Application) -> PlanSums:
    def funding(kind: FundingKind) -> Decimal:
        return sum((f.planned_amount for f in app.funding_lines if f.kind == kind), ZERO)

    return PlanSums(
        total_costs=sum((c.planned_amount for c in app.cost_lines), ZERO),
        eligible_costs=sum((c.planned_amount for c in app.cost_lines if c.eligible), ZERO),
        investment_eligible=sum((c.planned_amount for c in app.cost_lines
                                 if c.eligible and c.category == CostCategory.investment), ZERO),
        own_funds=funding(FundingKind.own),
        third_party_funds=funding(FundingKind.third_party),
        other_income=funding(FundingKind.other_income),
        requested=app.requested_amount,
    )
