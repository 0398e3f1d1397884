"""A view that always shows what is stored now: it loads when shown, and again on every change of cases while
it is visible (a hidden view loads when it is shown again).

Subclasses implement `reload()`; the data arrive through `ui.operations.Operation(...).latest()`, so the answer
to an older load never overwrites a newer one.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.context import UiContext


class LiveView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.held = False  # True: not loaded when shown (the start page loads its panels with its figures)
        context.changes.cases_changed.connect(self._changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.held:
            self.reload()

    def _changed(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError
