"""One way for money to leave (issue 20): a payment is booked only against a signed order exported to the cash
office — not by a service of its own, not by `case transition … pay`, not before the export (both backends)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cases.workflow import THROUGH_ORDER, TRANSITIONS, available
from app.kernel.errors import TransitionRefused
from app.payments import booking, orders
from app.payments.cash_export import export_orders
from app.payments.orders import OrderInput, book_paid, cancel_order, create_order, sign_arithmetic, sign_factual
from app.proof import final_grant as proof
from db.enums import Role, Status
from db.models import Application, Payment, StatusChange
from tests.fixtures.database import Today
from tests.payments.cases import D, approved
from tests.support import YEAR, Office, paid_through_order, run_cli
from tests.support_fingerprint import fingerprint


def case_row(office: Office, file_number: str) -> Application:
    with office.database.read() as session:
        return session.scalars(select(Application).where(Application.file_number == file_number)).one()


def payment_count(office: Office) -> int:
    with office.database.read() as session:
        return len(session.scalars(select(Payment.id)).all())


def test_no_service_books_a_payment_without_an_order() -> None:
    assert not hasattr(booking, "pay") and not hasattr(booking, "book_payment")
    assert not hasattr(orders, "book_payment")
    paying = {t.action for t in TRANSITIONS if t.through == THROUGH_ORDER}
    assert paying == {"pay", "pay-balance"} and {t.action for t in TRANSITIONS if not t.direct} == paying | {
        "propose-clawback"}
    for status in Status:
        for role in Role:
            assert not paying & {t.action for t in available(status, role)}


def test_an_order_not_yet_exported_cannot_be_booked(office: Office, today: Today, tmp_path: Path) -> None:
    file_number = approved(office, today)
    order_id = create_order(office.anna, file_number, OrderInput(amount="4000.00")).record_id
    cancelled = create_order(office.anna, file_number, OrderInput(amount="1000.00")).record_id
    assert order_id is not None and cancelled is not None
    cancel_order(office.anna, cancelled, "Doppelt angelegt.")
    before = fingerprint(office.database)
    for sign, state in ((None, "Entwurf"), (lambda: sign_factual(office.anna, order_id), "sachlich richtig"),
                        (lambda: sign_arithmetic(office.sabine, order_id), "angeordnet")):
        if sign is not None:
            sign()
            before = fingerprint(office.database)
        with pytest.raises(TransitionRefused) as info:
            book_paid(office.anna, order_id, "2026-04-02")
        assert info.value.message == (f"Die Auszahlungsanordnung Nr. {order_id} ist »{state}«; das ist in diesem "
                                      "Stand nicht möglich.")
        assert fingerprint(office.database) == before
    with pytest.raises(TransitionRefused, match="»storniert«"):
        book_paid(office.anna, cancelled)
    assert (case_row(office, file_number).status, case_row(office, file_number).paid_amount) == (Status.approved, 0)
    assert payment_count(office) == 0
    export_orders(office.bernd, "csv", tmp_path / "lauf.csv")
    book_paid(office.anna, order_id, "2026-04-02")
    assert (case_row(office, file_number).status, case_row(office, file_number).paid_amount) == (
        Status.funding, D("4000.00"))


def test_the_balance_during_the_proof_review_is_paid_through_an_order(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    paid_through_order(office, file_number, "6000.00", dt.date(YEAR, 4, 10))
    assert case_row(office, file_number).status == Status.funding
    today.set(dt.date(YEAR + 1, 2, 15))
    proof.receive_proof(office.anna, file_number, proof.ProofInput("12500.00", "12500.00", "1500.00", "1000.00"))
    paid_through_order(office, file_number, "4000.00", dt.date(YEAR + 1, 2, 20))
    app = case_row(office, file_number)
    assert (app.status, app.paid_amount) == (Status.proof_review, D("10000.00"))
    with office.database.read() as session:
        actions = session.scalars(select(StatusChange.action).where(StatusChange.application_id == app.id)
                                  .order_by(StatusChange.id)).all()
    assert actions[-2:] == ["pay", "receive-proof"]  # the balance keeps the state: no status change recorded


@pytest.mark.parametrize("action", ["pay", "pay-balance"])
def test_case_transition_pay_is_refused_on_the_command_line(office: Office, today: Today, db_url: str,
                                                            action: str, capsys: pytest.CaptureFixture[str]) -> None:
    file_number = approved(office, today)
    before = fingerprint(office.database)
    code = run_cli(["--db", db_url, "--user", "anna", "case", "transition", file_number, action, "--amount", "1000,00"])
    err = capsys.readouterr().err
    assert code == 1
    assert "ist keine eigene Aktion: eine Auszahlung wird nur gegen eine gezeichnete, an die Kasse exportierte " \
           "Auszahlungsanordnung gebucht (foerderdesk payments book NR)." in err
    assert fingerprint(office.database) == before and payment_count(office) == 0


def test_payments_book_refuses_an_order_not_exported(office: Office, today: Today, db_url: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    file_number = approved(office, today)
    order_id = create_order(office.anna, file_number, OrderInput(amount="1000.00")).record_id
    assert order_id is not None
    sign_factual(office.anna, order_id)
    sign_arithmetic(office.sabine, order_id)
    before = fingerprint(office.database)
    code = run_cli(["--db", db_url, "--user", "anna", "payments", "book", str(order_id)])
    err = capsys.readouterr().err
    assert code == 1 and f"Die Auszahlungsanordnung Nr. {order_id} ist »angeordnet«" in err
    assert fingerprint(office.database) == before and payment_count(office) == 0
