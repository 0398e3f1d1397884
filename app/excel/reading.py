"""Reading an office's Excel list (.xlsx): find the sheet and its header row, take the rows as they are.

Office lists put a title, a "Stand" line or notes above the header, leave blank
rows, add a totals row of formulas and keep remarks on further sheets. This
module finds the header by the column names it recognises (see
`app.excel.mapping`), and hands every row below it, untouched, to the
validation. Merged cells count as if each cell held the merged value (a
municipality merged over three rows belongs to each); a header of two rows
("Fördersumme" merged over "beantragt | bewilligt | ausgezahlt") is read as one
("Fördersumme beantragt" …). The title lines above the header are kept: they
may name the programme or the year. Anything that is not a readable .xlsx (random bytes, a truncated
download, a CSV or an old .xls renamed, a password-protected file) ends here
with one German sentence; nothing has been written at that point.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils.cell import range_boundaries

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
    title_lines: tuple[str, ...] = field(default_factory=tuple)
    """The texts above the header (title, "Stand" line): they may name the programme or the year."""
    header_rows: int = 1


Score = Callable[[Iterable[str]], int]
MERGED = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


def read_table(path: Path, sheet: str | None = None, headers: Iterable[str] = (),
               limits: ImportLimits | None = None, score: Score = header_score) -> RawTable:
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
            return _table(workbook, path.name, sheet, known, RowGuard(path.name, limits), score)
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


def _table(workbook: Workbook, file_name: str, sheet: str | None, known: frozenset[str], guard: RowGuard,
           score: Score) -> RawTable:
    names: list[str] = list(workbook.sheetnames)
    if sheet is not None and sheet not in names:
        raise ImportFileError(_("Die Datei »{name}« hat kein Blatt »{sheet}«; vorhanden: {sheets}.").format(
            name=file_name, sheet=sheet, sheets=", ".join(names)))
    for name in [sheet] if sheet else names:
        rows = _cells(workbook[name], guard)
        _fill_merged(workbook[name], rows, guard.limits.max_columns)
        header = _header_row(rows, known, score)
        if header is not None:
            first, last, headers = header
            body = tuple(_raw(number, cells, len(headers)) for number, cells in rows[last + 1:])
            titles = tuple(dict.fromkeys(t for _n, cells in rows[:first] for t in _texts(cells) if t))
            return RawTable(file_name, name, rows[last][0], headers, body,
                            tuple(n for n in names if n != name), titles, last - first + 1)
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
    widest = guard.limits.max_columns + 1
    declared = getattr(ws, "max_column", None)  # the sheet's own dimension: rows are padded to it, not to the limit
    width = min(declared, widest) if isinstance(declared, int) and declared > 0 else widest
    for number, row in enumerate(ws.iter_rows(min_row=1, max_col=width), start=1):
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


def _fill_merged(ws: Any, rows: list[tuple[int, Cells]], max_columns: int) -> None:
    """Give every cell of a merged range the value of its first cell (read-only sheets do not parse merges)."""
    get_source = getattr(ws, "_get_source", None)
    if get_source is None or not rows:
        return
    with get_source() as source:
        ranges = [range_boundaries(ref.decode()) for ref in MERGED.findall(source.read())]
    index = {number: i for i, (number, _cells) in enumerate(rows)}
    for min_col, min_row, max_col, max_row in ranges:
        if min_col is None or min_row is None or max_col is None or max_row is None:
            continue
        top = index.get(min_row)
        if top is None:
            continue
        cells = rows[top][1]
        value = cells[min_col - 1] if min_col - 1 < len(cells) else (None, "n")
        if value[0] in (None, ""):
            continue
        for number in range(min_row, max_row + 1):
            at = index.get(number)
            if at is None:
                continue
            target = rows[at][1]
            for column in range(min_col, min(max_col, max_columns) + 1):
                target.extend([(None, "n")] * (column - len(target)))
                if target[column - 1][0] in (None, ""):
                    target[column - 1] = value


def _header_row(rows: list[tuple[int, Cells]], known: frozenset[str],
                score: Score) -> tuple[int, int, tuple[str, ...]] | None:
    """(first, last index, header texts): the row naming most fields, joined with a row of sub-headers above
    or below it when that names more."""
    def rated(texts: list[str]) -> int:
        return max(score(texts), sum(1 for t in texts if t and normalise(t) in known))

    best: tuple[int, int] | None = None
    for index, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        value = rated(_texts(cells))
        if value >= MIN_HEADER_SCORE and (best is None or value > best[1]):
            best = (index, value)
    if best is None:
        return None
    index, value = best
    first, last, texts = index, index, _texts(rows[index][1])
    for upper, lower in ((index - 1, index), (index, index + 1)):
        if upper < 0 or lower >= len(rows) or not _words_only(rows[lower][1]) or not _words_only(rows[upper][1]):
            continue
        joined = _joined(_texts(rows[upper][1]), _texts(rows[lower][1]))
        # a super-header above ("Fördersumme" over "beantragt"): joined even when it names no more fields
        tie = upper < index and rated(_texts(rows[upper][1])) > 0
        if rated(joined) > value or (tie and rated(joined) == value):
            first, last, texts, value = upper, lower, joined, rated(joined)
    while texts and not texts[-1]:
        texts.pop()
    return first, last, tuple(texts)


def _words_only(cells: Cells) -> bool:
    """A row that can be part of a header: texts without digits, nothing else."""
    values = [value for value, _type in cells if value not in (None, "")]
    return bool(values) and all(isinstance(v, str) and not any(c.isdigit() for c in v) for v in values)


def _joined(upper: list[str], lower: list[str]) -> list[str]:
    width = max(len(upper), len(lower))
    upper, lower = upper + [""] * (width - len(upper)), lower + [""] * (width - len(lower))
    return [" ".join(dict.fromkeys(t for t in (a, b) if t)) for a, b in zip(upper, lower, strict=True)]


def _texts(cells: Iterable[tuple[object, str]]) -> list[str]:
    return [str(value).strip() if value is not None else "" for value, _type in cells]


def _raw(number: int, cells: Cells, width: int) -> RawRow:
    values = [value for value, _type in cells[:width]]
    values += [None] * (width - len(values))
    formulas = frozenset(i for i, (_value, kind) in enumerate(cells[:width]) if kind == "f")
    return RawRow(number, tuple(values), formulas)
