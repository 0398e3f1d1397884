"""The lists of the start page: decisions to confirm, deadlines, recent activity (a row opens its case)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from ui import formatting
from ui.widgets.column_fit import ColumnFit
from ui.widgets.record_table import RecordTable

if TYPE_CHECKING:  # the rows' types: the queries behind them load with the start page's first figures (issue 26)
    from app.administration.dashboard import Activity, DeadlineItem, PendingDecision

OVERDUE = "#b3261e"


def tr(text: str) -> str:
    return QCoreApplication.translate("StartTables", text)


def outcome_label(outcome: str) -> str:
    """The proposed outcome (a `DecisionOutcome`, compared by its value)."""
    labels = {"approve": tr("Bewilligung"), "partial": tr("Teilbewilligung"), "reject": tr("Ablehnung")}
    return labels.get(str(outcome), str(outcome))


class CaseTable(RecordTable):
    """A record table whose rows carry a file number; double-click or Enter opens the case."""

    case_requested = Signal(str)

    def __init__(self, headers: Sequence[str], name: str, stretch: int = -1,
                 right: frozenset[int] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(headers, name, stretch, right, parent)
        self.columns = ColumnFit(self, stretch)  # no column squeezed to nothing by a long name beside it
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.activated.connect(lambda index: self._request(index.row()))

    def _request(self, row: int) -> None:
        item = self.item(row, 0)
        file_number = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if file_number:
            self.case_requested.emit(file_number)

    def set_rows(self, rows: Sequence[Sequence[str]], values: Sequence[Any] | None = None,
                 colours: Sequence[str | None] | None = None) -> None:
        super().set_rows(rows, values, colours)
        self.columns.apply()

    def open_row(self, row: int) -> None:
        """Open the case of a row (as a double-click does)."""
        self._request(row)

    def resizeRowsToContents(self) -> None:  # noqa: N802 - Qt override
        """Rows keep one line: the start page lists, it does not wrap."""


def pending_table() -> CaseTable:
    table = CaseTable([tr("Aktenzeichen"), tr("Vorhaben"), tr("Antragsteller"), tr("Vorschlag"), tr("Betrag"),
                       tr("Vorgeschlagen von"), tr("am")], "pendingTable", stretch=1, right=frozenset({4}))
    return table


def fill_pending(table: CaseTable, items: Sequence[PendingDecision]) -> None:
    table.set_rows([[p.file_number, p.title, p.applicant, outcome_label(p.outcome), formatting.money(p.amount),
                     p.proposed_by, formatting.timestamp(p.proposed_at)] for p in items],
                   [p.file_number for p in items])
    for row, item in enumerate(items):
        if item.mine_to_confirm:
            for column in range(table.columnCount()):
                cell = table.item(row, column)
                if cell is None:
                    continue
                font = QFont(cell.font())
                font.setBold(True)
                cell.setFont(font)
                cell.setToolTip(tr("Von Ihnen zu bestätigen (Vier-Augen-Prinzip)"))


def deadline_table(name: str) -> CaseTable:
    return CaseTable([tr("Fällig"), tr("Art"), tr("Betreff"), tr("Aktenzeichen"), tr("Zuständig")], name,
                     stretch=2)


def fill_deadlines(table: CaseTable, items: Sequence[DeadlineItem]) -> None:
    """Overdue first (red, marked in words too), then due this week; the first column carries the case."""
    table.set_rows([[formatting.date(d.due_on) + (tr(" (überfällig)") if d.overdue else ""), d.kind_label,
                     d.title, d.file_number or "–", d.assigned_to or "–"] for d in items],
                   [d.file_number for d in items], [OVERDUE if d.overdue else None for d in items])


def activity_table() -> CaseTable:
    return CaseTable([tr("Zeitpunkt"), tr("Benutzer"), tr("Vorgang"), tr("Aktenzeichen")], "activityTable",
                     stretch=2)


def fill_activity(table: CaseTable, items: Sequence[Activity]) -> None:
    table.set_rows([[formatting.timestamp(a.at), a.user, a.label or a.action, a.file_number or "–"]
                    for a in items], [a.file_number for a in items])
