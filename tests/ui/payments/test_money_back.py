"""Money coming back, through the payments tab (pytest-qt, both backends): a Mahnung after the due date, a refused
and a full repayment with interest up to the day of payment; the claim is then settled and its buttons disappear."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models import Letter
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.letters.cases import clawed_back
from tests.support import Office
from tests.support_fingerprint import fingerprint
from tests.ui.payments.test_payment_to_export import WAIT, click, open_payments, settle
from ui.payments.case_tab import PaymentsTab
from ui.payments.dialogs import AmountDialog


def claim_cells(tab: PaymentsTab) -> list[str]:
    return [tab.claims.data(tab.claims.index(0, c)) for c in range(tab.claims.columnCount())]


def test_reminder_and_repayment_settle_the_claim(office: Office, today: Today, window_for: WindowFactory,
                                                 qtbot: QtBot) -> None:
    file_number = clawed_back(office, today)  # 1,200.00 € + 62.87 € interest, due 01.05.2027
    today.set(dt.date(2027, 5, 10))
    window = window_for("anna")
    tab = open_payments(qtbot, window, file_number)
    # interest up to today: 01.07.2026–10.05.2027 = 314 days × 6.27 % on 1,200.00 = 64.7270… → 64.73 €
    assert claim_cells(tab) == ["01.04.2027", "1.200,00 €", "64,73 €", "01.05.2027", "0,00 €", "1.264,73 €", "0"]
    steps = tab.claims.data(tab.claims.index(0, 2), Qt.ItemDataRole.ToolTipRole).splitlines()
    assert steps[:2] == ["Laut Bescheid bei Zahlung am 01.05.2027: 62,87 €",
                         "01.07.2026–10.05.2027: 314 Tage × 6,27 % auf 1.200,00 € = 64,73 €"]
    assert tab.remind_button.isVisible() and tab.repay_button.isVisible()
    assert not tab.plan_button.isVisible() and not tab.order_button.isVisible()  # the case is closed

    errors: list[object] = []
    window.context.runner.expected_error.connect(errors.append)
    window.context.runner.unexpected_error.connect(errors.append)
    click(tab.remind_button)
    qtbot.waitUntil(lambda: errors or claim_cells(tab)[-1] == "1", timeout=WAIT)
    assert not errors
    settle(qtbot, tab)
    with office.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Letter).where(Letter.kind == "reminder")) == 1

    click(tab.repay_button)
    dialog = next(d for d in tab.findChildren(AmountDialog) if d.isVisible())
    assert dialog.findChild(QLabel, "repaymentOwed").text() == (
        "Heute offen: 1.264,73 € (Hauptforderung 1.200,00 €, Zinsen 64,73 €). Die Zinsen laufen bis zum Tag des "
        "Zahlungseingangs; eine Zahlung tilgt in dieser Reihenfolge: Kosten, Zinsen, Hauptforderung.")
    dialog.amount.setText("1.264,74")
    dialog.day.setText("10.05.2027")
    before = fingerprint(office.database)
    click(dialog.ok_button)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert "ist höher als die am 10.05.2027 offene Forderung 1.264,73 €" in dialog.error.text()
    assert fingerprint(office.database) == before
    dialog.amount.setText("1.264,73")
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: not dialog.isVisible() and claim_cells(tab)[5] == "beglichen am 10.05.2027",
                    timeout=WAIT)
    settle(qtbot, tab)
    assert claim_cells(tab)[2:5] == ["64,73 €", "01.05.2027", "1.264,73 €"]
    assert not tab.remind_button.isVisible() and not tab.repay_button.isVisible()
