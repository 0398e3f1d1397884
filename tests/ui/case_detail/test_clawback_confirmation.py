"""The supervisor confirms a caseworker's clawback proposal through the case actions (four eyes), and the
objection dialog offers the case's Bescheide, the newest (the clawback) first."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from app.proof import final_grant as proof
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.proof.cases import in_review_with_hearing
from tests.support import CLAWBACK_REASONS, Office
from tests.ui.case_detail.test_caseworker_path import act, submit, wait_status
from ui.dialogs.action_dialog import ActionDialog
from ui.main_window import MainWindow
from ui.widgets.fields import DateField


def show(qtbot: QtBot, window: MainWindow, file_number: str) -> None:
    detail = window.case_detail
    detail.open_case(file_number)
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.file_number == file_number
                    and not window.context.runner.busy, timeout=20000)


def visible(window: MainWindow, name: str) -> list[QPushButton]:
    return [b for b in window.case_detail.findChildren(QPushButton, name) if b.isVisible()]


def test_a_supervisor_confirms_the_clawback_in_the_case_actions(office: Office, today: Today,
                                                               window_for: WindowFactory, qtbot: QtBot) -> None:
    file_number = in_review_with_hearing(office, today)
    assert not proof.close_case(office.anna, file_number, reasons=CLAWBACK_REASONS).closed
    anna = window_for("anna")
    show(qtbot, anna, file_number)
    assert visible(anna, "act-confirm-clawback") == [] and visible(anna, "act-close") == []
    sabine = window_for("sabine")
    show(qtbot, sabine, file_number)
    dialog = act(qtbot, sabine, "confirm-clawback")
    assert dialog is not None and isinstance(dialog.widgets["posted_on"], DateField)
    submit(qtbot, sabine, dialog)
    wait_status(qtbot, sabine, "closed")
    detail = sabine.case_detail.detail
    assert detail is not None and [c.amount for c in detail.clawbacks] == [1200]
    dialog = sabine.case_detail.run_action("record-objection")  # in the menu of further actions
    assert isinstance(dialog, ActionDialog)
    choice = dialog.widgets["bescheid"]
    assert isinstance(choice, QComboBox)
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Rückforderungsbescheid vom 01.04.2027", "Zuwendungsbescheid vom 02.03.2026"]
    assert choice.currentIndex() == 0
    dialog.reject()
