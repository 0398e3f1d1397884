"""Ctrl+F goes to the visible search box of the page shown; Hilfe → Tastenkürzel lists every shortcut (issue 23)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tests.fixtures.gui import WindowFactory
from tests.support import Office, register
from ui.applicants.window import ApplicantsWindow
from ui.shortcuts import ShortcutsDialog

NATIVE = QKeySequence.SequenceFormat.NativeText


def test_ctrl_f_focuses_a_visible_search_box_on_every_page(office: Office, window_for: WindowFactory,
                                                           qtbot: QtBot) -> None:
    register(office)
    window = window_for("anna")
    window.activateWindow()
    pages = window.pages
    reached = []
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        window.case_detail.title.setFocus()  # somewhere else first
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2000)
        field = QApplication.focusWidget()
        assert field.isVisible() and pages.currentWidget().isAncestorOf(field), pages.tabText(index)
        reached.append((pages.tabText(index), field.objectName()))
    assert reached == [("Start", "searchField"), ("Vorgänge", "searchField"),
                       ("Fristen und Wiedervorlage", "deadlineSearch"),
                       ("Beratung", "searchField"),  # the calendar has no search: the case list's
                       ("Kleinprojekte", "searchField")]  # neither has the micro-project page


def test_the_deadline_filter_narrows_the_list(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                              today) -> None:
    import datetime as dt

    from app.cases import checking

    first, second = register(office), register(office, title="Zweites Vorhaben")
    for file_number in (first, second):  # each gets an open deadline: the documents asked for
        checking.start_check(office.anna, file_number)
        checking.request_documents(office.anna, file_number, dt.date(2026, 3, 1))
    window = window_for("anna")
    view = window.deadline_view
    view.everyone.setChecked(True)
    window.pages.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.proxy.rowCount() > 1 and not window.context.runner.busy, timeout=20000)
    total = view.proxy.rowCount()
    view.search.setText(second)
    shown = [view.proxy.index(r, c).data() for r in range(view.proxy.rowCount())
             for c in range(view.proxy.columnCount())]
    assert 0 < view.proxy.rowCount() < total and any(second in str(text) for text in shown)
    assert not any(first == str(text) for text in shown)


def test_the_shortcut_list_holds_every_shortcut_of_the_main_window(office: Office, window_for: WindowFactory,
                                                                   qtbot: QtBot) -> None:
    window = window_for("admin")
    window.applicants_action.trigger()  # another window with its own Ctrl+F: not in the main window's list
    applicants = window.findChild(ApplicantsWindow)
    assert applicants is not None
    qtbot.waitExposed(applicants)
    applicants.activateWindow()
    QTest.keyClick(applicants, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(applicants.search.field.hasFocus, timeout=2000)
    applicants.close()
    window.activateWindow()
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    listed = dialog.texts()
    keys = {key for key, _what in listed}
    actions = [a for a in window.findChildren(QAction) if a.shortcuts() and not applicants.isAncestorOf(a.parent())]
    assert len(actions) >= 4
    for action in actions:
        label = action.text().replace("&", "").removesuffix(" …")
        for sequence in action.shortcuts():
            assert (sequence.toString(NATIVE), label) in listed, (action.text(), sequence.toString())
    for standard, what in ((QKeySequence.StandardKey.Find, "Suchen"), (QKeySequence.StandardKey.New, "Neuer Antrag")):
        assert (QKeySequence(standard).toString(NATIVE), what) in listed
    assert not [row for row in listed if row[1] == "Antragsteller suchen"]
    assert {QKeySequence("Ctrl+S").toString(NATIVE), QKeySequence("Tab").toString(NATIVE)} <= keys
