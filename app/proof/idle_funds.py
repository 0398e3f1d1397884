"""Interest under § 49a Abs. 4 VwVfG on money paid out but not used within the period.

Money paid out on day P must be used within the programme's period (default 2 months: P + period, § 188
BGB). Receipts use the money paid: each receipt's grant share (its accepted amount × the grant's share of
the recognised costs) is taken from the oldest money still unused (first in, first out). Money paid on P
serves receipts paid on or after P; receipts the recipient paid before P (pre-financed) are settled by the
next payment on its own day. What is used after P + period bears interest "for the time from the payment
until the use" (ANBest-P Nr. 9.5): amount × (base rate + surcharge) × days / 365 from P to the day of use,
both days counted; the unrounded parts of all late amounts are added and rounded to the cent once.
Money that is never used is the clawback; its interest is § 49a Abs. 3, not Abs. 4.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from app.kernel.i18n import _
from app.kernel.interest import InterestResult, RateTable, compute_interest
from app.kernel.money import ZERO, format_eur, round_cent
from app.kernel.periods import format_date

_Item = TypeVar("_Item")


@dataclass(frozen=True)
class PaidOut:
    paid_on: dt.date
    amount: Decimal
    use_by: dt.date


@dataclass(frozen=True)
class Use:
    """The grant share of one receipt, used on the day it was paid."""

    day: dt.date
    amount: Decimal
    label: str


@dataclass(frozen=True)
class Allocation:
    """Part of one payment used by one receipt; `interest` only when used after the period."""

    payment: PaidOut
    use: Use
    amount: Decimal
    used_on: dt.date
    interest: InterestResult | None

    @property
    def late(self) -> bool:
        return self.interest is not None


@dataclass(frozen=True)
class IdleFunds:
    allocations: tuple[Allocation, ...]
    unused: tuple[tuple[PaidOut, Decimal], ...]  # money never used by a receipt
    total: Decimal

    @property
    def late(self) -> tuple[Allocation, ...]:
        return tuple(a for a in self.allocations if a.late)

    def unused_lines(self) -> list[str]:
        return [_("Aus der Auszahlung vom {day} nicht verwendet: {amount} (Rückforderung; Zinsen nach § 49a Abs. 3 "
                  "VwVfG).").format(day=format_date(payment.paid_on), amount=format_eur(amount))
                for payment, amount in self.unused]

    def explain(self) -> list[str]:
        lines = [_explain(allocation) for allocation in self.allocations]
        lines += self.unused_lines()
        lines.append(_("Zinsen nach § 49a Abs. 4 VwVfG (Summe der ungerundeten Teilbeträge, auf den Cent gerundet): "
                       "{total}").format(total=format_eur(self.total)))
        return lines


def _explain(a: Allocation) -> str:
    head = _("{label}: {amount} aus der Auszahlung vom {paid} (zu verwenden bis {use_by}), verwendet am {used}").format(
        label=a.use.label, amount=format_eur(a.amount), paid=format_date(a.payment.paid_on),
        use_by=format_date(a.payment.use_by), used=format_date(a.used_on))
    if a.interest is None:
        return head + _(" – rechtzeitig.")
    parts = "; ".join(_("{start}–{end}: {days} Tage × {rate} % = {raw}").format(
        start=format_date(p.start), end=format_date(p.end), days=p.days, rate=str(p.rate).replace(".", ","),
        raw=format_eur(p.raw)) for p in a.interest.parts)
    return head + _(" – verspätet, Zinsen {parts}.").format(parts=parts)


@dataclass
class _Waiting(Generic[_Item]):
    item: _Item
    rest: Decimal


class _Queue(Generic[_Item]):
    """Amounts waiting in order (money paid and not yet used, or receipts not yet financed), each with its rest."""

    def __init__(self) -> None:
        self.items: deque[_Waiting[_Item]] = deque()

    def add(self, item: _Item, amount: Decimal) -> None:
        if amount > 0:
            self.items.append(_Waiting(item, amount))

    def take(self, amount: Decimal) -> tuple[list[tuple[_Item, Decimal]], Decimal]:
        """Up to `amount` from the oldest items: the parts taken and what could not be taken."""
        taken = []
        while amount > 0 and self.items:
            entry = self.items[0]
            part = min(amount, entry.rest)
            taken.append((entry.item, part))
            entry.rest -= part
            amount -= part
            if entry.rest == 0:
                self.items.popleft()
        return taken, amount


def _allocation(payment: PaidOut, use: Use, amount: Decimal, day: dt.date, base_rates: RateTable,
                surcharges: RateTable) -> Allocation:
    interest = compute_interest(amount, payment.paid_on, day, base_rates, surcharges) if day > payment.use_by else None
    return Allocation(payment, use, amount, day, interest)


def idle_fund_interest(payments: Sequence[PaidOut], uses: Sequence[Use], base_rates: RateTable,
                       surcharges: RateTable) -> IdleFunds:
    """Allocate the uses to the payments (first in, first out) and compute the Abs. 4 interest."""
    events = sorted([(p.paid_on, 0, i) for i, p in enumerate(payments)] + [(u.day, 1, i) for i, u in enumerate(uses)])
    money: _Queue[PaidOut] = _Queue()
    backlog: _Queue[Use] = _Queue()
    allocations: list[Allocation] = []
    for day, kind, index in events:
        if kind == 0:  # a payment first settles receipts paid before it (pre-financed), on its own day
            payment = payments[index]
            settled, rest = backlog.take(payment.amount)
            allocations += [_allocation(payment, use, part, day, base_rates, surcharges)
                            for use, part in settled]
            money.add(payment, rest)
        else:
            use = uses[index]
            taken, missing = money.take(use.amount)
            allocations += [_allocation(paid, use, part, day, base_rates, surcharges)
                            for paid, part in taken]
            backlog.add(use, missing)
    raw = sum((part.raw for a in allocations if a.interest for part in a.interest.parts), ZERO)
    unused = tuple((entry.item, entry.rest) for entry in money.items)
    return IdleFunds(tuple(allocations), unused, round_cent(raw))
