"""The one multi-line text field of the program: Tab leaves it like every other field (issue 23).

Typing a tab character into a reason or a report is almost never meant, while leaving the field with Tab is
what every other field does; Ctrl+Tab inserts a tab character for the rare case it is wanted (a table pasted
as text). Every multi-line field in `ui/` is a `TextArea` (tests/ui/test_keyboard.py checks that none is built
otherwise), so none traps the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextArea(QPlainTextEdit):
    def __init__(self, text: str = "", parent: QWidget | None = None, **properties: object) -> None:
        super().__init__(text, parent, **properties)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if (event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                and not self.isReadOnly()):
            self.insertPlainText("\t")
            event.accept()
            return
        super().keyPressEvent(event)
