"""What is owed on a clawback (Rückforderung) on a given day: costs, principal and § 49a VwVfG interest.

Interest under § 49a Abs. 3 runs on the principal still outstanding from the day the grant decision became
ineffective (`Clawback.interest_from`) until the day of each payment. The day of a payment still bears interest
on the balance before it; the reduced balance bears interest from the next day. Each stretch between payments is
split at every change of the base rate or the surcharge (1 January, 1 July) and earns principal × rate × days /
365, first and last day counted (`app.kernel.interest`). The unrounded stretches are added and rounded to the
cent once for the day asked for: a claim without payments owes exactly `compute_interest` over the whole period,
and on the day of a payment the interest owed is that rounded sum less the interest paid before.

The interest the decision quotes up to its due date (`Clawback.interest_to`, `interest_abs3`) is what is owed
if the money arrives on that day; paid earlier, less is owed, later more. Interest under § 49a Abs. 4 (money
used too late) is fixed by the decision and owed from it. Waived interest (§ 49a Abs. 3 Satz 2) is not charged.
FörderDesk records no costs on a claim yet: their part is 0,00 €, and the order below keeps their place.

A payment settles costs, interest and principal in the configured order (`app.kernel.settlement`, default
§ 367 Abs. 1 BGB). The split of a recorded repayment is stored with it and replayed as booked, so a later change
of the order does not rewrite past bookings. If a booking made under an earlier calculation paid more on a part
than is owed there now, the excess goes to the other parts in the order; what exceeds the whole claim is shown
as overpaid (to be refunded). The claim is settled when nothing is open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel import settings
from app.kernel.i18n import _
from app.kernel.interest import InterestResult, RateTable, compute_interest
from app.kernel.money import ZERO, format_eur, round_cent
from app.kernel.periods import format_date
from app.kernel.rates import base_rate_table, surcharge_table
from app.kernel.settlement import COSTS, DEFAULT_ORDER, INTEREST, PARTS, PRINCIPAL, allocate, part_label
from db.models import Clawback, Repayment

_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class ClaimTerms:
    """The decided claim: principal, start of the running interest, fixed interest, waiver, costs."""

    principal: Decimal
    interest_from: dt.date | None  # first day of § 49a Abs. 3 interest; None: none runs
    fixed_interest: Decimal = ZERO  # § 49a Abs. 4, fixed by the decision
    waived: bool = False
    costs: Decimal = ZERO


@dataclass(frozen=True)
class PaidPart:
    """A recorded repayment: day, amount and the parts of it booked to interest and costs."""

    paid_on: dt.date
    amount: Decimal
    interest_part: Decimal
    costs_part: Decimal = ZERO


@dataclass(frozen=True)
class AppliedPayment:
    """One payment as applied: what was open on its day and what it settled."""

    paid_on: dt.date
    amount: Decimal
    owed: dict[str, Decimal]  # open before the payment, interest up to and including its day
    settled: dict[str, Decimal]
    overpaid: Decimal


@dataclass(frozen=True)
class Balance:
    """Open on `day` (interest up to and including `day`), and how it came about."""

    day: dt.date
    costs: Decimal
    principal: Decimal
    interest: Decimal
    interest_accrued: Decimal  # § 49a Abs. 3 up to `day` (rounded once) plus Abs. 4, paid or not
    overpaid: Decimal = ZERO  # received beyond the whole claim (only after bookings under an earlier calculation)
    events: tuple[InterestResult | AppliedPayment, ...] = field(default=(), compare=False)
    waived: bool = False

    @property
    def total(self) -> Decimal:
        return self.costs + self.principal + self.interest

    @property
    def settled(self) -> bool:
        return self.total == ZERO

    def owed(self) -> dict[str, Decimal]:
        return {COSTS: self.costs, INTEREST: self.interest, PRINCIPAL: self.principal}

    def explain(self) -> list[str]:
        """German lines: each interest stretch, each payment and what it settled, the balance on `day`."""
        lines = [_("Zinsen nach § 49a Abs. 3 VwVfG werden nicht erhoben.")] if self.waived else []
        for event in self.events:
            lines.extend(event.part_lines() if isinstance(event, InterestResult) else [_payment_line(event)])
        lines.append(_("Stand am {day}: Hauptforderung {principal}, Zinsen {interest} (bis zu diesem Tag insgesamt "
                       "{accrued}, Summe der ungerundeten Teilbeträge auf den Cent gerundet), offen insgesamt "
                       "{total}").format(day=format_date(self.day), principal=format_eur(self.principal),
                                         interest=format_eur(self.interest), accrued=format_eur(self.interest_accrued),
                                         total=format_eur(self.total)))
        if self.overpaid:
            lines.append(_("Überzahlt: {amount} (zu erstatten)").format(amount=format_eur(self.overpaid)))
        return lines


def _parts_text(parts: dict[str, Decimal]) -> str:
    shown = [f"{part_label(part)} {format_eur(amount)}" for part, amount in parts.items()
             if amount or part != COSTS]
    return ", ".join(shown)


def _payment_line(payment: AppliedPayment) -> str:
    return _("{day}: Zahlung {amount}; offen waren {owed}; getilgt: {settled}").format(
        day=format_date(payment.paid_on), amount=format_eur(payment.amount),
        owed=_parts_text({part: payment.owed[part] for part in PARTS}), settled=_parts_text(payment.settled))


class _Ledger:
    """Replays the payments of one claim in the order they arrived."""

    def __init__(self, terms: ClaimTerms, rates: tuple[RateTable, RateTable], order: Sequence[str]) -> None:
        self.terms, self.rates, self.order = terms, rates, order
        self.principal, self.costs = terms.principal, terms.costs
        runs = terms.interest_from is not None and not terms.waived
        self.counted_to = terms.interest_from - _ONE_DAY if runs and terms.interest_from else None
        self.fixed = ZERO if terms.waived else terms.fixed_interest
        self.raw = Decimal(0)
        self.interest_paid = ZERO
        self.overpaid = ZERO
        self.events: list[InterestResult | AppliedPayment] = []

    def accrue_to(self, day: dt.date) -> None:
        if self.counted_to is None or day <= self.counted_to:
            return
        if self.principal > ZERO:
            stretch = compute_interest(self.principal, self.counted_to + _ONE_DAY, day, *self.rates)
            self.raw += sum((part.raw for part in stretch.parts), Decimal(0))
            self.events.append(stretch)
        self.counted_to = day

    def accrued(self) -> Decimal:
        return self.fixed + round_cent(self.raw)

    def owed(self) -> dict[str, Decimal]:
        return {COSTS: self.costs, INTEREST: self.accrued() - self.interest_paid, PRINCIPAL: self.principal}

    def apply(self, paid: PaidPart) -> None:
        owed = self.owed()
        booked = {COSTS: paid.costs_part, INTEREST: paid.interest_part,
                  PRINCIPAL: paid.amount - paid.interest_part - paid.costs_part}
        settled = {part: max(ZERO, min(booked[part], owed[part])) for part in PARTS}
        rest = paid.amount - sum(settled.values(), ZERO)
        if rest > ZERO:  # a booking under an earlier calculation: the excess goes on in the order
            extra = allocate(rest, {part: owed[part] - settled[part] for part in PARTS}, self.order)
            settled = {part: settled[part] + extra.get(part, ZERO) for part in PARTS}
            rest = paid.amount - sum(settled.values(), ZERO)
        self.costs -= settled[COSTS]
        self.interest_paid += settled[INTEREST]
        self.principal -= settled[PRINCIPAL]
        self.overpaid += rest
        self.events.append(AppliedPayment(paid.paid_on, paid.amount, owed, settled, rest))

    def balance(self, day: dt.date) -> Balance:
        owed = self.owed()
        return Balance(day, owed[COSTS], owed[PRINCIPAL], owed[INTEREST], self.accrued(), self.overpaid,
                       tuple(self.events), self.terms.waived)


def balance_on(terms: ClaimTerms, paid: Sequence[PaidPart], day: dt.date, rates: tuple[RateTable, RateTable],
               order: Sequence[str] = DEFAULT_ORDER) -> Balance:
    """What is owed on `day` after the payments received up to and including that day.

    `paid` in the order the payments arrived; `rates` = (base rates, surcharges).
    """
    ledger = _Ledger(terms, rates, order)
    for part in sorted((p for p in paid if p.paid_on <= day), key=lambda p: p.paid_on):
        ledger.accrue_to(part.paid_on)
        ledger.apply(part)
    ledger.accrue_to(day)
    return ledger.balance(day)


def split_payment(amount: Decimal, balance: Balance, order: Sequence[str] = DEFAULT_ORDER) -> dict[str, Decimal]:
    """How a payment of `amount` on `balance.day` settles the open parts, in `order`."""
    return allocate(amount, balance.owed(), order)


def claim_terms(claim: Clawback) -> ClaimTerms:
    return ClaimTerms(claim.amount, claim.interest_from, claim.interest_abs4, claim.interest_waived)


def paid_parts(session: Session, claim_id: int) -> list[PaidPart]:
    rows = session.scalars(select(Repayment).where(Repayment.clawback_id == claim_id)
                           .order_by(Repayment.paid_on, Repayment.id))
    return [PaidPart(r.paid_on, r.amount, r.interest_part) for r in rows]


def claim_balance(session: Session, claim: Clawback, day: dt.date) -> Balance:
    """What is owed on the clawback on `day` (interest up to and including that day), with the stored
    rates and the configured order of settlement."""
    return balance_on(claim_terms(claim), paid_parts(session, claim.id), day,
                      (base_rate_table(session), surcharge_table(session)), settings.settlement_order(session))
