"""Payment requests (Mittelabruf): never more than approved, even concurrently.

The case row is locked (`FOR UPDATE` / SQLite write lock) before the requested sum is compared with the
approved amount. A payment itself is booked only against a signed, exported payment order
(`app.payments.orders.book_paid`); there is no other way for money to leave.
"""

from __future__ import annotations

import datetime as dt

from app.cases.transitions import perform
from app.kernel import clock, field_limits
from app.kernel.case_records import load_case
from app.kernel.i18n import _
from app.kernel.money import MoneyInput, require_positive, to_money
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date
from app.payments.lifecycles import REQUESTS
from db.models import PaymentRequest

NOTE_MAX = field_limits.declare("PaymentRequest.note", 2000)  # the note column is unbounded text


def request_payment(uow: UnitOfWork, file_number: str, amount: MoneyInput, requested_on: dt.date | str | None = None,
                    note: str | None = None) -> int:
    money = require_positive(to_money(amount, "amount"), _("Abrufbetrag"), "amount")
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        perform(uow, app, "request-payment", params={"amount": money, "include_open_requests": True})
        request = PaymentRequest(
            application_id=app.id, amount=money, state=REQUESTS.initial, created_by=uow.actor.username,
            requested_on=parse_date(requested_on, _("Abrufdatum"), required=False) or clock.today(),
            note=clean_text(note, _("Bemerkung"), required=False, max_len=NOTE_MAX, multiline=True))
        uow.session.add(request)
        uow.session.flush()
        request_id = request.id
        uow.commit()
    return request_id
