"""The county's part of money spent from a programme-year's budget (Landesmittel + Kofinanzierung).

How much co-financing goes with the Land's grant is the one rule in `app.state_cycle.cofinancing`; this module only
divides spent money between the two sources.
"""

from __future__ import annotations

from decimal import Decimal

from app.kernel.money import round_cent

ZERO = Decimal("0.00")


def cofinancing_part(spent: Decimal, grant: Decimal, cofinancing: Decimal) -> Decimal:
    """The county's part of money spent from the budget: each euro is split like grant : co-financing."""
    total = grant + cofinancing
    if total <= 0:
        return ZERO
    return round_cent(spent * cofinancing / total)
