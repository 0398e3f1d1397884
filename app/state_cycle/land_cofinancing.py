"""The county's co-financing of the Land's grant to the county (`StateGrant`): a share of the state grant, or of the
eligible costs, which at this level are the state grant plus the co-financing (the Träger's own funds are not the
county's money). The application's measure lines use `app.state_cycle.cofinancing`, where the base is a line's
grant to the Träger or its eligible costs; the two levels share the setting's values (`db.enums.CofinancingBase`),
not one formula."""

from __future__ import annotations

from decimal import Decimal

from app.kernel.money import round_cent
from db.enums import CofinancingBase

ZERO = Decimal("0.00")


def cofinancing_amount(grant: Decimal, rate: Decimal, base: CofinancingBase) -> Decimal:
    """What the county adds to `grant`: `rate` of the grant, or `rate` of grant + co-financing (eligible costs)."""
    if base == CofinancingBase.grant:
        return round_cent(grant * rate)
    return round_cent(grant * rate / (1 - rate))


def cofinancing_part(spent: Decimal, grant: Decimal, cofinancing: Decimal) -> Decimal:
    """The county's part of money spent from the budget: each euro is split like grant : co-financing."""
    total = grant + cofinancing
    if total <= 0:
        return ZERO
    return round_cent(spent * cofinancing / total)
