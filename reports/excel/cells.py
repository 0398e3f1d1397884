"""Cells for streamed (write-only) sheets: German formats, shared styles, text that is never a formula.

Number formats are stored in Excel's neutral notation; German Excel and
LibreOffice show `#,##0.00 "€"` as `12.345,67 €` and `DD.MM.YYYY` as `25.11.2026`.

Formula injection: a text from user input that begins with `=`, `+`, `-` or
`@` (or a tab/CR, which some programs strip first) could be taken as a formula
by a spreadsheet. Every text cell here is written with data type "s" (a plain
string, never `<f>`) and, when it starts with such a character, with Excel's
`quotePrefix` flag, which keeps it text even when someone edits the cell. The
text itself is unchanged, so it reads back exactly as it was entered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from copy import copy
from decimal import Decimal
from types import MethodType
from typing import Literal, Protocol, TypeAlias, cast

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart._chart import ChartBase
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import ColumnDimension, DimensionHolder, RowDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.page import PrintPageSetup
from openpyxl.worksheet.pagebreak import RowBreak
from openpyxl.worksheet.properties import PageSetupProperties, WorksheetProperties

from reports.excel import row_xml

CellValue: TypeAlias = str | int | Decimal | dt.date | None
"""What the sheets write into a styled cell."""

DATE_FORMAT = "DD.MM.YYYY"
AMOUNT_FORMAT = '#,##0.00 "€"'
PERCENT_FORMAT = "0.0 %"
COUNT_FORMAT = "#,##0"
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
GAP_FILL = PatternFill("solid", fgColor="FBE1E1")
GAP_FONT = Font(bold=True, color="9B1C1C")
THIN_BOTTOM = Border(bottom=Side(style="thin"))
WRAP = Alignment(wrap_text=True, vertical="top")


class SheetSetup(Protocol):
    """The sheet settings a write-only sheet has at run time (openpyxl hands them on from `Worksheet`), which
    the type stubs leave out of `WriteOnlyWorksheet`."""

    row_dimensions: DimensionHolder[int, RowDimension]
    column_dimensions: DimensionHolder[str, ColumnDimension]
    page_setup: PrintPageSetup
    auto_filter: AutoFilter
    sheet_properties: WorksheetProperties
    oddFooter: HeaderFooterItem  # noqa: N815 - openpyxl's name
    row_breaks: RowBreak

    def add_chart(self, chart: ChartBase, anchor: str | None = None) -> None: ...


def setup(ws: WriteOnlyWorksheet) -> SheetSetup:
    return cast(SheetSetup, ws)


def is_risky(text: str) -> bool:
    return text.startswith(RISKY_START)


def _values_to_row(ws: WriteOnlyWorksheet, values: Iterable[object], row_idx: int) -> Iterator[Cell]:
    """openpyxl's `WriteOnlyWorksheet._values_to_row` without its cost for a styled cell.

    openpyxl first tries to assign each value to its one reusable cell; a Cell as value fails that assignment with
    a ValueError whose message formats the cell's repr, is caught, and the reusable cell is then thrown away and
    made anew. For the ~70,000 styled cells of 10,000 cases (dates, amounts) that was most of the workbook's cost
    beyond raw openpyxl. Here a styled cell is recognised first and written as it is; plain values take openpyxl's
    own path. Our sheets have no hyperlinks (which the original also handles).
    """
    plain = WriteOnlyCell(ws)
    for col_idx, value in enumerate(values, 1):
        if value is None:
            continue
        if type(value) is Cell:
            value.column, value.row = col_idx, row_idx
            yield value
        else:
            plain.value = value  # type: ignore[assignment]  # openpyxl checks the type itself
            plain.column, plain.row = col_idx, row_idx
            yield plain


def stream_fast(ws: WriteOnlyWorksheet) -> None:
    """Let `ws.append` take the fast paths: rows rendered as XML text where they can be (`row_xml`), the others
    through the cell conversion above (per sheet; openpyxl's version is pinned by the lock file)."""
    ws._values_to_row = MethodType(_values_to_row, ws)  # type: ignore[attr-defined]  # private, not in the stubs
    row_xml.install(ws)


class CellFactory:
    """Makes styled WriteOnlyCells for one sheet, reusing one style record per kind (fast for 100,000 rows)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self._styles: dict[str, StyleArray] = {}
        stream_fast(ws)

    def _styled(self, kind: str, value: CellValue) -> Cell:
        style = self._styles.get(kind)
        data_type = _DATA_TYPES.get(type(value))
        if style is None or data_type is None:
            # the stubs leave out Decimal and date, which openpyxl writes as numbers and dates
            cell = WriteOnlyCell(self.ws, value=value)  # type: ignore[arg-type]
            if style is None:
                _apply_kind(cell, kind)
                style = self._styles[kind] = copy(cell._style)  # type: ignore[attr-defined]  # private
            cell._style = style  # type: ignore[attr-defined]  # private, not in the stubs
            return cell
        # the same cell without Cell.__init__'s work (a new style record, type checks through openpyxl's value
        # setter): ~70,000 of these for 10,000 cases. The style record is shared by all cells of a kind.
        cell = Cell.__new__(Cell)
        cell.parent, cell._style = self.ws, style  # type: ignore[attr-defined]  # private
        cell.row = cell.column = 1
        cell._value, cell.data_type = value, data_type  # type: ignore[attr-defined]  # private
        cell._hyperlink = cell._comment = None  # type: ignore[attr-defined]  # private
        return cell

    def text(self, value: str | None, kind: str = "text") -> str | Cell | None:
        """User-entered text: always a string cell, quote-prefixed when it could look like a formula.

        Plain text goes in as it is (openpyxl stores a str as a string unless it starts with "=",
        which `is_risky` catches), so 100,000 rows do not need 900,000 cell objects.
        """
        if value is None or value == "":
            return None
        if kind == "text" and not is_risky(value):
            return value
        cell = self._styled(kind + ("-quoted" if is_risky(value) else ""), value)
        cell.data_type = "s"
        return cell

    def label(self, value: str, kind: str = "header") -> Cell:
        """Our own fixed texts (headings, labels): never user input."""
        cell = self._styled(kind, value)
        cell.data_type = "s"
        return cell

    def amount(self, value: Decimal | None, kind: str = "amount") -> Cell | None:
        return None if value is None else self._styled(kind, value)

    def date(self, value: dt.date | None) -> Cell | None:
        return None if value is None else self._styled("date", value)

    def number(self, value: int | None, kind: str = "count") -> Cell | None:
        return None if value is None else self._styled(kind, value)

    def percent(self, value: Decimal | None, kind: str = "percent") -> Cell | None:
        return None if value is None else self._styled(kind, value)

    def formula(self, text: str, kind: str = "total-amount") -> Cell:
        """One of our own formulas (totals); the only place a cell gets data type "f"."""
        cell = self._styled(kind, text)
        cell.data_type = "f"
        return cell


_DATA_TYPES: dict[type, str] = {Decimal: "n", int: "n", dt.date: "d", str: "s"}
"""openpyxl's data type for the value types written styled (others take openpyxl's own path)."""


def _apply_kind(cell: Cell, kind: str) -> None:
    base = kind.removesuffix("-quoted")
    if kind.endswith("-quoted"):
        cell.quotePrefix = True
    if base == "title":
        cell.font = TITLE_FONT
    elif base == "header":
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, THIN_BOTTOM
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    elif base.startswith("total"):
        cell.font, cell.fill = BOLD, TOTAL_FILL
    elif base == "wrap":
        cell.alignment = WRAP
    elif base == "header-vertical":
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, THIN_BOTTOM
        cell.alignment = Alignment(text_rotation=90, horizontal="center", vertical="bottom")
    elif base in ("gap", "gap-label"):
        cell.font, cell.fill = GAP_FONT, GAP_FILL
        cell.alignment = Alignment(horizontal="center" if base == "gap" else "left")
    fmt = _FORMATS.get(base.removeprefix("total-"))
    if fmt:
        cell.number_format = fmt


_FORMATS = {"amount": AMOUNT_FORMAT, "date": DATE_FORMAT, "percent": PERCENT_FORMAT, "count": COUNT_FORMAT,
            "year": "0"}


def set_widths(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    """Column widths in characters; must be set before the first row is written."""
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        setup(ws).column_dimensions[get_column_letter(index)].width = width


def print_setup(ws: WriteOnlyWorksheet, title_rows: str | None = None,
                orientation: Literal["portrait", "landscape"] = "landscape") -> None:
    """A4 (landscape unless asked otherwise), fit to one page wide (any number of pages high), optional repeated
    rows."""
    sheet = setup(ws)
    sheet.page_setup.orientation = orientation
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        ws.print_title_rows = title_rows
    sheet.oddFooter.center.text = "Seite &P von &N"
