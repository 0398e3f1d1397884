"""Item model of the proposed micro projects, with a checkbox per row (the selection to confirm)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.micro_projects.reader import ProposedMicroProject
from ui import formatting

Index = QModelIndex | QPersistentModelIndex
AMOUNT_COLUMN = 6


class ProposalModel(QAbstractTableModel):
    """Rows are replaced as a whole (`set_rows`); the checked file numbers survive a reload if still listed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Aktenzeichen"), self.tr("Träger"), self.tr("Vorhaben"), self.tr("Gemeinde"),
                        self.tr("Vorschlag"), self.tr("vorgeschlagen von"), self.tr("Betrag")]
        self.rows: list[ProposedMicroProject] = []
        self.checked: set[str] = set()

    def set_rows(self, rows: Sequence[ProposedMicroProject]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.checked &= {row.file_number for row in self.rows}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        """Number of proposals (a table has no children)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        """Number of columns (a table has no children)."""
        return 0 if parent.isValid() else len(self.headers)

    def _cells(self, row: ProposedMicroProject) -> tuple[str, ...]:
        return (row.file_number, row.applicant, row.title, row.municipality, row.outcome, row.proposed_by,
                formatting.money(row.amount) if row.amount is not None else "–")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the checkbox in the first column and right-aligned amounts; None outside the rows."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(row)[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if row.file_number in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == AMOUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Only the checkbox of the first column can be changed."""
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        number = self.rows[index.row()].file_number
        state = value.value if hasattr(value, "value") else value
        if state == Qt.CheckState.Checked.value:
            self.checked.add(number)
        else:
            self.checked.discard(number)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles; no row titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and \
                0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable rows; the first column is checkable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def set_all(self, checked: bool) -> None:
        self.checked = {row.file_number for row in self.rows} if checked else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole])

    def selection(self) -> list[str]:
        """The checked file numbers in list order."""
        return [row.file_number for row in self.rows if row.file_number in self.checked]
