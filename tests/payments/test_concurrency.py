"""Two people ordering at the same moment: ordered plus paid never exceeds the approved amount (both backends).

Each call runs on its own connection in its own thread; the guard's sum of open orders is slowed down as a
busy server would be, so without the case-row lock both would see the same free amount."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cases import guards
from app.cases.payment_rules import LIVE_ORDER_STATES
from app.kernel.errors import TransitionRefused, ValidationError
from app.payments import booking as payments
from app.payments.cash_export import ExportResult, export_orders
from app.payments.orders import OrderInput, create_order, sign_arithmetic, sign_factual
from db.models import Application, PaymentOrder
from tests.cases.test_concurrency import run_together
from tests.fixtures.database import Today
from tests.payments.cases import D, approved, order, ordered
from tests.support import Office, paid_through_order


@pytest.fixture
def slow_order_sum(monkeypatch: pytest.MonkeyPatch) -> None:
    original = guards.open_order_sum

    def slow(*args: object, **kwargs: object) -> Decimal:
        result = original(*args, **kwargs)  # type: ignore[arg-type]
        time.sleep(0.3)
        return result

    monkeypatch.setattr(guards, "open_order_sum", slow)


def committed(office: Office, file_number: str) -> Decimal:
    with office.database.read() as session:
        app = session.scalars(select(Application).where(Application.file_number == file_number)).one()
        open_sum = session.scalar(select(func.coalesce(func.sum(PaymentOrder.amount), 0)).where(
            PaymentOrder.application_id == app.id, PaymentOrder.state.in_(LIVE_ORDER_STATES)))
        return app.paid_amount + Decimal(open_sum or 0)


def test_two_simultaneous_orders_never_exceed_the_approved_amount(office: Office, today: Today,
                                                                   slow_order_sum: None) -> None:
    file_number = approved(office, today)  # 10,000.00 € approved
    paid_through_order(office, file_number, "3000.00", "2026-03-10")
    results = run_together([lambda: create_order(office.anna, file_number, OrderInput(amount="4000.00")),
                            lambda: create_order(office.bernd, file_number, OrderInput(amount="4000.00"))])
    refusals = [r for r in results if isinstance(r, TransitionRefused)]
    created = [r for r in results if not isinstance(r, Exception)]
    assert len(created) == 1 and len(refusals) == 1, results
    assert refusals[0].message == ("Der Betrag 4.000,00 € übersteigt den noch verfügbaren bewilligten Betrag "
                                   "(3.000,00 € von 10.000,00 €).")
    assert committed(office, file_number) == D("7000.00")


def test_a_signature_a_request_and_an_order_at_the_same_moment_never_exceed_the_approved_amount(
        office: Office, today: Today, slow_order_sum: None) -> None:
    file_number = approved(office, today)
    first = create_order(office.anna, file_number, OrderInput(amount="6000.00")).record_id
    assert first is not None
    sign_factual(office.anna, first)
    results = run_together([lambda: sign_arithmetic(office.sabine, first),
                            lambda: payments.request_payment(office.bernd, file_number, "4000.01", "2026-03-10"),
                            lambda: create_order(office.tom, file_number, OrderInput(amount="4000.01"))])
    assert not isinstance(results[0], Exception), results
    assert all(isinstance(r, TransitionRefused) for r in results[1:]), results
    assert committed(office, file_number) == D("6000.00") <= D("10000.00")


def test_two_exports_at_the_same_moment_never_put_an_order_into_two_batches(office: Office, today: Today,
                                                                             tmp_path: Path) -> None:
    file_number = approved(office, today)
    ids = [ordered(office, file_number, "1500.00"), ordered(office, file_number, "2500.00")]
    folder = tmp_path / "kasse"
    folder.mkdir()
    results = run_together([lambda: export_orders(office.anna, "sepa", folder / "eins.xml"),
                            lambda: export_orders(office.bernd, "csv", folder / "zwei.csv")])
    exports = [r for r in results if isinstance(r, ExportResult)]
    refusals = [r for r in results if isinstance(r, ValidationError)]
    assert len(exports) == 1 and len(refusals) == 1, results
    assert refusals[0].message == "Es gibt keine angeordneten, noch nicht exportierten Auszahlungen."
    assert (exports[0].order_count, exports[0].control_sum) == (2, D("4000.00"))
    assert {order(office, i).export_batch_id for i in ids} == {exports[0].batch_id}
    assert [p.name for p in folder.iterdir()] == [exports[0].path.name]  # the refused export wrote no file
