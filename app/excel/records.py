"""Plain records of an import: the options chosen, a problem of a row, a row ready to be written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.excel import states
from app.excel.mapping import ColumnMapping
from app.kernel.i18n import _
from db.enums import Status


@dataclass(frozen=True)
class Problem:
    row: int | None
    column: str | None
    message: str
    error: bool = True

    def text(self) -> str:
        where = [w for w in (_("Zeile {n}").format(n=self.row) if self.row else None,
                             _("Spalte {c}").format(c=self.column) if self.column else None) if w]
        kind = _("Fehler") if self.error else _("Hinweis")
        return f"{kind} – {', '.join(where)}: {self.message}" if where else f"{kind}: {self.message}"


class CheckedRows:
    """What a checked list's `problems` say (the plans of the case, applicant and receipt lists share it)."""

    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({p.row for p in self.errors if p.row is not None})

    def in_file_order(self) -> list[Problem]:
        """The problems in the order of the file, errors before hints of the same row."""
        return sorted(self.problems, key=lambda p: (p.row or 0, not p.error, p.column or ""))

    def report(self) -> list[str]:
        return [p.text() for p in self.in_file_order()]


@dataclass(frozen=True)
class ImportOptions:
    mapping: ColumnMapping | None = None
    sheet: str | None = None
    programme: str | None = None
    fiscal_year: int | None = None
    accept_suggestions: bool = False
    only_valid: bool = False
    overrides: dict[str, str | None] = field(default_factory=dict)
    """Columns the user mapped on top of the mapping: header → field key (None: leave the column out)."""


@dataclass(frozen=True)
class ImportCase:
    """A valid row, ready to be written."""

    row: int
    status: Status
    programme: str
    fiscal_year: int
    file_number: str | None  # kept as in the list when it fits the programme's pattern
    running_number: int | None
    listed_number: str | None  # as written in the list (noted when a new number is assigned)
    title: str
    applicant: str
    applicant_type: str
    municipality: str
    life_phase: str | None
    field_of_action: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    total_costs: Decimal | None
    closed_on: dt.date | None
    figures: states.Figures


