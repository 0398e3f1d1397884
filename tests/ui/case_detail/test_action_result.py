"""What an action returns (a payment request's number, the final amount …) is shown where it was started."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.payments.reader import PaymentReader
from tests.fixtures.database import Today
from tests.fixtures.gui import make_context
from tests.letters import cases
from tests.support import Office
from ui.case_detail.widget import CaseDetailWidget
from ui.dialogs.action_dialog import ActionDialog
from ui.tasks import Runner
from ui.widgets.fields import MoneyField


def test_the_result_of_an_action_is_shown_over_the_case(office: Office, today: Today, qtbot: QtBot,
                                                        runner: Runner) -> None:
    file_number = cases.decided(office, today)
    widget = CaseDetailWidget(make_context(office.database, "anna", runner))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget._load(file_number)
    qtbot.waitUntil(lambda: widget.detail is not None and not widget.context.runner.busy, timeout=20000)
    result = widget.findChild(QLabel, "actionResult")
    assert result is not None and not result.isVisible()

    button = widget.findChild(QPushButton, "act-request-payment")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = widget.findChild(ActionDialog, "action-request-payment")
    assert dialog is not None and dialog.isVisible()
    amount = dialog.widgets["amount"]
    assert isinstance(amount, MoneyField)
    amount.setText("2.500,00")
    with qtbot.waitSignal(dialog.succeeded, timeout=20000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not widget.context.runner.busy and result.isVisible(), timeout=20000)

    requests = PaymentReader(office.database, "anna").case(file_number).requests
    assert len(requests) == 1
    assert result.text() == f"Mittelabruf erfassen: Mittelabruf Nr. {requests[0].id}"

    widget.open_case(cases.registered(office, today))  # another case: the message belongs to the first one
    assert not result.isVisible()
