"""Hilfe → Tastenkürzel: every shortcut of the main window, read from its actions and buttons when opened.

The list is never typed by hand: it is what the window's `QAction`s and buttons carry at the moment the dialog
opens (in the language and the key names of the system), so a new shortcut appears by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.dialog_look import fit_to_screen
from ui.widgets.record_table import RecordTable

NATIVE = QKeySequence.SequenceFormat.NativeText


def _label(text: str) -> str:
    """A menu text without its mnemonic ("&Beenden" → "Beenden") and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix(" …").removesuffix("…")


def _window_of(item: QObject) -> QObject | None:
    """The window an action or button works in; a menu belongs to the window it drops down from."""
    parent: QObject | None = item if isinstance(item, QWidget) else item.parent()
    while isinstance(parent, QWidget) and not (parent.isWindow() and not isinstance(parent, QMenu)):
        parent = parent.parentWidget()
    return parent


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action and button of `window` that has a shortcut, in creation order
    (not those of the windows it opened, such as the applicants window with its own Ctrl+F)."""
    rows: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        if _window_of(action) is not window:
            continue
        for sequence in action.shortcuts():
            rows.append((sequence.toString(NATIVE), _label(action.text())))
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty() and _window_of(button) is window:
            rows.append((button.shortcut().toString(NATIVE), _label(button.text())))
    return list(dict.fromkeys(row for row in rows if row[0] and row[1]))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Tastenkürzel"))
        self.table = RecordTable([self.tr("Tasten"), self.tr("Aktion")], "shortcutTable", stretch=1)
        rows = [list(row) for row in shortcut_rows(window)]
        tab, back, ctrl_tab = (QKeySequence(key).toString(NATIVE) for key in ("Tab", "Shift+Tab", "Ctrl+Tab"))
        rows += [[tab, self.tr("Zum nächsten Feld (auch aus mehrzeiligen Feldern und Tabellen)")],
                 [back, self.tr("Zum vorigen Feld")],
                 [ctrl_tab, self.tr("Tabulatorzeichen in ein mehrzeiliges Feld schreiben")]]
        self.table.set_rows(rows)
        note = QLabel(self.tr("Die Liste zeigt die Tastenkürzel dieses Fensters, wie sie gerade gelten."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 480)

    def texts(self) -> list[tuple[str, str]]:
        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""
        return [(cell(r, 0), cell(r, 1)) for r in range(self.table.rowCount())]


def install_help_menu(window: QMainWindow) -> QAction:
    """The menu "Hilfe" with "Tastenkürzel" (F1 is left to context help; the list opens from the menu)."""
    menu: QMenu = window.menuBar().addMenu(window.tr("&Hilfe"))
    menu.setObjectName("helpMenu")
    action = menu.addAction(window.tr("Tastenkürzel …"))
    action.setObjectName("shortcutList")
    action.triggered.connect(lambda: open_shortcuts(window))
    return action


def open_shortcuts(window: QWidget) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.open()
    return dialog
