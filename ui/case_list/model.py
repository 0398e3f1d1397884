"""Table model of the case list: holds only the ordered ids, loads rows page by page on demand.

Filtering, sorting and counting run in the database (see `CaseListWidget`); this model never holds
all rows. A page of rows is fetched by primary key when the view first asks for one of them (a few
milliseconds even at 100,000 cases), the way Anki's browser table does.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.cases.case_list import CaseRow
from ui import formatting
from ui.style import STATUS_COLOURS
from ui.translation import QT_TR_NOOP

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
MAX_CACHED_PAGES = 50

# key (sort key understood by the query), header, value
COLUMNS: list[tuple[str, str, Callable[[CaseRow], Any]]] = [
    ("file_number", QT_TR_NOOP("Aktenzeichen"), lambda r: r.file_number),
    ("title", QT_TR_NOOP("Titel"), lambda r: r.title),
    ("applicant", QT_TR_NOOP("Antragsteller"), lambda r: r.applicant),
    ("municipality", QT_TR_NOOP("Gemeinde"), lambda r: r.municipality),
    ("programme", QT_TR_NOOP("Programm"), lambda r: r.programme),
    ("fiscal_year", QT_TR_NOOP("Jahr"), lambda r: r.fiscal_year),
    ("status", QT_TR_NOOP("Status"), lambda r: r.status),
    ("requested", QT_TR_NOOP("Beantragt"), lambda r: r.requested),
    ("approved", QT_TR_NOOP("Bewilligt"), lambda r: r.approved),
    ("paid", QT_TR_NOOP("Ausgezahlt"), lambda r: r.paid),
    ("next_deadline", QT_TR_NOOP("Nächste Frist"), lambda r: r.next_deadline),
]
MONEY_COLUMNS = frozenset({"requested", "approved", "paid"})
STATUS_COLUMN = [c[0] for c in COLUMNS].index("status")


class CaseTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, fetch_rows: Callable[[Sequence[int]], list[CaseRow]], today: Callable[[], dt.date],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch_rows
        self._today = today
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, CaseRow]] = OrderedDict()
        self.pages_loaded = 0

    # -- content ------------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        """Show a new ordered id list (a new filter or sort); cached rows are dropped."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def extend_ids(self, ids: list[int]) -> None:
        """The whole list after its first page: rows are appended (the view keeps its place and selection);
        a list that no longer starts with the shown rows replaces them."""
        shown = len(self._ids)
        if ids[:shown] != self._ids:
            self.set_ids(ids)
            return
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()

    def refresh_rows(self) -> None:
        """Re-read the visible rows after a change, keeping the id order."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def case_row(self, row: int) -> CaseRow | None:
        """The row's data, loading its page if needed; None outside the list."""
        if not 0 <= row < len(self._ids):
            return None
        page_number = row // PAGE
        page = self._pages.get(page_number)
        if page is None:
            page = self._load_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def _load_page(self, page_number: int) -> dict[int, CaseRow]:
        ids = self._ids[page_number * PAGE:(page_number + 1) * PAGE]
        page = {r.id: r for r in self._fetch(ids)}
        self._pages[page_number] = page
        self.pages_loaded += 1
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        """Number of cases in the filtered set (0 under a parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        """Fixed columns (0 under a parent)."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """German column titles; row numbers are not shown."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment, status colours and overdue marking for one cell."""
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self.case_row(index.row())
        if row is None:
            return None
        key, _header, value_of = COLUMNS[index.column()]
        value = value_of(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(key, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.file_number
        return self._decoration(key, row, role)

    def _text(self, key: str, value: Any) -> str:
        if key in MONEY_COLUMNS:
            return formatting.money(value)
        if key == "status":
            return formatting.status(value)
        if key == "next_deadline":
            return formatting.date(value)
        return "" if value is None else str(value)

    def _decoration(self, key: str, row: CaseRow, role: int) -> Any:
        if key == "status" and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, foreground = STATUS_COLOURS.get(row.status, ("#ffffff", "#000000"))
            return QBrush(QColor(background if role == Qt.ItemDataRole.BackgroundRole else foreground))
        overdue = row.next_deadline is not None and row.next_deadline < self._today()
        if key == "next_deadline" and overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b3261e"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the database: ask the owner to re-query in this order."""
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
