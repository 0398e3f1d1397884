"""A read-only table model of prepared rows (texts, tooltips, colours, a hidden value per row).

Used where a list is small and already loaded: issued letters, an import's validation report, the
letters a batch did not write. Rows are replaced as a whole (`set_rows`), so views stay consistent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class TextRow:
    cells: tuple[str, ...]
    value: Any = None
    tooltips: tuple[str | None, ...] = ()
    colour: str | None = None
    background: str | None = None


class TextTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], right: frozenset[int] = frozenset(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.right = right
        self.rows: list[TextRow] = []

    def set_rows(self, rows: Sequence[TextRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.headers):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = row.tooltips[column] if column < len(row.tooltips) else None
            return tip or (row.cells[column] if column < len(row.cells) else None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.colour:
            return QBrush(QColor(row.colour))
        if role == Qt.ItemDataRole.BackgroundRole and row.background:
            return QBrush(QColor(row.background))
        if role == VALUE_ROLE:
            return row.value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def value_at(self, row: int) -> Any:
        return self.rows[row].value if 0 <= row < len(self.rows) else None


def table_view(model: TextTableModel, name: str, stretch: int = -1) -> QTableView:
    """A read-only, row-selecting view of the model; `stretch` is the column that takes the spare width."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # read-only: Tab goes on to the next field, arrows move in the table
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    model.modelReset.connect(view.resizeRowsToContents)
    return view
