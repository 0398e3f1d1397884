"""Rules of the payment plan and of the money committed to a case.

* Committed money of a case = paid + every payment order that is neither paid nor cancelled + (for new
  requests) open Mittelabrufe that have no live order yet. It never exceeds the approved amount; the use
  cases check it with the case row locked, so two people ordering at the same moment are checked one after
  the other.
* Instalments (Raten) add up to the approved amount to the cent and fall within the grant period.
* Funds paid out must be used within the programme's use-within period (default 2 months). A payment is
  early when its money cannot be spent in that period: the period ends before the grant period starts, or
  the money paid up to then exceeds what the project needs by the end of that period, assuming costs spread
  evenly over the grant period. Early payments are warned about, not refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import CENT, ZERO, MoneyInput, format_eur, require_positive, round_cent, to_money
from app.kernel.periods import add_months, format_date
from app.kernel.validation import require_date
from db.enums import OrderState, PaymentRequestState
from db.models import PaymentOrder, PaymentRequest

LIVE_ORDER_STATES = (OrderState.draft, OrderState.factual, OrderState.ordered, OrderState.exported)
MAX_INSTALMENTS = 24


def open_order_sum(session: Session, application_id: int, exclude_order_id: int | None = None) -> Decimal:
    """Sum of the case's orders that are neither paid nor cancelled (optionally without one order)."""
    query = select(func.coalesce(func.sum(PaymentOrder.amount), 0)).where(
        PaymentOrder.application_id == application_id, PaymentOrder.state.in_(LIVE_ORDER_STATES))
    if exclude_order_id is not None:
        query = query.where(PaymentOrder.id != exclude_order_id)
    return Decimal(session.scalar(query) or 0).quantize(CENT)


def open_request_sum(session: Session, application_id: int, exclude_request_id: int | None = None) -> Decimal:
    """Open Mittelabrufe of the case that no live order covers yet (an order counts for its request)."""
    covered = select(PaymentOrder.payment_request_id).where(
        PaymentOrder.payment_request_id.is_not(None), PaymentOrder.state.in_(LIVE_ORDER_STATES))
    query = select(func.coalesce(func.sum(PaymentRequest.amount), 0)).where(
        PaymentRequest.application_id == application_id, PaymentRequest.state == PaymentRequestState.open,
        PaymentRequest.id.not_in(covered))
    if exclude_request_id is not None:
        query = query.where(PaymentRequest.id != exclude_request_id)
    return Decimal(session.scalar(query) or 0).quantize(CENT)


@dataclass(frozen=True)
class Instalment:
    position: int
    due_on: dt.date
    amount: Decimal


def check_instalments(items: Sequence[tuple[dt.date | str | None, MoneyInput]], approved: Decimal | None,
                      start: dt.date | None, end: dt.date | None) -> list[Instalment]:
    """Instalments (due date, amount) checked against the approved amount and the grant period, by date."""
    if approved is None or start is None or end is None:
        raise ValidationError(_("Ein Zahlungsplan setzt einen bewilligten Betrag und einen Bewilligungszeitraum "
                                "voraus."), "instalments")
    if not items:
        raise ValidationError(_("Bitte mindestens eine Rate angeben."), "instalments")
    if len(items) > MAX_INSTALMENTS:
        raise ValidationError(_("Höchstens {n} Raten sind möglich.").format(n=MAX_INSTALMENTS), "instalments")
    parsed = [_instalment(number, due, amount, start, end) for number, (due, amount) in enumerate(items, start=1)]
    total = sum((i.amount for i in parsed), ZERO)
    if total != approved:
        difference = approved - total
        detail = _("es fehlen {d}").format(d=format_eur(difference)) if difference > 0 else \
            _("das sind {d} zu viel").format(d=format_eur(-difference))
        raise ValidationError(_("Die Raten ergeben zusammen {total}, bewilligt sind {approved}; {detail}. Die Raten "
                                "müssen den bewilligten Betrag auf den Cent genau ergeben.").format(
            total=format_eur(total), approved=format_eur(approved), detail=detail), "instalments")
    ordered = sorted(parsed, key=lambda i: (i.due_on, i.position))
    return [Instalment(number, i.due_on, i.amount) for number, i in enumerate(ordered, start=1)]


def _instalment(number: int, due: dt.date | str | None, amount: MoneyInput, start: dt.date,
                end: dt.date) -> Instalment:
    label = _("Rate {n}").format(n=number)
    day = require_date(due, _("{label}: Termin").format(label=label), field="instalments")
    money = require_positive(to_money(amount, "instalments"), _("{label}: Betrag").format(label=label),
                             "instalments")
    if not start <= day <= end:
        raise ValidationError(_("{label}: Der Termin {day} liegt außerhalb des Bewilligungszeitraums ({start} bis "
                                "{end}).").format(label=label, day=format_date(day), start=format_date(start),
                                                  end=format_date(end)), "instalments")
    return Instalment(number, day, money)


@dataclass(frozen=True)
class Outflow:
    """A payment (planned or asked for) to check for being early: label, day, amount."""

    label: str
    day: dt.date
    amount: Decimal


def _needed_by(day: dt.date, approved: Decimal, start: dt.date, end: dt.date) -> Decimal:
    """Share of the grant needed up to `day` with costs spread evenly over the grant period."""
    if day < start:
        return ZERO
    if day >= end:
        return approved
    elapsed = (day - start).days + 1
    return round_cent(approved * elapsed / ((end - start).days + 1))


def early_warnings(outflows: Iterable[Outflow], *, approved: Decimal, start: dt.date | None, end: dt.date | None,
                   months: int, already_out: Decimal = ZERO) -> list[str]:
    """German warnings for payments whose money cannot be used within `months` after payment."""
    if start is None or end is None:
        return []
    warnings, cumulative = [], already_out
    for flow in sorted(outflows, key=lambda f: f.day):
        cumulative += flow.amount
        horizon = add_months(flow.day, months)
        if horizon < start:
            warnings.append(_("{label} am {day} ({amount}): Die Mittel müssen innerhalb von {months} Monaten "
                              "verwendet werden, der Bewilligungszeitraum beginnt aber erst am {start}.").format(
                label=flow.label, day=format_date(flow.day), amount=format_eur(flow.amount), months=months,
                start=format_date(start)))
            continue
        needed = _needed_by(horizon, approved, start, end)
        if cumulative > needed:
            warnings.append(_("{label} am {day} ({amount}): Bis {horizon} wären dann {out} ausgezahlt, bei "
                              "gleichmäßigem Mittelabfluss werden bis dahin nur etwa {needed} benötigt (Verwendung "
                              "innerhalb von {months} Monaten).").format(
                label=flow.label, day=format_date(flow.day), amount=format_eur(flow.amount),
                horizon=format_date(horizon), out=format_eur(cumulative), needed=format_eur(needed), months=months))
    return warnings
