"""Read models of payments: a case's plan, requests, orders, payments and claims; payment runs; overdue claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.detail import PaymentRow
from app.cases.payment_rules import open_order_sum
from app.kernel import settings
from app.kernel.case_records import case_file_number, load_case
from app.kernel.claim_balance import Balance, claim_balance, paid_parts
from app.kernel.money import ZERO
from app.kernel.settlement import order_text
from app.payments.lifecycles import ORDER_STATE_LABELS
from app.payments.plan import instalments_of, plan_warnings
from db.enums import OrderState, PaymentMode, Status
from db.models import (
    Application,
    Clawback,
    ExportBatch,
    Payment,
    PaymentOrder,
    PaymentRequest,
    Reminder,
    User,
)


@dataclass(frozen=True)
class InstalmentRow:
    id: int
    position: int
    due_on: dt.date
    amount: Decimal
    order_id: int | None
    order_state: OrderState | None


@dataclass(frozen=True)
class RequestRow:
    id: int
    requested_on: dt.date
    amount: Decimal
    state: str
    order_id: int | None


@dataclass(frozen=True)
class OrderRow:
    id: int
    file_number: str
    applicant: str
    amount: Decimal
    due_on: dt.date
    state: OrderState
    state_label: str
    purpose: str
    payee: str
    iban: str
    budget_position: str | None
    factual_by: str | None
    factual_at: dt.datetime | None
    arithmetic_by: str | None
    arithmetic_at: dt.datetime | None
    batch_id: int | None
    payment_id: int | None
    instalment_id: int | None
    request_id: int | None
    version: int
    factual_user: str | None = None  # user name of the "sachlich richtig" signer (the four-eyes check)


@dataclass(frozen=True)
class RepaymentRow:
    paid_on: dt.date
    amount: Decimal
    interest_part: Decimal


@dataclass(frozen=True)
class ReminderRow:
    sent_on: dt.date
    due_on: dt.date
    letter_id: int | None


@dataclass(frozen=True)
class ClaimRow:
    id: int
    decided_on: dt.date
    amount: Decimal
    decided_interest: Decimal  # as quoted in the decision: if paid on the due date
    interest_waived: bool
    due_on: dt.date | None
    repaid_amount: Decimal
    repaid_on: dt.date | None
    balance: Balance  # on the day asked for (today; a settled claim on the day it was settled)
    repayments: tuple[RepaymentRow, ...]
    reminders: tuple[ReminderRow, ...]


@dataclass(frozen=True)
class CasePayments:
    file_number: str
    version: int
    status: Status
    approved: Decimal | None
    paid: Decimal
    ordered: Decimal  # orders not yet paid or cancelled
    available: Decimal
    payment_mode: PaymentMode | None
    start_date: dt.date | None
    end_date: dt.date | None
    use_within_months: int
    instalments: tuple[InstalmentRow, ...]
    requests: tuple[RequestRow, ...]
    orders: tuple[OrderRow, ...]
    payments: tuple[PaymentRow, ...]
    claims: tuple[ClaimRow, ...]
    warnings: tuple[str, ...]
    settlement_order: str = ""  # how a repayment is applied, e.g. "Kosten, Zinsen, Hauptforderung"


@dataclass(frozen=True)
class BatchRow:
    id: int
    created_at: dt.datetime
    created_by: str
    format: str
    order_count: int
    control_sum: Decimal
    file_name: str | None
    repeat_of: int | None
    reason: str | None


def _names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(User.username, User.display_name)).all())


def _order_rows(session: Session, orders: Iterable[PaymentOrder]) -> tuple[OrderRow, ...]:
    orders = list(orders)
    cases = {a.id: a for a in session.scalars(select(Application).where(
        Application.id.in_({o.application_id for o in orders})))} if orders else {}
    names = _names(session)
    rows = []
    for o in orders:
        app = cases[o.application_id]
        rows.append(OrderRow(
            o.id, case_file_number(app), app.applicant.name, o.amount, o.due_on, o.state, ORDER_STATE_LABELS[o.state],
            o.purpose, o.payee, o.iban, o.budget_position, names.get(o.factual_by or "", o.factual_by),
            o.factual_at, names.get(o.arithmetic_by or "", o.arithmetic_by), o.arithmetic_at, o.export_batch_id,
            o.payment_id, o.instalment_id, o.payment_request_id, o.version, o.factual_by))
    return tuple(rows)


def _live_order(orders: Iterable[PaymentOrder], match: str, value: int) -> PaymentOrder | None:
    live = [o for o in orders if getattr(o, match) == value and o.state != OrderState.cancelled]
    return live[-1] if live else None


def case_payments(session: Session, file_number: str, today: dt.date) -> CasePayments:
    app = load_case(session, file_number)
    orders = list(session.scalars(select(PaymentOrder).where(PaymentOrder.application_id == app.id)
                                  .order_by(PaymentOrder.id)))
    instalments = []
    for i in instalments_of(session, app.id):
        order = _live_order(orders, "instalment_id", i.id)
        instalments.append(InstalmentRow(i.id, i.position, i.due_on, i.amount, order.id if order else None,
                                         order.state if order else None))
    requests = []
    for r in session.scalars(select(PaymentRequest).where(PaymentRequest.application_id == app.id)
                             .order_by(PaymentRequest.id)):
        order = _live_order(orders, "payment_request_id", r.id)
        requests.append(RequestRow(r.id, r.requested_on, r.amount, r.state.value, order.id if order else None))
    paid = [PaymentRow(p.id, p.paid_on, p.amount, p.use_by, p.reference) for p in session.scalars(
        select(Payment).where(Payment.application_id == app.id).order_by(Payment.paid_on, Payment.id))]
    ordered = open_order_sum(session, app.id)
    available = max((app.approved_amount or ZERO) - app.paid_amount - ordered, ZERO)
    return CasePayments(
        case_file_number(app), app.version, app.status, app.approved_amount, app.paid_amount, ordered, available,
        app.payment_mode, app.start_date, app.end_date, app.programme.use_within_months, tuple(instalments),
        tuple(requests), _order_rows(session, orders), tuple(paid), _claims(session, app.id, today),
        tuple(plan_warnings(session, app)), order_text(settings.settlement_order(session)))


def claims_on(session: Session, file_number: str, day: dt.date) -> tuple[ClaimRow, ...]:
    """The clawbacks of a case with what is owed on `day` (interest up to and including that day)."""
    return _claims(session, load_case(session, file_number).id, day, settled_on_their_day=False)


def _claims(session: Session, application_id: int, today: dt.date, *,
            settled_on_their_day: bool = True) -> tuple[ClaimRow, ...]:
    rows = []
    for c in session.scalars(select(Clawback).where(Clawback.application_id == application_id).order_by(Clawback.id)):
        day = (c.repaid_on or today) if settled_on_their_day else today
        reminders = tuple(ReminderRow(r.sent_on, r.due_on, r.letter_id) for r in session.scalars(
            select(Reminder).where(Reminder.clawback_id == c.id).order_by(Reminder.id)))
        rows.append(ClaimRow(c.id, c.decided_on, c.amount, c.interest_abs3 + c.interest_abs4, c.interest_waived,
                             c.due_on, c.repaid_amount, c.repaid_on, claim_balance(session, c, max(day, c.decided_on)),
                             tuple(RepaymentRow(p.paid_on, p.amount, p.interest_part)
                                   for p in paid_parts(session, c.id)), reminders))
    return tuple(rows)


def list_orders(session: Session, states: Iterable[OrderState] = ()) -> tuple[OrderRow, ...]:
    query = select(PaymentOrder).order_by(PaymentOrder.due_on, PaymentOrder.id)
    wanted = tuple(states)
    if wanted:
        query = query.where(PaymentOrder.state.in_(wanted))
    return _order_rows(session, session.scalars(query))


def list_batches(session: Session) -> tuple[BatchRow, ...]:
    return tuple(BatchRow(b.id, b.created_at, b.created_by, b.format, b.order_count, b.control_sum, b.file_name,
                          b.repeat_of_id, b.reason)
                 for b in session.scalars(select(ExportBatch).order_by(ExportBatch.id.desc())))
