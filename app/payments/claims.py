"""What is still owed on a clawback (Rückforderung) on a given day: principal and § 49a Abs. 3 interest.

The Rückforderungsbescheid fixes the principal and the interest up to a day (normally the due date,
`interest_to`). After that day, interest goes on running on the principal still outstanding until the day
of each payment (both days counted, actual/365, split at every change of the base rate, see
`app.kernel.interest`). A payment settles the interest owed first, then the principal (§ 367 Abs. 1 BGB); the
interest part of each repayment is stored with it. Waived interest (§ 49a Abs. 3 Satz 2) stays waived.
A claim is settled when principal and interest are both paid in full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.kernel.interest import RateTable, compute_interest
from app.kernel.money import ZERO

_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class ClaimTerms:
    """The decided claim: principal, decided interest (up to `interest_to`), waiver."""

    principal: Decimal
    decided_interest: Decimal
    interest_to: dt.date
    waived: bool = False


@dataclass(frozen=True)
class PaidPart:
    """A recorded repayment: day, amount and the part of it that settled interest."""

    paid_on: dt.date
    amount: Decimal
    interest_part: Decimal


@dataclass(frozen=True)
class Balance:
    """Outstanding on `day`: principal, interest (decided and further) and the further interest alone."""

    day: dt.date
    principal: Decimal
    interest: Decimal
    further_interest: Decimal  # accrued after `interest_to`, paid or not

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest

    @property
    def settled(self) -> bool:
        return self.total == ZERO


@dataclass(frozen=True)
class Split:
    """How one payment is applied: to interest first, then to the principal."""

    interest_part: Decimal
    principal_part: Decimal


def _further(principal: Decimal, start: dt.date, end: dt.date, terms: ClaimTerms, base: RateTable,
             surcharge: RateTable) -> Decimal:
    if terms.waived or principal <= ZERO or end < start:
        return ZERO
    return compute_interest(principal, start, end, base, surcharge).total


def balance_on(terms: ClaimTerms, paid: Sequence[PaidPart], day: dt.date, base: RateTable,
               surcharge: RateTable) -> Balance:
    """What is owed on `day` (interest until and including `day`) after the recorded repayments."""
    principal = terms.principal
    interest = ZERO if terms.waived else terms.decided_interest
    further_total = ZERO
    accrued_to = terms.interest_to
    for part in sorted(paid, key=lambda p: p.paid_on):
        further = _further(principal, accrued_to + _ONE_DAY, part.paid_on, terms, base, surcharge)
        further_total += further
        interest += further
        accrued_to = max(accrued_to, part.paid_on)
        interest -= part.interest_part
        principal -= part.amount - part.interest_part
    further = _further(principal, accrued_to + _ONE_DAY, day, terms, base, surcharge)
    return Balance(day, principal, interest + further, further_total + further)


def split_payment(amount: Decimal, balance: Balance) -> Split:
    """Apply `amount` to the interest owed first, the rest to the principal."""
    to_interest = min(amount, max(balance.interest, ZERO))
    return Split(to_interest, amount - to_interest)
