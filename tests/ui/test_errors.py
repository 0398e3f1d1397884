"""Refusals show the service's German reason in the dialog; a bug shows the crash dialog and the window lives on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.cases import checking, decisions, documents
from tests.fixtures.gui import WindowFactory
from tests.support import Office, paid_through_order, register
from ui.dialogs.action_dialog import ActionDialog
from ui.errors import CrashDialog


def approved_case(office: Office) -> str:
    file_number = register(office)
    for code in ("application_signed", "financing_plan"):
        documents.record_document(office.anna, code, file_number=file_number)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    decisions.confirm_decision(office.sabine, file_number)
    return file_number


def test_refused_payment_shows_the_reason_and_keeps_the_input(office: Office, window_for: WindowFactory,
                                                             qtbot: QtBot, today) -> None:
    today.set(dt.date(2026, 3, 1))
    file_number = approved_case(office)
    anna = window_for("anna")
    anna.case_list.view.selectRow(0)
    qtbot.waitUntil(lambda: anna.case_detail.detail is not None and anna.case_detail.detail.file_number == file_number,
                    timeout=15000)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in anna.case_detail.findChildren(QPushButton,
                                                                                     "act-request-payment")),
                    timeout=15000)
    assert not anna.case_detail.findChildren(QPushButton, "act-pay")  # money leaves only through an order
    dialog = anna.case_detail.run_action("request-payment")
    assert isinstance(dialog, ActionDialog)
    amount = dialog.widgets["amount"]
    amount.setText("10.000,01")  # type: ignore[attr-defined]
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=15000)
    assert "übersteigt" in dialog.error.text() and dialog.isVisible()
    assert amount.text() == "10.000,01"  # type: ignore[attr-defined]
    assert anna.case_detail.detail.status == "approved" and anna.case_detail.detail.paid == 0


def test_unexpected_error_opens_the_crash_dialog_and_the_window_goes_on(office: Office, window_for: WindowFactory,
                                                                       qtbot: QtBot) -> None:
    register(office)
    anna = window_for("anna")

    def broken() -> None:
        raise RuntimeError("Programmfehler zum Test")

    anna.context.runner.submit(broken)
    qtbot.waitUntil(lambda: anna.findChild(CrashDialog) is not None, timeout=15000)
    crash = anna.findChild(CrashDialog)
    assert "Programmfehler zum Test" in crash.details.toPlainText() and "Traceback" in crash.details.toPlainText()
    crash.reject()
    with qtbot.waitSignal(anna.case_list.loaded, timeout=15000):
        anna.refresh()
    assert anna.case_list.model.rowCount() == 1


def test_warnings_about_the_organisation_must_be_acknowledged_in_the_proposal(
        office: Office, window_for: WindowFactory, qtbot: QtBot, today) -> None:
    from app.administration import programmes
    today.set(dt.date(2026, 3, 1))
    old = approved_case(office)
    today.set(dt.date(2026, 3, 9))  # paid after the notification (§ 43 Abs. 1 VwVfG)
    paid_through_order(office, old, "10000.00")
    today.set(dt.date(2027, 7, 15))  # the proof of use for 2026 was due 30.06.2027
    programmes.set_budget(office.admin, "LPF", 2027, "50000")
    new = register(office, fiscal_year=2027, start_date=dt.date(2027, 9, 1), end_date=dt.date(2027, 12, 31))
    for code in ("application_signed", "financing_plan"):
        documents.record_document(office.anna, code, file_number=new)
    checking.start_check(office.anna, new)
    checking.confirm_eligible(office.anna, new)
    anna = window_for("anna")
    anna.case_list.filters.search.setText(new)
    qtbot.waitUntil(lambda: anna.case_list.model.rowCount() == 1, timeout=15000)
    anna.case_list.view.selectRow(0)
    qtbot.waitUntil(lambda: anna.case_detail.detail is not None and anna.case_detail.detail.file_number == new,
                    timeout=15000)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in anna.case_detail.findChildren(QPushButton, "act-propose")),
                    timeout=15000)
    dialog = anna.case_detail.run_action("propose")
    assert isinstance(dialog, ActionDialog)
    dialog.widgets["reasons"].setPlainText("Bedarf belegt.")  # type: ignore[attr-defined]
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(dialog.acknowledge.isVisible, timeout=15000)
    assert "überfällig" in dialog.error.text() and old in dialog.error.text()
    dialog.acknowledge.setChecked(True)
    with qtbot.waitSignal(dialog.succeeded, timeout=15000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: anna.case_detail.detail.status == "decision_proposed", timeout=15000)
