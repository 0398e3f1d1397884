"""The receipt list as an editable grid: type receipts in, or paste them from Excel (Ctrl+V), then save once.

Columns: date, number, payee, purpose, cost line, amount, paid on (editable while the list is open), then the
sample mark and the check result (read only). A new receipt goes into the empty last row. A pasted table
with a header row ("Belegdatum", "Empfänger", "Lfd. Nr." …) fills the columns it names; without one, the cells
fill from the current cell on, as in Excel. German numbers and dates are read by `app.proof.receipt_entry`.

After every change the rows are checked (`check_entries`, pure, on the GUI thread): a row with an error is
red with the German message as tooltip, a likely duplicate yellow; the report under the grid lists them
all. "Belege speichern" stores the changed rows in one transaction — all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.proof.review import ReceiptFigures
from ui import formatting
from ui.proof_of_use.rows import FLAG_BACKGROUND, OPEN_BACKGROUND, check_text

if TYPE_CHECKING:  # the checks read cells with the Excel import's readers: loaded when first needed (cold start)
    from app.proof.queries import ProofReviewView
    from app.proof.receipt_entry import EntryCheck, EntryRow, StoredReceipt

Index = QModelIndex | QPersistentModelIndex
DUPLICATE_BACKGROUND = "#fff0b3"
CHANGED_BACKGROUND = "#e6f0fb"
MONEY_COLUMNS = frozenset({1, 5})
EDITABLE = 7  # date, number, payee, purpose, cost line, amount, paid on (`app.proof.receipt_entry.COLUMNS`)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReceiptGrid", text)


def _texts(r: ReceiptFigures) -> list[str]:
    return [formatting.date(r.receipt_date), str(r.position), r.payee, r.purpose, r.cost_line,
            formatting.money(r.amount), formatting.date(r.paid_on) if r.paid_on else ""]


@dataclass
class GridRow:
    texts: list[str] = field(default_factory=lambda: [""] * EDITABLE)
    stored: ReceiptFigures | None = None
    original: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return tuple(self.texts) != self.original if self.stored else any(t.strip() for t in self.texts)

    def entry(self) -> EntryRow:
        from app.proof.receipt_entry import EntryRow

        if not self.changed:
            return EntryRow()  # unchanged and blank rows are skipped; the row numbers stay those of the grid
        day, number, payee, purpose, cost_line, amount, paid_on = self.texts
        return EntryRow(day, number, payee, purpose, cost_line, amount, paid_on,
                        receipt_id=self.stored.id if self.stored else None)


class ReceiptGridModel(QAbstractTableModel):
    checked = Signal(object)  # the EntryCheck after each change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [tr("Datum"), tr("Nr."), tr("Empfänger"), tr("Zweck"), tr("Kostenposition"), tr("Betrag"),
                        tr("Bezahlt am"), tr("Stichprobe"), tr("Prüfergebnis")]
        self.rows: list[GridRow] = []
        self.view: ProofReviewView | None = None
        self.editable = False
        self.check: EntryCheck | None = None  # None: nothing typed since the list was loaded

    # -- loading and checking -------------------------------------------------------------------------------
    def load(self, view: ProofReviewView | None, editable: bool, keep_new: bool = False) -> None:
        """Show the stored receipts; `keep_new` keeps the rows typed but not yet saved (another change of the
        case reloaded the tab: what the user typed must not vanish)."""
        drafts = [row for row in self.rows if row.stored is None and row.changed] if keep_new else []
        self.beginResetModel()
        self.view, self.editable = view, editable and view is not None and view.frame is not None
        receipts = view.receipts if view else ()
        self.rows = [GridRow(_texts(r), r, tuple(_texts(r))) for r in receipts]
        if self.editable:
            self.rows += drafts
        self._trailing_row()
        self.check = None
        self.endResetModel()
        if drafts and self.editable:
            self.recheck()

    def _trailing_row(self) -> None:
        if self.editable and (not self.rows or self.rows[-1].stored or self.rows[-1].changed):
            self.rows.append(GridRow())

    @property
    def dirty(self) -> bool:
        return any(row.changed for row in self.rows)

    def entries(self) -> list[EntryRow]:
        return [row.entry() for row in self.rows]

    def stored(self) -> list[StoredReceipt]:
        from app.proof.receipt_entry import StoredReceipt

        return [StoredReceipt(r.id, r.position, r.receipt_date, r.payee, r.purpose, r.amount, r.cost_line_id)
                for r in (self.view.receipts if self.view else ())]

    def recheck(self) -> EntryCheck:
        from app.proof.receipt_entry import EntryCheck, check_entries

        frame = self.view.frame if self.view else None
        self.check = check_entries(frame, self.entries(), self.stored()) if frame else EntryCheck()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))
        self.checked.emit(self.check)
        return self.check

    def show_check(self, check: EntryCheck) -> None:
        """The service's report after a refused save (same row numbers)."""
        self.check = check
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))
        self.checked.emit(check)

    # -- Qt model ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column, number = self.rows[index.row()], index.column(), index.row() + 1
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column < EDITABLE:
                return row.texts[column]
            if row.stored is None:
                return ""
            return ("●" if row.stored.in_sample else "") if column == EDITABLE else check_text(row.stored)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.messages(number) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self._background(row, number)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def messages(self, number: int) -> str:
        """The errors and the duplicate hint of grid row `number` (1-based), one a line."""
        if self.check is None:
            return ""
        return "\n".join([*self.check.errors.get(number, []), *filter(None, [self.check.duplicates.get(number)])])

    def _background(self, row: GridRow, number: int) -> str | None:
        check = self.check
        if check is not None and number in check.errors:
            return FLAG_BACKGROUND
        if check is not None and number in check.duplicates:
            return DUPLICATE_BACKGROUND
        if row.changed:
            return CHANGED_BACKGROUND
        if row.stored is not None and (row.stored.not_accepted > 0):
            return FLAG_BACKGROUND
        if row.stored is not None and row.stored.in_sample and row.stored.result is None:
            return OPEN_BACKGROUND
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)  # the row number the messages name

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable and index.column() < EDITABLE else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        self._put(index.row(), index.column(), str(value or ""))
        self._after_edit()
        return True

    def _put(self, row: int, column: int, text: str) -> None:
        if row >= len(self.rows):
            self.beginInsertRows(QModelIndex(), len(self.rows), row)
            self.rows += [GridRow() for _i in range(row + 1 - len(self.rows))]
            self.endInsertRows()
        self.rows[row].texts[column] = text.strip()

    def _after_edit(self) -> None:
        if self.rows and self.rows[-1].changed:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(GridRow())
            self.endInsertRows()
        self.recheck()

    # -- editing as a spreadsheet --------------------------------------------------------------------------
    def paste(self, text: str, row: int, column: int) -> int:
        """A clipboard table from `row`, `column` on (or by its header's names); returns the rows filled."""
        if not self.editable:
            return 0
        from app.proof.receipt_entry import COLUMNS, header_columns, split_table

        table = split_table(text)
        mapping = header_columns(table[0]) if table else None
        if mapping is not None:
            table, row = table[1:], self._first_free_row(row)
        for offset, cells in enumerate(table):
            for index, cell in enumerate(cells):
                key = mapping.get(index) if mapping is not None else None
                target = COLUMNS.index(key) if key in COLUMNS else (column + index if mapping is None else None)
                if target is not None and target < EDITABLE:
                    self._put(row + offset, target, cell)
        self._after_edit()
        return len(table)

    def _first_free_row(self, row: int) -> int:
        """A table with its own header goes below the receipts, never over them."""
        while row < len(self.rows) and (self.rows[row].stored is not None or self.rows[row].changed):
            row += 1
        return row

    def clear_cells(self, indexes: list[QModelIndex]) -> None:
        editable = [i for i in indexes if self.flags(i) & Qt.ItemFlag.ItemIsEditable]
        for index in editable:
            self._put(index.row(), index.column(), "")
        if editable:
            self._after_edit()

    def receipt_at(self, row: int) -> ReceiptFigures | None:
        return self.rows[row].stored if 0 <= row < len(self.rows) else None


class ReceiptGrid(QTableView):
    """The view: Ctrl+V pastes a clipboard table, Delete empties the selected cells."""

    pasted = Signal(int)  # rows filled

    def __init__(self, model: ReceiptGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proofReceipts")
        self.setModel(model)
        self.grid_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrows and Enter move inside
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((84, 36, 140, 150, 150, 90, 84, 70)):
            self.setColumnWidth(column, width)
        self.verticalHeader().setDefaultSectionSize(24)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.grid_model.clear_cells(self.selectedIndexes())
            return
        super().keyPressEvent(event)

    def paste_clipboard(self) -> int:
        current = self.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (self.grid_model.rowCount() - 1, 0)
        filled = self.grid_model.paste(QGuiApplication.clipboard().text(), max(row, 0), min(column, EDITABLE - 1))
        if filled:
            self.pasted.emit(filled)
        return filled
