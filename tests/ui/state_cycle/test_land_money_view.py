"""The window "Mittel des Landes": record the Land's grant, a call and a payment; the start page panel (pytest-qt)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.fixtures.database import Today
from tests.fixtures.gui import make_context
from tests.support import Office
from ui.state_cycle.land_money_panel import LandMoneyPanel
from ui.state_cycle.land_money_view import LandMoneyView
from ui.tasks import Runner

WAIT = 30000


def open_view(office: Office, qtbot: QtBot, runner: Runner, user: str) -> LandMoneyView:
    view = LandMoneyView(make_context(office.database, user, runner))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show()
    view.resize(1300, 700)
    return view


def cell(view: LandMoneyView, row: int, column: int) -> str:
    item = view.grant_table.item(row, column)
    return item.text() if item else ""


def test_a_supervisor_records_the_grant_a_call_and_a_payment(office: Office, today: Today, qtbot: QtBot,
                                                               runner: Runner) -> None:
    today.set(dt.date(2026, 3, 1))
    view = open_view(office, qtbot, runner, "sabine")
    assert view.grant_table.rowCount() == 0 and not view.movement_form.save_button.isEnabled()
    form = view.grant_form
    assert form.programme.currentText() == "LPF" and form.year.value() == 2026
    form.amount.setText("70.000,00")
    form.decided.setText("15.02.2026")
    form.file_number.setText("46-1234/2026")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "gespeichert" in view.result.text()
    assert [cell(view, 0, c) for c in (0, 2, 3, 4, 5)] == ["LPF", "70.000,00 €", "21.000,00 €",
                                                          "30 % der Zuwendung des Landes",
                                                          "91.000,00 €"]
    movement = view.movement_form
    assert movement.save_button.isEnabled() and "LPF 2026" in movement.title()
    movement.day.setText("01.03.2026")
    movement.amount.setText("35.000,00")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        qtbot.mouseClick(movement.save_button, Qt.MouseButton.LeftButton)
    movement.kind.setCurrentIndex(movement.kind.findData("payment"))
    movement.amount.setText("70.000,01")  # more than the grant: refused, nothing changes
    qtbot.mouseClick(movement.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "mehr als die Zuwendung des Landes" in view.result.text(), timeout=WAIT)
    assert view.movement_table.rowCount() == 1
    movement.amount.setText("35.000,00")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        qtbot.mouseClick(movement.save_button, Qt.MouseButton.LeftButton)
    assert view.movement_table.rowCount() == 2
    assert [cell(view, 0, c) for c in (6, 7, 10)] == ["35.000,00 €", "35.000,00 €", "35.000,00 €"]
    assert form.amount.text() == "70.000,00" and form.file_number.text() == "46-1234/2026"  # the chosen grant
    panel = LandMoneyPanel(view.context)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        panel.show()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 5).text() == "21.000,00 €"


def test_a_caseworker_sees_the_figures_but_no_forms(office: Office, qtbot: QtBot, runner: Runner) -> None:
    view = open_view(office, qtbot, runner, "anna")
    assert view.grant_form.isHidden() and view.movement_form.isHidden()
