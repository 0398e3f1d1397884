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
TEXT_CACHE = 4096  # texts remembered per sheet: the repeated ones come first, the memory stays small
_ILLEGAL = ILLEGAL_CHARACTERS_RE.search


def _inline(value: str) -> str:
    """The rest of a string cell after its attributes, as openpyxl writes it: an inline string, its outer spaces
    kept (xml:space) when it has text besides them."""
    stripped = value.strip()
    space = ' xml:space="preserve"' if stripped and stripped != value else ""
    return f"><is><t{space}>{_escape_cdata(value)}</t></is></c>"


def _plain_text(value: str) -> str | None:
    """`_inline` for a bare str value, None where openpyxl would make it something else (a formula, an error code),
    cut it or refuse it."""
    if (not value or len(value) > MAX_TEXT or (len(value) > 1 and value[0] == "=") or value in ERROR_CODES
            or _ILLEGAL(value)):
        return None
    return _inline(value)


def _number(value: Any) -> str | None:
    """The <v> text openpyxl writes for a number; None for not-a-number and infinity (an empty <v/> there)."""
    kind = type(value)
    if kind is Decimal:
        return "%.16g" % value if value.is_finite() else None  # noqa: UP031 - openpyxl's own format, via float
    if kind is int:
        return "%.16g" % value  # noqa: UP031 - as above (not Decimal.__format__, which keeps "1234.50")
    if kind is float:
        return safe_string(value) or None
    return None


class RowXml:
    """Renders rows of one sheet; None means "let openpyxl write this row"."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.workbook: Any = ws.parent
        self.letters = [get_column_letter(i) for i in range(1, 703)]  # A … ZZ
        self.styles: dict[int, str] = {}  # id(StyleArray) → ' s="n"', or "" when unstyled
        self.kept: list[object] = []  # the style arrays of `styles`, so their ids stay their own
        self.days: dict[dt.date, str] = {}
        self.texts: dict[str, str] = {}  # frequent texts (municipality, status …) → `_plain_text`

    def _style(self, style: Any) -> str:
        attribute = f' s="{self.workbook._cell_styles.add(style)}"' if style is not None and any(style) else ""
        self.kept.append(style)
        self.styles[id(style)] = attribute
        return attribute

    def _date(self, value: object) -> str | None:
        if not isinstance(value, dt.date) or self.workbook.iso_dates:
            return None
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return None  # openpyxl refuses it with its own message
        text = self.days[value] = safe_string(to_excel(value, self.workbook.epoch))  # type: ignore[no-untyped-call]
        return text

    def _cell(self, ref: str, cell: Cell) -> str | None:
        """A styled cell of `CellFactory` (or any openpyxl cell without comment and hyperlink)."""
        if cell._comment is not None or cell._hyperlink is not None:  # type: ignore[attr-defined]  # private
            return None
        value, kind, style = cell._value, cell.data_type, cell._style  # type: ignore[attr-defined]
        attribute = self.styles.get(id(style))
        if attribute is None:
            attribute = self._style(style)
        if kind == "n":
            text = _number(value)
        elif kind == "d":
            text = self.days.get(value) if type(value) is dt.date else None
            if text is None:
                text = self._date(value)
        elif kind == "s":
            return f'<c r="{ref}"{attribute} t="inlineStr"{_inline(value)}' if type(value) is str and value else None
        else:
            return None  # formulas, booleans, errors: openpyxl's path
        return None if text is None else f'<c r="{ref}"{attribute} t="n"><v>{text}</v></c>'

    def render(self, values: Sequence[Any], row: int) -> str | None:
        if row in self.ws.row_dimensions:  # type: ignore[attr-defined]  # a height or style for the row
            return None
        number = str(row)
        parts = [f'<row r="{number}">']
        append, letters, texts = parts.append, self.letters, self.texts
        for index, value in enumerate(values):
            if value is None:
                continue
            ref = (letters[index] if index < 702 else get_column_letter(index + 1)) + number
            kind = type(value)
            if kind is str:
                body = texts.get(value)
                if body is None:
                    body = _plain_text(value)
                    if body is None:
                        return None
                    if len(texts) < TEXT_CACHE:
                        texts[value] = body
                append(f'<c r="{ref}" t="inlineStr"{body}')
            elif kind is Cell:
                text = self._cell(ref, value)
                if text is None:
                    return None
                append(text)
            else:
                number_text = _number(value)
                if number_text is None:
                    return None  # dates without a style, booleans … (openpyxl gives them a format), not-a-number
                append(f'<c r="{ref}" t="n"><v>{number_text}</v></c>')
        append("</row>")
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
