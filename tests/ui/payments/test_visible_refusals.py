"""A refused button of the payments tab says why over the tab itself and changes nothing (issue 23)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.payments.orders import OrderInput, cancel_order, create_order
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.payments.cases import approved
from tests.support import Office
from tests.support_fingerprint import fingerprint
from tests.ui.payments.test_payment_to_export import WAIT, click, open_payments, states


def test_signing_an_order_cancelled_meanwhile_says_why_over_the_tab(office: Office, today: Today,
                                                                    window_for: WindowFactory, qtbot: QtBot) -> None:
    file_number = approved(office, today)
    order_id = create_order(office.anna, file_number, OrderInput(amount="2500.00", due_on="2026-04-01")).record_id
    assert order_id is not None
    tab = open_payments(qtbot, window_for("anna"), file_number)
    tab.order_view.selectRow(0)
    assert states(tab) == ["Entwurf"]
    cancel_order(office.bernd, order_id, "Doppelt angelegt, bitte die andere Anordnung verwenden.")
    before = fingerprint(office.database)
    click(tab.factual_button)

    def shown() -> QMessageBox | None:
        return next((b for b in tab.findChildren(QMessageBox, "expectedErrorBox") if b.isVisible()), None)
    qtbot.waitUntil(lambda: shown() is not None and not tab.context.runner.busy, timeout=WAIT)
    box = shown()
    assert box is not None and "inzwischen geändert" in box.text(), box.text() if box else None
    assert fingerprint(office.database) == before
