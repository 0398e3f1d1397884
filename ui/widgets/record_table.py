"""A read-only table of a few records (rules, payments, notes …) with a hidden value per row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class RecordTable(QTableWidget):
    def __init__(self, headers: Sequence[str], name: str, stretch: int = -1,
                 right: frozenset[int] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent, objectName=name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # read-only: Tab goes on to the next field, arrows move in the table
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.right = right
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch >= 0:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: Sequence[Sequence[str]], values: Sequence[Any] | None = None,
                 colours: Sequence[str | None] | None = None) -> None:
        self.setRowCount(0)
        self.setRowCount(len(rows))  # at once: a row inserted at a time re-laid the table out each time
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        brushes: dict[str, QBrush] = {}
        for index, row in enumerate(rows):
            colour = colours[index] if colours is not None else None
            brush = brushes.setdefault(colour, QBrush(QColor(colour))) if colour else None
            for column, text in enumerate(row):
                item = QTableWidgetItem(text)
                if column in self.right:
                    item.setTextAlignment(right)
                if values is not None and column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, values[index])
                if brush is not None:
                    item.setForeground(brush)
                self.setItem(index, column, item)
        self.resizeRowsToContents()

    def current_value(self) -> Any:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None
