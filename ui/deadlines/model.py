"""The deadline rows as a sortable item model (dates and cases sort by value, not by their text)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from app.administration.dashboard import DeadlineItem
from ui import formatting

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE = "#b3261e"


def tr(text: str) -> str:
    return QCoreApplication.translate("DeadlineModel", text)


def headers() -> list[str]:
    return [tr("Fällig"), tr("Art"), tr("Betreff"), tr("Aktenzeichen"), tr("Vorhaben"), tr("Zuständig")]


class DeadlineModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__(0, len(headers()))
        self.setHorizontalHeaderLabels(headers())
        self.setSortRole(SORT_ROLE)

    def set_items(self, items: Sequence[DeadlineItem]) -> None:
        self.removeRows(0, self.rowCount())
        for item in items:
            due = formatting.date(item.due_on) + (tr(" (überfällig)") if item.overdue else "")
            cells = [(due, item.due_on.isoformat()), (item.kind_label, item.kind_label),
                     (item.title, item.title.lower()), (item.file_number or "–", item.file_number or ""),
                     (item.case_title or "–", (item.case_title or "").lower()),
                     (item.assigned_to or "–", (item.assigned_to or "").lower())]
            row = []
            for text, key in cells:
                cell = QStandardItem(text)
                cell.setEditable(False)
                cell.setData(key, SORT_ROLE)
                cell.setData(item, ITEM_ROLE)
                if item.overdue:
                    cell.setForeground(QBrush(QColor(OVERDUE)))
                row.append(cell)
            self.appendRow(row)

    def item_at(self, row: int) -> DeadlineItem | None:
        cell = self.item(row, 0)
        return cell.data(ITEM_ROLE) if cell is not None else None
