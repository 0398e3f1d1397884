"""No payment is booked in the case window (issue 20, both backends): neither a button nor a menu entry nor an
action dialog books money; the window shows a case paid through an order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.proof import final_grant as proof
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.payments.cases import approved
from tests.support import YEAR, Office, paid_through_order
from tests.ui.payments.test_payment_to_export import WAIT, open_payments
from ui.dialogs.action_specs import SPECS
from ui.main_window import MainWindow

PAYING = ("Auszahlung buchen", "Restzahlung nach Prüfung buchen")


def paying_controls(window: MainWindow) -> list[str]:
    detail = window.case_detail
    names = [w.objectName() for w in detail.findChildren(QAbstractButton)]
    names += [a.objectName() for a in detail.findChildren(QAction)]
    texts = [w.text() for w in detail.findChildren(QAbstractButton)] + [a.text() for a in detail.findChildren(QAction)]
    return [n for n in names if n in ("act-pay", "act-pay-balance")] + [t for t in texts if t in PAYING]


def test_the_case_window_offers_no_payment_booking(office: Office, today: Today, window_for: WindowFactory,
                                                   qtbot: QtBot) -> None:
    assert "pay" not in SPECS and "pay-balance" not in SPECS
    file_number = approved(office, today)
    for name in ("anna", "sabine"):
        window = window_for(name)
        open_payments(qtbot, window, file_number)
        qtbot.waitUntil(lambda w=window: bool(w.case_detail.findChildren(QAbstractButton, "act-request-payment")),
                        timeout=WAIT)
        assert paying_controls(window) == []
    paid_through_order(office, file_number, "6000.00", dt.date(YEAR, 4, 10))
    today.set(dt.date(YEAR + 1, 2, 15))
    proof.receive_proof(office.anna, file_number, proof.ProofInput("12500.00", "12500.00", "1500.00", "1000.00"))
    window = window_for("anna")
    tab = open_payments(qtbot, window, file_number)
    assert window.case_detail.detail is not None and window.case_detail.detail.status == "proof_review"
    assert window.case_detail.detail.paid == 6000
    assert tab.case is not None
    assert paying_controls(window) == []
