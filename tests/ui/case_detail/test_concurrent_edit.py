"""Two caseworkers edit the same case: the second save is refused, names who changed it, keeps the input."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.fixtures.gui import WindowFactory
from tests.support import Office, register
from ui.main_window import MainWindow


def open_case(qtbot: QtBot, window: MainWindow, file_number: str) -> None:
    window.case_list.view.selectRow(0)
    qtbot.waitUntil(lambda: window.case_detail.detail is not None
                    and window.case_detail.detail.file_number == file_number, timeout=15000)


def edit_title(qtbot: QtBot, window: MainWindow, text: str) -> None:
    title = window.case_detail.master.title
    title.selectAll()
    qtbot.keyClicks(title, text)
    assert window.case_detail.dirty and window.isWindowModified()


def test_conflicting_save_is_detected_and_reported(office: Office, window_for: WindowFactory, qtbot: QtBot) -> None:
    file_number = register(office)
    anna, bernd = window_for("anna"), window_for("bernd")
    open_case(qtbot, anna, file_number)
    open_case(qtbot, bernd, file_number)

    edit_title(qtbot, bernd, "Familiencafe am Markt (Bernd)")
    bernd.case_detail.save_button.click()
    qtbot.waitUntil(lambda: not bernd.case_detail.dirty and not bernd.context.runner.busy, timeout=15000)

    edit_title(qtbot, anna, "Familiencafe am Markt (Anna)")
    anna.case_detail.save_button.click()
    qtbot.waitUntil(lambda: anna.case_detail.findChild(QMessageBox, "conflictBox") is not None, timeout=15000)
    box = anna.case_detail.findChild(QMessageBox, "conflictBox")
    assert "Bernd Busch" in box.text() and file_number in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Weiter bearbeiten")
    keep.click()
    assert anna.case_detail.master.title.text() == "Familiencafe am Markt (Anna)" and anna.case_detail.dirty

    with office.database.read() as session:
        from app.cases.detail import case_detail

        assert case_detail(session, file_number).title == "Familiencafe am Markt (Bernd)"

    anna.case_detail.save_button.click()
    qtbot.waitUntil(lambda: len(anna.case_detail.findChildren(QMessageBox, "conflictBox")) == 2, timeout=15000)
    second = anna.case_detail.findChildren(QMessageBox, "conflictBox")[-1]
    reload_button = next(b for b in second.buttons() if b.text().startswith("Neu laden"))
    reload_button.click()
    qtbot.waitUntil(lambda: anna.case_detail.master.title.text() == "Familiencafe am Markt (Bernd)"
                    and not anna.case_detail.dirty, timeout=15000)


def test_bad_amount_shows_a_german_message_beside_the_field(office: Office, window_for: WindowFactory,
                                                           qtbot: QtBot) -> None:
    file_number = register(office)
    anna = window_for("anna")
    open_case(qtbot, anna, file_number)
    plan = anna.case_detail.plan
    plan.requested.selectAll()
    qtbot.keyClicks(plan.requested, "12,345")
    assert not plan.requested.error_label.isHidden() and "Nachkommastellen" in plan.requested.error_label.text()
    plan.requested.selectAll()
    qtbot.keyClicks(plan.requested, "10000")
    assert plan.requested.error_label.isHidden()
