"""Reminder list: clawbacks past their due date and not yet paid in full, the longest overdue first.

Self-contained (takes the `UiContext`), for the start page or any other place: it loads when shown and after
every change notice; double-clicking a row asks to open the case (`case_chosen`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.kernel.errors import FoerderDeskError
from ui import formatting
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.lazy_tab import LazyTab
from ui.widgets.text_table import TextRow, TextTableModel, table_view

if TYPE_CHECKING:  # the claims' stack loads in the worker that first reads them, after the list (issue 26)
    from app.kernel.database import Database
    from app.payments.overdue import OverdueRow


def overdue_rows(rows: tuple[OverdueRow, ...]) -> list[TextRow]:
    """A claim an objection suspends (§ 80 Abs. 1 VwGO) is shown as such, not as one to remind."""
    suspended = QCoreApplication.translate("ReminderList", "ausgesetzt (Widerspruch)")
    return [TextRow((r.file_number, r.applicant, formatting.date(r.due_on),
                     suspended if r.suspended else str(r.days_overdue),
                     formatting.money(r.outstanding), str(r.reminders), formatting.date(r.last_reminder)),
                    r.file_number, colour="#a3262a" if r.reminders == 0 and not r.suspended else None) for r in rows]


class ReminderList(LazyTab):
    """Overdue repayments (Mahnliste); `case_chosen` carries the file number of a double-clicked row."""

    loaded = Signal(int)  # number of overdue claims shown
    case_chosen = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, stale=True)
        self.context = context
        self.setObjectName("reminderList")
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
        context.changes.cases_changed.connect(self.refresh)
        context.changes.case_changed.connect(lambda _ref: self.refresh())

    def load(self) -> None:
        database, user = self.context.database, self.context.actor.username
        Operation(self, self.context, lambda: overdue(database, user)).success(self._show).failure(self._failed) \
            .latest().run()

    def _show(self, rows: tuple[OverdueRow, ...]) -> None:
        self.model.set_rows(overdue_rows(rows))
        self.empty.setText("" if rows else self.tr("Keine überfälligen Rückforderungen."))
        self.empty.setVisible(not rows)
        self.loaded.emit(len(rows))

    def _failed(self, error: FoerderDeskError) -> None:
        self.model.set_rows([])
        self.empty.setText(error.message)
        self.empty.setVisible(True)

    def _chosen(self, index: QModelIndex) -> None:
        file_number = self.model.value_at(index.row())
        if file_number:
            self.case_chosen.emit(file_number)


def overdue(database: Database, user_name: str) -> tuple[OverdueRow, ...]:
    """The overdue claims, read in a worker that imports their reader on first use."""
    from app.payments.overdue import OverdueReader

    return OverdueReader(database, user_name).overdue()
