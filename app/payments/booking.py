"""Payment requests (Mittelabruf) and payments: never more than approved, even concurrently.

The case row is locked (`FOR UPDATE` / SQLite write lock) before the paid sum is
compared with the approved amount, so two payments booked at the same moment
are checked one after the other.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from app.cases.transitions import perform
from app.kernel import clock
from app.kernel.case_records import check_version, load_case
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.money import MoneyInput, require_positive, to_money
from app.kernel.periods import add_months
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date
from db.enums import PaymentRequestState
from db.models import Application, Payment, PaymentRequest


def request_payment(uow: UnitOfWork, reference: str, amount: MoneyInput, requested_on: dt.date | str | None = None,
                    note: str | None = None) -> int:
    money = require_positive(to_money(amount, "amount"), _("Abrufbetrag"), "amount")
    with uow:
        app = load_case(uow.session, reference, for_update=True)
        perform(uow, app, "request-payment", params={"amount": money, "include_open_requests": True})
        request = PaymentRequest(
            application_id=app.id, amount=money, state=PaymentRequestState.open, created_by=uow.actor.username,
            requested_on=parse_date(requested_on, _("Abrufdatum"), required=False) or clock.today(),
            note=clean_text(note, _("Bemerkung"), required=False, max_len=2000, multiline=True))
        uow.session.add(request)
        uow.session.flush()
        request_id = request.id
        uow.commit()
    return request_id


def pay(uow: UnitOfWork, reference: str, amount: MoneyInput, paid_on: dt.date | str | None = None, *,
        request_id: int | None = None, payment_reference: str | None = None,
        expected_version: int | None = None, balance: bool = False) -> int:
    """Book a payment; moves an approved case into funding. `balance`: the final payment during proof review."""
    money = require_positive(to_money(amount, "amount"), _("Auszahlungsbetrag"), "amount")
    with uow:
        app = load_case(uow.session, reference, for_update=True)
        check_version(uow.session, app, expected_version)
        action = "pay-balance" if balance else "pay"
        perform(uow, app, action, params={"amount": money})
        payment_id = book_payment(uow, app, money, paid_on, request_id, payment_reference).id
        uow.commit()
    return payment_id


def book_payment(uow: UnitOfWork, app: Application, money: Decimal, paid_on: dt.date | str | None,
                 request_id: int | None, payment_reference: str | None) -> Payment:
    """The payment row and the paid sum, after `perform` passed (also used for paid payment orders)."""
    day = parse_date(paid_on, _("Auszahlungsdatum"), required=False) or clock.today()
    if app.decided_on is not None and day < app.decided_on:
        raise ValidationError(_("Vor dem Bescheid kann nichts ausgezahlt werden."), "paid_on")
    request = _settle_request(uow, app.id, request_id, money)
    payment = Payment(application_id=app.id, payment_request_id=request, amount=money, paid_on=day,
                      use_by=add_months(day, app.programme.use_within_months), created_by=uow.actor.username,
                      reference=clean_text(payment_reference, _("Buchungszeichen"), required=False, max_len=140))
    uow.session.add(payment)
    app.paid_amount = app.paid_amount + money
    uow.session.flush()
    return payment


def _settle_request(uow: UnitOfWork, application_id: int, request_id: int | None, amount: Decimal) -> int | None:
    if request_id is None:
        return None
    request = uow.session.scalar(select(PaymentRequest).where(
        PaymentRequest.id == request_id, PaymentRequest.application_id == application_id))
    if request is None:
        raise NotFound(_("Den Mittelabruf Nr. {id} gibt es zu diesem Vorgang nicht.").format(id=request_id))
    if request.state != PaymentRequestState.open:
        raise ValidationError(_("Der Mittelabruf Nr. {id} ist bereits erledigt.").format(id=request_id))
    if request.amount != amount:
        raise ValidationError(_("Der Betrag muss dem Mittelabruf entsprechen."), "amount")
    request.state = PaymentRequestState.paid
    return request.id
