"""Reading an office's Excel list (.xlsx): find the sheet and its header row, take the rows as they are.

Office lists put a title, a "Stand" line or notes above the header, leave blank
rows, add a totals row of formulas and keep remarks on further sheets. This
module finds the header by the column names it recognises (see
`app.excel.mapping`), and hands every row below it, untouched, to the
validation. Anything that is not a readable .xlsx (random bytes, a truncated
download, a CSV or an old .xls renamed, a password-protected file) ends here
with one German sentence; nothing has been written at that point.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from app.excel.limits import ImportLimits, ImportTooLarge, RowGuard, check_archive
from app.excel.mapping import header_score, normalise
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _

log = logging.getLogger(__name__)

HEADER_SEARCH_ROWS = 30
MIN_HEADER_SCORE = 3
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"


class ImportFileError(FoerderDeskError):
    """The file cannot be read as an Excel list; nothing was imported."""


@dataclass(frozen=True)
class RawRow:
    """One row below the header: Excel row number, cell values by column, columns holding formulas."""

    number: int
    values: tuple[object, ...]
    formulas: frozenset[int] = frozenset()

    @property
    def blank(self) -> bool:
        return all(v is None or (isinstance(v, str) and not v.strip()) for v in self.values)


@dataclass(frozen=True)
class RawTable:
    file_name: str
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    other_sheets: tuple[str, ...] = field(default_factory=tuple)


def read_table(path: Path, sheet: str | None = None, headers: Iterable[str] = (),
               limits: ImportLimits | None = None) -> RawTable:
    """The list in `path`: the named sheet, or the first sheet with a recognisable header row.

    `headers` are the column names of a chosen mapping; they count like known names when looking for the header.
    `limits` (the defaults if None) are checked before parsing and while the rows are read (`app.excel.limits`).
    """
    path = Path(path)
    _check_file(path)
    limits = limits or ImportLimits()
    check_archive(path, limits)
    known = frozenset(normalise(h) for h in headers)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
        try:
            return _table(workbook, path.name, sheet, known, RowGuard(path.name, limits))
        finally:
            workbook.close()
    except (ImportFileError, ImportTooLarge):
        raise
    except Exception as exc:  # any failure to parse untrusted bytes means: not a readable workbook
        log.info("unreadable Excel file %s: %r", path, exc)
        raise ImportFileError(_("Die Datei »{name}« ist beschädigt oder keine Excel-Arbeitsmappe (.xlsx) und kann "
                                "nicht gelesen werden. Es wurde nichts importiert.").format(name=path.name)) from exc


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise ImportFileError(_("Die Datei »{path}« gibt es nicht.").format(path=path))
    try:
        with path.open("rb") as handle:
            start = handle.read(4)
    except OSError as exc:
        raise ImportFileError(_("Die Datei »{name}« kann nicht geöffnet werden ({error}).").format(
            name=path.name, error=exc.strerror or exc)) from exc
    if start == OLE_MAGIC:
        raise ImportFileError(_("Die Datei »{name}« ist im alten Excel-Format (.xls) oder mit einem Kennwort "
                                "geschützt. Bitte in Excel ohne Kennwort als »Excel-Arbeitsmappe (.xlsx)« "
                                "speichern.").format(name=path.name))
    if start != ZIP_MAGIC:
        raise ImportFileError(_("Die Datei »{name}« ist keine Excel-Arbeitsmappe (.xlsx), sondern zum Beispiel eine "
                                "Text- oder CSV-Datei. Bitte in Excel als »Excel-Arbeitsmappe (.xlsx)« "
                                "speichern.").format(name=path.name))


def _table(workbook: Workbook, file_name: str, sheet: str | None, known: frozenset[str], guard: RowGuard) -> RawTable:
    names: list[str] = list(workbook.sheetnames)
    if sheet is not None and sheet not in names:
        raise ImportFileError(_("Die Datei »{name}« hat kein Blatt »{sheet}«; vorhanden: {sheets}.").format(
            name=file_name, sheet=sheet, sheets=", ".join(names)))
    for name in [sheet] if sheet else names:
        rows = _cells(workbook[name], guard)
        header = _header_row(rows, known)
        if header is not None:
            index, headers = header
            body = tuple(_raw(number, cells, len(headers)) for number, cells in rows[index + 1:])
            return RawTable(file_name, name, rows[index][0], headers, body,
                            tuple(n for n in names if n != name))
    raise ImportFileError(_("In »{name}« wurde keine Kopfzeile mit bekannten Spaltennamen gefunden (z. B. "
                            "»Aktenzeichen«, »Antragsteller«, »beantragt«). Bitte die Spaltenzuordnung "
                            "prüfen.").format(name=file_name))


Cells = list[tuple[object, str]]


def _cells(ws: Any, guard: RowGuard) -> list[tuple[int, Cells]]:
    """The rows of the sheet up to the last filled one, as (row number, [(value, data type)]), trailing empty
    cells left out.

    At most one column more than the limit is read (enough to see that the limit is passed); blank rows are
    kept only between filled ones, so formatting down to row 1,048,576 costs time but no memory.
    """
    rows: list[tuple[int, Cells]] = []
    blank_from: int | None = None
    for number, row in enumerate(ws.iter_rows(min_row=1, max_col=guard.limits.max_columns + 1), start=1):
        cells = [(getattr(c, "value", None), getattr(c, "data_type", "n")) for c in row]
        while cells and cells[-1][0] in (None, ""):
            cells.pop()
        guard.row([value for value, _type in cells])
        if not cells:
            blank_from = blank_from or number
            continue
        rows.extend((blank, []) for blank in range(blank_from or number, number))
        blank_from = None
        rows.append((number, cells))
        guard.stored(len(rows))
    return rows


def _header_row(rows: list[tuple[int, Cells]], known: frozenset[str]) -> tuple[int, tuple[str, ...]] | None:
    best: tuple[int, int] | None = None
    for index, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        texts = _texts(cells)
        score = max(header_score(texts), sum(1 for t in texts if t and normalise(t) in known))
        if score >= MIN_HEADER_SCORE and (best is None or score > best[1]):
            best = (index, score)
    if best is None:
        return None
    texts = _texts(rows[best[0]][1])
    while texts and not texts[-1]:
        texts.pop()
    return best[0], tuple(texts)


def _texts(cells: Iterable[tuple[object, str]]) -> list[str]:
    return [str(value).strip() if value is not None else "" for value, _type in cells]


def _raw(number: int, cells: Cells, width: int) -> RawRow:
    values = [value for value, _type in cells[:width]]
    values += [None] * (width - len(values))
    formulas = frozenset(i for i, (_value, kind) in enumerate(cells[:width]) if kind == "f")
    return RawRow(number, tuple(values), formulas)
