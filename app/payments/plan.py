"""The payment plan of an approved grant: fixed instalments (Raten) or payment on request (Mittelabruf).

Instalments add up to the approved amount to the cent, lie within the grant period and are printed in
the Zuwendungsbescheid. A plan whose instalments are already ordered cannot be changed any more (that
needs an amending decision). Payments that would put money out too early (see `app.cases.payment_rules`) are
returned as warnings; they are not refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.cases.payment_rules import Outflow, check_instalments, early_warnings, open_order_sum
from app.cases.workflow import STATUS_LABELS
from app.kernel import clock
from app.kernel.case_records import check_version, load_case
from app.kernel.errors import TransitionRefused, ValidationError
from app.kernel.i18n import _
from app.kernel.money import ZERO, MoneyInput, format_eur, require_positive, to_money
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.kernel.validation import parse_date
from app.payments import booking as payments
from db.enums import PaymentMode, Status
from db.models import Application, PaymentInstalment, PaymentOrder

PLAN_STATES = frozenset({Status.approved, Status.funding})
MODE_LABELS = {PaymentMode.instalments: _("in Raten"), PaymentMode.requests: _("auf Anforderung (Mittelabruf)")}


@dataclass(frozen=True)
class PlanResult:
    """What a plan or request use case did, plus warnings to show (nothing was refused)."""

    record_id: int | None
    warnings: tuple[str, ...]


def _parse_mode(mode: str | PaymentMode) -> PaymentMode:
    try:
        return PaymentMode(mode)
    except ValueError:
        raise ValidationError(_("Unbekannte Zahlungsweise »{mode}«; möglich: instalments (Raten), requests "
                                "(Mittelabruf).").format(mode=mode), "payment_mode") from None


def set_payment_plan(uow: UnitOfWork, file_number: str, mode: str | PaymentMode,
                     instalments: Sequence[tuple[dt.date | str | None, MoneyInput]] = (), *,
                     expected_version: int | None = None) -> PlanResult:
    """Fix the instalments (dates, amounts) or switch to payment on request; replaces the previous plan."""
    payment_mode = _parse_mode(mode)
    with uow:
        uow.act("set-payment-plan", MODE_LABELS[payment_mode], permission="payment.plan")
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        _require_plan_state(app)
        planned = check_instalments(instalments, app.approved_amount, app.start_date, app.end_date) \
            if payment_mode == PaymentMode.instalments else []
        if payment_mode == PaymentMode.requests and instalments:
            raise ValidationError(_("Bei Auszahlung auf Anforderung werden keine Raten festgelegt."), "instalments")
        _refuse_if_ordered(uow.session, app)
        uow.session.execute(delete(PaymentInstalment).where(PaymentInstalment.application_id == app.id))
        for item in planned:
            uow.session.add(PaymentInstalment(application_id=app.id, position=item.position, due_on=item.due_on,
                                              amount=item.amount))
        app.payment_mode = payment_mode
        uow.session.flush()
        warnings = plan_warnings(uow.session, app)
        uow.commit()
    return PlanResult(None, tuple(warnings))


def _require_plan_state(app: Application) -> None:
    if app.status not in PLAN_STATES:
        raise TransitionRefused(_("Ein Zahlungsplan kann nur für bewilligte Vorgänge (Status »Bewilligt« oder "
                                  "»In Förderung«) festgelegt werden, nicht im Status »{status}«.").format(
            status=STATUS_LABELS[app.status]))


def _refuse_if_ordered(session: Session, app: Application) -> None:
    ordered = session.scalar(select(PaymentInstalment.position).join(
        PaymentOrder, PaymentOrder.instalment_id == PaymentInstalment.id).where(
        PaymentInstalment.application_id == app.id).order_by(PaymentInstalment.position).limit(1))
    if ordered is not None:
        raise ValidationError(_("Zu Rate {n} gibt es bereits eine Auszahlungsanordnung; der Zahlungsplan kann nicht "
                                "mehr geändert werden (dafür ist ein Änderungsbescheid nötig).").format(n=ordered),
                              "instalments")


def instalments_of(session: Session, application_id: int) -> list[PaymentInstalment]:
    return list(session.scalars(select(PaymentInstalment).where(
        PaymentInstalment.application_id == application_id).order_by(PaymentInstalment.position)))


def plan_warnings(session: Session, app: Application) -> list[str]:
    """Early-payment warnings of the case's instalments (none for payment on request)."""
    if app.payment_mode != PaymentMode.instalments or app.approved_amount is None:
        return []
    flows = [Outflow(_("Rate {n}").format(n=i.position), i.due_on, i.amount)
             for i in instalments_of(session, app.id)]
    return early_warnings(flows, approved=app.approved_amount, start=app.start_date, end=app.end_date,
                          months=app.programme.use_within_months)


def payment_terms_text(session: Session, app: Application) -> str:
    """The payment terms as printed in the Zuwendungsbescheid (point 4)."""
    months = app.programme.use_within_months
    period = _("einem Monat") if months == 1 else _("{n} Monaten").format(n=months)
    rates = instalments_of(session, app.id) if app.payment_mode == PaymentMode.instalments else []
    if not rates:
        return _("Die Zuwendung wird auf Ihre Anforderung (Mittelabruf) ausgezahlt, soweit sie innerhalb von "
                 "{period} nach der Auszahlung für fällige Zahlungen benötigt wird.").format(period=period)
    lines = [_("{n}. Rate am {day}: {amount}").format(n=r.position, day=format_date(r.due_on),
                                                       amount=format_eur(r.amount)) for r in rates]
    head = _("Die Zuwendung wird in folgenden Raten ausgezahlt; die Mittel sind jeweils innerhalb von {period} nach "
             "der Auszahlung für fällige Zahlungen zu verwenden:").format(period=period)
    return "\n".join([head, *lines]) + "\n"


def record_request(uow: UnitOfWork, file_number: str, amount: MoneyInput, requested_on: dt.date | str | None = None,
                   note: str | None = None) -> PlanResult:
    """Record a Mittelabruf (`app.payments.booking.request_payment`) and warn if it asks for money too early."""
    money = require_positive(to_money(amount, "amount"), _("Abrufbetrag"), "amount")
    day = parse_date(requested_on, _("Abrufdatum"), required=False)
    request_id = payments.request_payment(uow, file_number, money, day, note)
    with uow:
        uow.act("check-request", permission="case.read")
        app = load_case(uow.session, file_number)
        out = app.paid_amount + open_order_sum(uow.session, app.id)
        warnings = early_warnings([Outflow(_("Mittelabruf"), day or clock.today(), money)],
                                  approved=app.approved_amount or ZERO, start=app.start_date, end=app.end_date,
                                  months=app.programme.use_within_months, already_out=out)
    return PlanResult(request_id, tuple(warnings))
