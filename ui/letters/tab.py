"""The tab "Schreiben" of a case: its issued letters, "Schreiben erstellen …", and the stored letters to open.

Double-clicking a letter opens the stored PDF bytes (never a regenerated letter). The letter service,
the dialogs and with them reportlab are imported when first needed: the main window (which holds this
tab) starts without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.kernel.errors import FoerderDeskError
from app.kernel.stored_files import deleted_notice
from ui import formatting
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.lazy_tab import LazyCaseTab
from ui.widgets.text_table import TextRow, TextTableModel, table_view

if TYPE_CHECKING:
    from app.letters.service import LetterRow
    from ui.letters.dialog import LetterDialog
    from ui.letters.viewer import StoredLetterDialog

HASH_SHOWN = 16


def letter_rows(rows: list[LetterRow]) -> list[TextRow]:
    """Newest first: the letter just issued is on top."""
    return [TextRow((str(r.id), formatting.timestamp(r.issued_at), r.label, r.subject, r.issued_by,
                     formatting.date(r.posted_on), _hash_cell(r)), r.id,
                    tooltips=(None, None, None, None, None, None,
                              deleted_notice(r.sha256) if r.content_deleted_at else f"SHA-256 {r.sha256}"))
            for r in reversed(rows)]


def _hash_cell(row: LetterRow) -> str:
    """The hash's start; a cross when anonymisation deleted the PDF (the tooltip and opening say so)."""
    return row.sha256[:HASH_SHOWN] + "…" + (" ✕" if row.content_deleted_at else "")


class LettersTab(LazyCaseTab):
    loaded = Signal(int)  # number of letters shown
    letter_issued = Signal(str)  # file number: the case has a new letter (and audit event)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = TextTableModel([self.tr("Nr."), self.tr("Ausgestellt am"), self.tr("Art"), self.tr("Betreff"),
                                     self.tr("Ausgestellt von"), self.tr("Zur Post"), self.tr("SHA-256")],
                                    right=frozenset({0}), parent=self)
        self.table = table_view(self.model, "letterTable", stretch=3)
        self.table.doubleClicked.connect(self._double_clicked)
        self.create_button = QPushButton(self.tr("Schreiben erstellen …"), objectName="createLetter")
        self.create_button.clicked.connect(self.create_letter)
        self.open_button = QPushButton(self.tr("Gespeichertes Schreiben öffnen"), objectName="openLetter")
        self.open_button.clicked.connect(self.open_current)
        self.empty = QLabel(objectName="lettersEmpty")
        hint = QLabel(self.tr("Doppelklick öffnet ein ausgestelltes Schreiben genau so, wie es verschickt wurde."))
        hint.setStyleSheet("color: #56616e;")
        bar = QHBoxLayout()
        bar.addWidget(self.create_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        context.changes.cases_changed.connect(self.refresh)

    def load_case(self, file_number: str) -> None:
        from app.letters.service import list_letters

        uow = self.context.uow()
        Operation(self, self.context, lambda: list_letters(uow, file_number)).success(self._show) \
            .failure(self._failed).latest().run()

    def _show(self, rows: list[LetterRow]) -> None:
        self.model.set_rows(letter_rows(rows))
        self.open_button.setEnabled(bool(rows))
        self.empty.setText("" if rows else self.tr("Zu diesem Vorgang wurde noch kein Schreiben ausgestellt."))
        self.empty.setVisible(not rows)
        self.loaded.emit(len(rows))

    def _failed(self, error: FoerderDeskError) -> None:
        self.model.set_rows([])
        self.empty.setText(error.message)
        self.empty.setVisible(True)

    def create_letter(self) -> LetterDialog | None:
        if self.detail is None:
            return None
        from ui.letters.dialog import LetterDialog

        dialog = LetterDialog(self.context, self.detail, self)
        dialog.issued.connect(lambda _id, file_number=self.detail.file_number: self._issued(file_number))
        dialog.open()
        return dialog

    def _issued(self, file_number: str) -> None:
        self.reload()
        self.letter_issued.emit(file_number)  # the dialog's operation sends the notice

    def open_current(self) -> StoredLetterDialog | None:
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else (0 if self.model.rowCount() == 1 else -1)
        letter_id = self.model.value_at(row)
        return self.open_letter(letter_id) if letter_id is not None else None

    def _double_clicked(self, index: QModelIndex) -> None:
        letter_id = self.model.value_at(index.row())
        if letter_id is not None:
            self.open_letter(letter_id)

    def open_letter(self, letter_id: int) -> StoredLetterDialog:
        from ui.letters.viewer import StoredLetterDialog

        dialog = StoredLetterDialog(self.context, letter_id, self)
        dialog.open()
        return dialog
