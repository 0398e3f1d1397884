"""What the tabs of the window "Landesprogramm" share: a message line and running a use case through the runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.kernel.errors import FoerderDeskError
from ui.context import UiContext
from ui.operations import Operation

OK_STYLE = "color: #1f6b35;"
ERROR_STYLE = "color: #b3261e;"


class StateTab(QWidget):
    def __init__(self, context: UiContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self.message = QLabel(objectName="stateMessage", wordWrap=True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 8)

    def run(self, call: Callable[[], Any], done: Callable[[Any], str | None], *, writes: bool = True) -> None:
        """Run a use case (or a read) off the GUI thread; show its refusal here, or what was done."""
        operation = Operation(self, self.context, call).success(lambda result: self._done(done(result))) \
            .failure(self.show_error)
        if writes:
            operation.notice_cases()  # the deadline list and the case views hear of it
        operation.run()

    def _done(self, text: str | None) -> None:
        if text:
            self.message.setStyleSheet(OK_STYLE)
            self.message.setText(text)

    def show_error(self, error: FoerderDeskError) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error.message)
