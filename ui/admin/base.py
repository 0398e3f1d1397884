"""What every administration tab shares: the loaded data, a message line, and saving through a service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.administration.reads import Administration
from app.kernel.errors import FoerderDeskError
from ui.context import UiContext
from ui.operations import Operation


class AdminTab(QWidget):
    saved = Signal(str)  # what was saved, in German; the window reloads the data

    def __init__(self, context: UiContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self.data: Administration | None = None
        self.message = QLabel(objectName="adminMessage", wordWrap=True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 8)

    def show_data(self, data: Administration) -> None:
        self.data = data

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.message)

    def finish_table_layout(self, table: QWidget, fields: QFormLayout, editor_name: str, max_width: int) -> None:
        """The usual tab: the table takes the height, its editor form below it, then the message line."""
        editor = QWidget(objectName=editor_name)
        editor.setMaximumWidth(max_width)
        editor.setLayout(fields)
        self.layout_.addWidget(table, 1)
        self.layout_.addWidget(editor)
        self.finish_layout()

    def save(self, call: Callable[[], Any], done: str) -> None:
        """Run a service call in a worker; show its refusal here, or announce what was saved."""
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Wird gespeichert …"))
        # budgets, rules and names show elsewhere too: every view hears of it
        Operation(self, self.context, call).success(lambda _r: self._saved(done)).failure(self.show_error) \
            .notice_cases().run()

    def _saved(self, done: str) -> None:
        self.message.setStyleSheet("color: #1f6b35;")
        self.message.setText(done)
        self.saved.emit(done)

    def show_error(self, error: FoerderDeskError) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(error.message)


def form() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return layout
