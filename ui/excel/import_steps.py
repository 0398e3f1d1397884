"""What the Excel import dialogs share: the file row, one step at a time in a worker (the buttons follow),
the error line, and no closing while a step runs (an import is one transaction and finishes first).

Subclasses lay out the rest, implement `load_file` and `_update_buttons`, and may take a refusal's plan in
`_refused`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.kernel.errors import FoerderDeskError
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.file_choice import Files

T = TypeVar("T")


class ImportSteps(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.busy = self.finished_import = False
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.setVisible(False)

    def _file_row(self, label_name: str, button_name: str) -> QHBoxLayout:
        self.file_label = QLabel(self.tr("Noch keine Datei gewählt."), objectName=label_name)
        self.choose_button = QPushButton(self.tr("Datei wählen …"), objectName=button_name)
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Datei:")))
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        return row

    def _choose(self, title: str) -> None:
        path = Files.open_file(self, title, self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if path is not None:
            self.load_file(path)

    def choose_file(self) -> None:
        raise NotImplementedError

    def load_file(self, path: Path) -> None:
        raise NotImplementedError

    def _work(self, call: Callable[[], T], on_done: Callable[[T], object], *, writes: bool = False) -> None:
        self.busy = True
        self.error.clear()
        self.error.setVisible(False)
        self._update_buttons()

        def done(result: T) -> None:
            self.busy = False
            on_done(result)
            self._update_buttons()

        operation = Operation(self, self.context, call).success(done).failure(self._failed)
        if writes:
            operation.notice_cases()
        operation.run()

    def _failed(self, error: FoerderDeskError) -> None:
        self.busy = False
        self._refused(error)
        self.show_error(error)
        self._update_buttons()

    def _refused(self, error: FoerderDeskError) -> None:
        """A refusal that carries its plan shows the plan (override)."""

    def show_error(self, error: FoerderDeskError) -> None:
        self.error.setText(error.message)
        self.error.setVisible(True)

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if not self.busy:  # an import in progress finishes (one transaction) before the dialog closes
            super().reject()
