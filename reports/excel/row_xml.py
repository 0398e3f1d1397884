"""Rows of a write-only sheet written as XML text: the same bytes as openpyxl's own writer, without its per-cell work.

openpyxl's write-only sheet turns every value into a cell object, builds an ElementTree element per cell and
serialises it through `et_xmlfile` – about nine tenths of the time of a large workbook. Here a row of the kinds of
values our sheets write (text, whole numbers, Decimal amounts, and the styled cells of `cells.CellFactory`: amounts,
dates, labels, quote-prefixed text) is rendered to its XML in one string, exactly as openpyxl would write it
(tests/excel/test_row_xml.py compares the bytes). Anything else in a row – a formula, a boolean, a text openpyxl
would refuse or shorten, a row with a height, a comment or hyperlink, lxml installed – and the whole row takes
openpyxl's own path, so the file never depends on this shortcut being complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Sequence
from decimal import Decimal
from types import MethodType
from typing import Any
from xml.etree.ElementTree import _escape_cdata  # type: ignore[attr-defined]  # the escaping et_xmlfile uses

from et_xmlfile.xmlfile import _IncrementalFileWriter  # type: ignore[import-untyped]  # openpyxl's writer
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MAX_TEXT = 32767  # openpyxl cuts longer texts; such a row takes its path
_NUMBERS = (int, Decimal, float)
_ILLEGAL = ILLEGAL_CHARACTERS_RE.search


def _text(ref: str, style: str, value: str) -> str | None:
    """A string cell (data type "s") as openpyxl writes it: an inline string, spaces kept when it has outer ones."""
    if not value:
        return None
    stripped = value.strip()
    space = ' xml:space="preserve"' if stripped and stripped != value else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_escape_cdata(value)}</t></is></c>'


def _number(ref: str, style: str, value: object) -> str | None:
    """A number cell; not-a-number and infinity (an empty <v/> in openpyxl) take openpyxl's path."""
    text = safe_string(value)
    return f'<c r="{ref}"{style} t="n"><v>{text}</v></c>' if text else None


class RowXml:
    """Renders rows of one sheet; None means "let openpyxl write this row"."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.workbook: Any = ws.parent
        self.letters = [get_column_letter(i) for i in range(1, 65)]
        self.styles: dict[int, tuple[object, str]] = {}  # id(StyleArray) → (the array, ' s="n"' or "")
        self.days: dict[dt.date, str] = {}

    def _style(self, style: Any) -> str:
        """' s="id"' for a styled cell, "" for an unstyled one (no s attribute)."""
        known = self.styles.get(id(style))
        if known is None:
            attribute = f' s="{self.workbook._cell_styles.add(style)}"' if style is not None and any(style) else ""
            known = self.styles[id(style)] = (style, attribute)  # the array is kept, so its id stays its own
        return known[1]

    def _date(self, value: dt.date) -> str | None:
        text = self.days.get(value)
        if text is None:
            if isinstance(value, dt.datetime) and value.tzinfo is not None:
                return None  # openpyxl refuses it with its own message
            text = self.days[value] = safe_string(to_excel(value, self.workbook.epoch))  # type: ignore[no-untyped-call]
        return text

    def _cell(self, ref: str, cell: Cell) -> str | None:
        if cell._comment is not None or cell._hyperlink is not None:  # type: ignore[attr-defined]
            return None
        value, kind = cell._value, cell.data_type  # type: ignore[attr-defined]  # private
        style = self._style(cell._style)  # type: ignore[attr-defined]
        if kind == "s":
            return _text(ref, style, value) if type(value) is str else None
        if kind == "n" and type(value) in _NUMBERS:
            return _number(ref, style, value)
        if kind == "d" and isinstance(value, dt.date) and not self.workbook.iso_dates:
            days = self._date(value)
            return None if days is None else f'<c r="{ref}"{style} t="n"><v>{days}</v></c>'
        return None  # formulas, booleans, errors, empty styled cells: openpyxl's path

    def render(self, values: Sequence[Any], row: int) -> str | None:
        if row in self.ws.row_dimensions:  # type: ignore[attr-defined]  # a height or style for the row
            return None
        number = str(row)
        parts = [f'<row r="{number}">']
        letters = self.letters
        for index, value in enumerate(values):
            if value is None:
                continue
            ref = (letters[index] if index < 64 else get_column_letter(index + 1)) + number
            kind = type(value)
            if kind is str:
                if (len(value) > MAX_TEXT or (len(value) > 1 and value[0] == "=") or value in ERROR_CODES
                        or _ILLEGAL(value)):
                    return None
                text = _text(ref, "", value)
            elif kind is int or kind is Decimal or kind is float:
                text = _number(ref, "", value)
            elif kind is Cell:
                text = self._cell(ref, value)
            else:
                return None  # dates without a style, booleans … are given a format by openpyxl
            if text is None:
                return None
            parts.append(text)
        parts.append("</row>")
        return "".join(parts)


def _write_rows(ws: WriteOnlyWorksheet) -> Generator[None, Any, None]:
    """openpyxl's `WriteOnlyWorksheet._write_rows`, a row rendered here where it can be."""
    try:
        xf = ws._writer.xf.send(True)  # type: ignore[attr-defined]  # private, not in the stubs
    except StopIteration:
        ws._already_saved()  # type: ignore[attr-defined]
    raw: Callable[[str], object] | None = xf._file if type(xf) is _IncrementalFileWriter else None
    rows = RowXml(ws)
    with xf.element("sheetData"):
        index = 1
        try:
            while True:
                values = yield
                if not isinstance(values, list | tuple):
                    values = list(values)  # a generator: read once, for either path
                text = rows.render(values, index) if raw is not None else None
                if raw is not None and text is not None:
                    raw(text)
                else:
                    ws._writer.write_row(xf, ws._values_to_row(values, index), index)  # type: ignore[attr-defined]
                index += 1
        except GeneratorExit:
            pass
    ws._writer.xf.send(None)  # type: ignore[attr-defined]


def install(ws: WriteOnlyWorksheet) -> None:
    """Let `ws.append` write its rows here (before the first row; openpyxl's version is pinned by the lock file)."""
    ws._write_rows = MethodType(_write_rows, ws)  # type: ignore[attr-defined]  # private, not in the stubs
