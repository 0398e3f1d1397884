"""The line under a view's actions that says what was done, or in red why it was refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.kernel.errors import FoerderDeskError

ERROR_STYLE = "color: #a3262a;"


class ResultLine(QLabel):
    def __init__(self, name: str) -> None:
        super().__init__(objectName=name, wordWrap=True)

    def say(self, text: str) -> None:
        self.setText(text)
        self.setStyleSheet("")

    def refuse(self, error: FoerderDeskError) -> None:
        self.setText(error.message)
        self.setStyleSheet(ERROR_STYLE)
