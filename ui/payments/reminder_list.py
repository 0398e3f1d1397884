"""Reminder list: clawbacks past their due date and not yet paid in full, the longest overdue first.

Self-contained (takes the `UiContext`), for the start page or any other place: it loads when shown and after
every change notice; double-clicking a row asks to open the case (`case_chosen`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.kernel.errors import FoerderDeskError
from app.payments.queries import OverdueRow
from app.payments.reader import PaymentReader
from ui import formatting
from ui.context import UiContext
from ui.widgets.text_table import TextRow, TextTableModel, table_view


def overdue_rows(rows: tuple[OverdueRow, ...]) -> list[TextRow]:
    return [TextRow((r.reference, r.applicant, formatting.date(r.due_on), str(r.days_overdue),
                     formatting.money(r.outstanding), str(r.reminders), formatting.date(r.last_reminder)),
                    r.reference, colour="#a3262a" if r.reminders == 0 else None) for r in rows]


class ReminderList(QWidget):
    """Overdue repayments (Mahnliste); `case_chosen` carries the file number of a double-clicked row."""

    loaded = Signal(int)  # number of overdue claims shown
    case_chosen = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reminderList")
        self.generation, self.stale = 0, True
        self.model = TextTableModel([self.tr("Aktenzeichen"), self.tr("Träger"), self.tr("Fällig seit"),
                                     self.tr("Tage"), self.tr("Offen heute"), self.tr("Mahnungen"),
                                     self.tr("Letzte Mahnung")], right=frozenset({3, 4, 5}), parent=self)
        self.table = table_view(self.model, "overdueClaims", stretch=1)
        self.table.doubleClicked.connect(self._chosen)
        self.empty = QLabel(objectName="reminderListEmpty", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        context.changes.cases_changed.connect(self._changed)
        context.changes.case_changed.connect(lambda _ref: self._changed())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stale:
            self.reload()

    def _changed(self) -> None:
        self.stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self.stale, self.generation = False, self.generation + 1
        generation = self.generation
        reader = PaymentReader(self.context.database, self.context.actor.username)
        self.context.runner.submit(reader.overdue, lambda rows: self._show(generation, rows), self._failed)

    def _show(self, generation: int, rows: tuple[OverdueRow, ...]) -> None:
        if generation != self.generation:
            return
        self.model.set_rows(overdue_rows(rows))
        self.empty.setText("" if rows else self.tr("Keine überfälligen Rückforderungen."))
        self.empty.setVisible(not rows)
        self.loaded.emit(len(rows))

    def _failed(self, error: FoerderDeskError) -> None:
        self.model.set_rows([])
        self.empty.setText(error.message)
        self.empty.setVisible(True)

    def _chosen(self, index: QModelIndex) -> None:
        reference = self.model.value_at(index.row())
        if reference:
            self.case_chosen.emit(reference)
