"""Cases for the payment tests, driven through the real services: approved 10,000.00 € on 02.03.2026 for the
grant period 01.04.–31.12.2026, the Haushaltsstelle of LPF 2026 set."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from app.administration import programmes
from app.cases import checking, decisions
from app.payments.orders import OrderInput, create_order, sign_arithmetic, sign_factual
from app.payments.plan import set_payment_plan
from db.models import ExportBatch, PaymentOrder
from tests.fixtures.database import Today
from tests.support import YEAR, Office, record_case_documents, register

D = Decimal
POSITION = "1.3630.LPF.2026"


def approved(office: Office, today: Today, **changes: object) -> str:
    today.set(dt.date(YEAR, 2, 2))
    programmes.set_budget(office.admin, "LPF", YEAR, "100000.00", budget_position=POSITION)
    file_number = register(office, **changes)
    record_case_documents(office, file_number)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    today.set(dt.date(YEAR, 3, 2))
    decisions.confirm_decision(office.sabine, file_number)
    return file_number


def two_instalments(office: Office, file_number: str) -> None:
    set_payment_plan(office.anna, file_number, "instalments", [("2026-04-01", "6000.00"), ("2026-07-01", "4000.00")])


def ordered(office: Office, file_number: str, amount: str = "4000.00", due: str = "2026-04-01") -> int:
    """A free order signed by anna (sachlich richtig) and sabine (rechnerisch richtig, angeordnet)."""
    order_id = create_order(office.anna, file_number, OrderInput(amount=amount, due_on=due)).record_id
    assert order_id is not None
    sign_factual(office.anna, order_id)
    sign_arithmetic(office.sabine, order_id)
    return order_id


def order(office: Office, order_id: int) -> PaymentOrder:
    with office.database.read() as session:
        return session.get_one(PaymentOrder, order_id)


def batches(office: Office) -> list[ExportBatch]:
    with office.database.read() as session:
        return list(session.scalars(select(ExportBatch).order_by(ExportBatch.id)))
