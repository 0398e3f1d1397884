"""The start page: a supervisor sees the decision waiting for them, opens it from there and confirms it;
figures lead to the filtered case list; deadlines are done or postponed from the Wiedervorlage."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.cases import checking, decisions
from db.enums import Status
from db.models import Deadline
from tests.fixtures.gui import WindowFactory
from tests.support import Office, record_case_documents, register
from ui.dialogs.action_dialog import ActionDialog
from ui.main_window import MainWindow


def proposed_case(office: Office, **changes: object) -> str:
    file_number = register(office, **changes)
    record_case_documents(office, file_number)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    return file_number


def board_loaded(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.start_page.board is not None and not window.context.runner.busy, timeout=20000)


def test_supervisor_confirms_a_pending_decision_from_the_start_page(office: Office, window_for: WindowFactory,
                                                                     qtbot: QtBot, today) -> None:
    file_number = proposed_case(office)
    sabine = window_for("sabine")
    board_loaded(qtbot, sabine)
    assert sabine.pages.currentWidget() is sabine.start_page
    table = sabine.start_page.pending
    assert table.rowCount() == 1 and table.item(0, 0).text() == file_number
    assert table.item(0, 0).font().bold()  # hers to confirm (four eyes: Anna proposed)
    assert "1 von Ihnen zu bestätigen" in sabine.start_page.pending_hint.text().replace("davon ", "")

    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sabine.case_detail.detail is not None
                    and sabine.case_detail.detail.file_number == file_number and not sabine.context.runner.busy,
                    timeout=20000)
    assert sabine.pages.currentWidget() is sabine.splitter
    def confirm_button() -> QPushButton | None:
        return next((b for b in sabine.case_detail.findChildren(QPushButton, "act-confirm-decision")
                     if b.isVisible()), None)

    qtbot.waitUntil(lambda: confirm_button() is not None, timeout=20000)
    button = confirm_button()
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in sabine.case_detail.findChildren(ActionDialog) if d.isVisible())
    with qtbot.waitSignal(dialog.succeeded, timeout=20000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: sabine.case_detail.detail.status == Status.approved and not sabine.context.runner.busy,
                    timeout=20000)
    # the "what changed" notice refreshed the start page: nothing waits any more, the budget shows the approval
    qtbot.waitUntil(lambda: sabine.start_page.pending.rowCount() == 0, timeout=20000)
    budget = sabine.start_page.shown_budgets()[0]
    assert budget.approved == 10000


def test_the_proposer_sees_the_decision_but_not_as_hers(office: Office, window_for: WindowFactory,
                                                        qtbot: QtBot, today) -> None:
    proposed_case(office)
    anna = window_for("anna")
    board_loaded(qtbot, anna)
    assert anna.start_page.pending.rowCount() == 1
    assert not anna.start_page.pending.item(0, 0).font().bold()
    box = anna.start_page.add_panel("Mahnungen", QLabel("Keine fälligen Mahnungen", objectName="reminderPanel"))
    assert box.title() == "Mahnungen" and box.findChild(QLabel, "reminderPanel") is not None
    assert anna.start_page.grid.indexOf(box) >= 0


def test_figures_lead_to_the_filtered_case_list(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                today) -> None:
    proposed_case(office)
    register(office, title="Noch offen")
    tom = window_for("tom")
    board_loaded(qtbot, tom)
    with qtbot.waitSignal(tom.case_list.loaded, timeout=20000) as loaded:
        tom.start_page.status_clicked("decision_proposed")
    assert loaded.args == [1] and tom.pages.currentWidget() is tom.splitter
    assert tom.case_list.filters.status.currentData() == "decision_proposed"

    tom.pages.setCurrentWidget(tom.start_page)
    with qtbot.waitSignal(tom.case_list.loaded, timeout=20000) as loaded:
        tom.start_page.budget_table.activated.emit(tom.start_page.budget_table.model().index(0, 0))
    assert loaded.args == [2]
    filters = tom.case_list.filters
    assert (filters.programme.currentData(), filters.year.currentData(), filters.status.currentData()) == \
        ("LPF", 2026, None)


def test_deadlines_overdue_on_start_done_and_postponed_in_the_list(office: Office, window_for: WindowFactory,
                                                                   qtbot: QtBot, today) -> None:
    first, second = register(office), register(office, title="Zweites Vorhaben")
    for file_number in (first, second):
        checking.start_check(office.anna, file_number)
        checking.request_documents(office.anna, file_number, dt.date(2026, 2, 16))
    today.set(dt.date(2026, 2, 20))
    anna = window_for("anna")
    board_loaded(qtbot, anna)
    start = anna.start_page
    assert start.deadlines.rowCount() == 2 and "überfällig" in start.deadlines.item(0, 0).text()
    assert start.deadline_summary.text().startswith("2 überfällig")

    qtbot.mouseClick(start.findChild(QPushButton, "allDeadlines"), Qt.MouseButton.LeftButton)
    view = anna.deadline_view
    assert anna.pages.currentWidget() is view and view.mine.isChecked()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not anna.context.runner.busy, timeout=20000)
    view.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by file number, newest first
    view.select_row(0)
    assert view.current().file_number == second
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not anna.context.runner.busy, timeout=20000)

    view.select_row(0)
    dialog = view.postpone_current()
    assert dialog is not None
    dialog.due.setText("02.03.2026")
    dialog.reason.setPlainText("Verein hat um Aufschub gebeten (Urlaub).")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not anna.context.runner.busy, timeout=20000)
    assert view.model.rowCount() == 1 and "überfällig" not in view.model.item(0, 0).text()
    # the start page lists overdue deadlines and those of the next 7 days: the postponed one is later
    qtbot.waitUntil(lambda: start.deadlines.rowCount() == 0 and start.deadline_summary.text().startswith("0 über"),
                    timeout=20000)
    with office.database.read() as session:
        rows = list(session.scalars(select(Deadline)))
    assert sorted((d.due_on, d.done_by, d.postpone_reason) for d in rows) == [
        (dt.date(2026, 2, 16), "anna", None), (dt.date(2026, 3, 2), None, "Verein hat um Aufschub gebeten (Urlaub).")]
