"""The keyboard does not get stuck (issue 23): Tab leaves every multi-line field (Ctrl+Tab types a tab character)
and every read-only table; every multi-line field of `ui/` is the one `TextArea`."""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.administration.data_protection import RetentionDue
from app.administration.reads import administration
from app.cases import checking, notes
from app.cases.action_fields import FieldKind, dialog_fields
from app.cases.workflow import TRANSITIONS
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory, make_context
from tests.support import Office, register
from ui.admin.window import AdminWindow
from ui.data_protection.window import AnonymiseDialog
from ui.dialogs.action_dialog import ActionDialog
from ui.dialogs.action_specs import SPECS
from ui.dialogs.small_dialogs import DocumentDialog, OverrideDialog, PostponeDialog
from ui.errors import CrashDialog
from ui.payments.dialogs import ReasonDialog
from ui.tasks import Runner
from ui.widgets.text_area import TextArea

UI = Path(__file__).resolve().parents[2] / "ui"
MULTILINE = {"QPlainTextEdit", "QTextEdit", "QTextBrowser"}


def test_every_multiline_field_of_the_ui_is_a_text_area() -> None:
    built = []
    for path in UI.rglob("*.py"):
        if path.name == "text_area.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MULTILINE:
                built.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert built == []


def bring_into_view(field: QWidget) -> None:
    """Select the tab (or stacked page) of every ancestor so that `field` is shown."""
    child: QWidget = field
    parent = child.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentIndex(tabs.indexOf(child))
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def tab_leaves(qtbot: QtBot, root: QWidget) -> list[str]:
    """Press Tab in every shown, enabled multi-line field of `root`: focus must move on and the text stay; Ctrl+Tab
    types a tab character into the editable ones. Returns the names of the fields checked."""
    checked = []
    root.activateWindow()
    for field in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        bring_into_view(field)
        if not (field.isVisible() and field.isEnabled()):
            continue
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(field.hasFocus, timeout=2000)
        before = field.toPlainText()
        QTest.keyClick(field, Qt.Key.Key_Tab)
        assert not field.hasFocus() and field.toPlainText() == before, field.objectName()
        after = QApplication.focusWidget()
        QTest.keyClick(after, Qt.Key.Key_Backtab)
        assert field.hasFocus(), (field.objectName(), after, QApplication.focusWidget())  # Shift+Tab comes back
        if not field.isReadOnly():
            QTest.keyClick(field, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
            assert field.toPlainText().count("\t") == before.count("\t") + 1 and field.hasFocus()
        checked.append(field.objectName() or type(field.parentWidget()).__name__)
    return checked


def test_tab_leaves_the_multiline_fields_of_the_main_window(office: Office, today: Today,
                                                            window_for: WindowFactory, qtbot: QtBot) -> None:
    file_number = register(office)
    checking.start_check(office.anna, file_number)
    notes.add_note(office.anna, file_number, "Rückruf vereinbart.")
    window = window_for("anna")
    window.case_detail.open_case(file_number)
    qtbot.waitUntil(lambda: window.case_detail.detail is not None and not window.context.runner.busy,
                    timeout=20000)
    checked = tab_leaves(qtbot, window)
    # the case's description and justification, the new note, the social-plan justification at least
    assert {"descriptionEdit", "justificationEdit", "noteEdit", "alignmentJustification"} <= set(checked)


def test_tab_leaves_the_multiline_fields_of_the_dialogs(office: Office, qtbot: QtBot, runner: Runner) -> None:
    file_number = register(office)
    context = make_context(office.database, "anna", runner)
    detail = context.reader.case(file_number)
    choices = context.reader.form_choices()
    dialogs: list[Callable[[], QWidget]] = [
        lambda: OverrideDialog("Regel", "Nicht erfüllt."), lambda: PostponeDialog(dt.date(2026, 3, 1)),
        lambda: DocumentDialog(choices.document_types), lambda: CrashDialog("Traceback …"),
        lambda: ReasonDialog(context, "Grund", "reasonDialog", lambda _reason: lambda: None),
        lambda: AnonymiseDialog(RetentionDue(file_number, "Titel", "Träger", None, dt.date(2026, 1, 1))),
    ]
    with_text = [t for t in TRANSITIONS if t.direct and any(f.kind == FieldKind.multiline
                                                            for f in dialog_fields(t.action))]
    assert with_text
    dialogs += [lambda t=t: ActionDialog(context, detail, t, SPECS[t.action]) for t in with_text]
    for make in dialogs:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert tab_leaves(qtbot, dialog), dialog.objectName()
        dialog.close()


def test_tab_leaves_the_multiline_fields_of_the_admin_window(office: Office, qtbot: QtBot, runner: Runner) -> None:
    context = make_context(office.database, "admin", runner)
    admin = AdminWindow(context, administration(office.admin))
    qtbot.addWidget(admin)
    admin.show()
    qtbot.waitExposed(admin)
    qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
    assert {"templateBody", "budgetReason", "programmeDescription", "programmeLegalBasis"} <= set(
        tab_leaves(qtbot, admin))


def test_tab_leaves_the_intake_wizard_text(office: Office, window_for: WindowFactory, qtbot: QtBot) -> None:
    window = window_for("anna")
    wizard = window.new_case()
    assert wizard is not None
    qtbot.keyClicks(wizard.applicant_page.search, "Sonnenblume")
    qtbot.waitUntil(lambda: wizard.applicant_page.results.count() == 1, timeout=20000)
    wizard.applicant_page.results.setCurrentRow(0)
    wizard.next()
    assert wizard.currentPage() is wizard.project_page
    assert {"description", "justification"} <= set(tab_leaves(qtbot, wizard.project_page))
    wizard.button(QWizard.WizardButton.CancelButton).click()


def test_tab_leaves_the_case_table_and_every_table(office: Office, window_for: WindowFactory, qtbot: QtBot) -> None:
    """The case list from its first row; every other table of the window from its last cell (an editable grid
    moves from cell to cell with Tab, then on)."""
    file_number = register(office)
    window = window_for("anna")
    window.case_detail.open_case(file_number)
    qtbot.waitUntil(lambda: window.case_detail.detail is not None and not window.context.runner.busy,
                    timeout=20000)
    window.pages.setCurrentWidget(window.pages.cases)
    window.activateWindow()
    table = window.case_list.view
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    left = []
    for view in window.findChildren(QAbstractItemView):
        bring_into_view(view)
        if not (view.isVisible() and view.isEnabled()) or view.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        model = view.model()
        if model is not None and model.rowCount() and model.columnCount():
            view.setCurrentIndex(model.index(model.rowCount() - 1, model.columnCount() - 1))
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(view.hasFocus, timeout=2000)
        QTest.keyClick(view, Qt.Key.Key_Tab)
        assert not view.hasFocus(), view.objectName()
        left.append(view.objectName())
    assert {"caseTable", "costTable", "fundingTable", "rulesTable"} <= set(left), left


def test_ctrl_tab_types_a_tab_character_and_read_only_text_stays(qtbot: QtBot) -> None:
    area = TextArea("Spalte")
    qtbot.addWidget(area)
    area.show()
    area.activateWindow()
    area.setFocus()
    area.moveCursor(area.textCursor().MoveOperation.End)
    QTest.keyClick(area, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert area.toPlainText() == "Spalte\t"
    area.setReadOnly(True)
    QTest.keyClick(area, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert area.toPlainText() == "Spalte\t"
