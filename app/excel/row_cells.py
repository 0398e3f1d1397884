"""One worksheet row read cell by cell, by field: the parsed value, or a problem naming the Excel row and column.

The rules every list import shares (case lists: `app.excel.rows`; receipt lists: `app.proof.receipt_list`): an
unmapped or empty cell is None, a formula or an unreadable cell is an error, a parser's note (e.g. an amount
typed as text) is a hint. Errors make the row invalid, hints do not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, overload

from openpyxl.utils import get_column_letter

from app.excel.reading import RawRow
from app.excel.records import Problem
from app.excel.values import CellError
from app.kernel.i18n import _

_T = TypeVar("_T")


def column_label(headers: tuple[str, ...], index: int) -> str:
    """"B (Az.)": the column's letter and its header (the letter alone for a column without one)."""
    header = headers[index] if index < len(headers) else ""
    letter = get_column_letter(index + 1)
    return f"{letter} ({header})" if header else letter


class RowCells:
    def __init__(self, raw: RawRow, columns: dict[str, int], headers: tuple[str, ...]) -> None:
        self.raw, self.columns, self.headers = raw, columns, headers
        self.problems: list[Problem] = []
        self.failed_keys: set[str | None] = set()

    @property
    def failed(self) -> bool:
        return bool(self.failed_keys)

    def label(self, key: str | None) -> str | None:
        index = self.columns.get(key) if key else None
        return None if index is None else column_label(self.headers, index)

    def fail(self, key: str | None, message: str) -> Problem:
        problem = Problem(self.raw.number, self.label(key), message)
        self.problems.append(problem)
        self.failed_keys.add(key)
        return problem

    def hint(self, key: str | None, message: str) -> None:
        self.problems.append(Problem(self.raw.number, self.label(key), message, error=False))

    @overload
    def read(self, key: str, parse: Callable[[object], tuple[_T | None, str | None]]) -> _T | None: ...
    @overload
    def read(self, key: str, parse: Callable[[object], _T | None]) -> _T | None: ...
    def read(self, key: str, parse: Callable[[object], Any]) -> Any:
        """The parsed cell (None if unmapped or empty); a parser may hand back (value, note)."""
        index = self.columns.get(key)
        if index is None:
            return None
        if index in self.raw.formulas:
            self.fail(key, _("Die Zelle enthält eine Formel ({formula}); bitte nur Werte importieren (in Excel: "
                             "»Einfügen als Werte«).").format(formula=self.raw.values[index]))
            return None
        try:
            result = parse(self.raw.values[index])
        except CellError as exc:
            self.fail(key, exc.message)
            return None
        if isinstance(result, tuple):
            result, note = result
            if note:
                self.hint(key, note)
        return result
