"""Reading a recipient's receipt list (Belegliste, .xlsx) with the Excel import's reading, mapping and values.

The sheet and its header row are found as for case lists (`app.excel.reading`), the columns are suggested
from their names (exact synonym, then a close spelling) and may be changed (`ColumnMapping`), cells are read
by `app.excel.values` (amounts typed as text are accepted with a hint, other text is an error; dates as
TT.MM.JJJJ). Every problem names the Excel row and column. Rows are checked against the case: dates within
the grant period, a cost line of the approved plan (by number, description or cost type). The caller imports
only when the plan has no error at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from app.excel.limits import ImportLimits
from app.excel.mapping import ColumnMapping, FieldTable, Target, normalise
from app.excel.reading import ImportFileError, RawTable, read_table
from app.excel.records import CheckedRows, Problem
from app.excel.row_cells import RowCells
from app.kernel.i18n import _

_T = TypeVar("_T")

TARGETS: tuple[Target, ...] = (
    Target("receipt_date", _("Belegdatum"), "date", ("Belegdatum", "Datum", "Rechnungsdatum", "Beleg vom",
                                                     "Datum des Belegs", "Rechnung vom")),
    Target("payee", _("Empfänger"), "text", ("Empfänger", "Zahlungsempfänger", "Lieferant", "Firma",
                                             "Rechnungssteller", "Empfänger der Zahlung")),
    Target("purpose", _("Zweck"), "text", ("Zweck", "Verwendungszweck", "Gegenstand", "Leistung",
                                           "Grund der Zahlung", "Art der Ausgabe")),
    Target("amount", _("Betrag"), "amount", ("Betrag", "Betrag in Euro", "Betrag EUR", "Rechnungsbetrag",
                                             "Bruttobetrag", "Ausgabe", "Betrag €")),
    Target("cost_line", _("Kostenposition"), "text", ("Kostenposition", "Position", "Kostenart", "Pos",
                                                      "Finanzplanposition", "Ausgabeposition", "Kostenplan")),
    Target("paid_on", _("Bezahlt am"), "date", ("bezahlt am", "Zahlungsdatum", "gezahlt am", "Zahltag",
                                                "Zahlung am", "Tag der Zahlung")),
)
BY_KEY = {t.key: t for t in TARGETS}
REQUIRED = ("receipt_date", "payee", "purpose", "amount", "cost_line")
SIMILARITY = 0.86
CATEGORY_LABELS = {"personnel": _("Personalkosten"), "material": _("Sachkosten"), "fees": _("Honorare"),
                   "investment": _("Investitionen"), "other": _("Sonstige Kosten")}
_POSITION = re.compile(r"^(?:pos(?:ition)?\.?\s*)?(\d{1,3})\.?(?:\s.*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class CostLineRef:
    id: int
    position: int
    description: str
    category: str

    @property
    def label(self) -> str:
        return f"{self.position}. {self.description}"


@dataclass(frozen=True)
class CaseFrame:
    """What a receipt is checked against: the grant period and the cost lines of the approved plan."""

    start: dt.date
    end: dt.date
    cost_lines: tuple[CostLineRef, ...]


@dataclass(frozen=True)
class ReceiptRow:
    row: int
    receipt_date: dt.date
    payee: str
    purpose: str
    amount: Decimal
    cost_line_id: int
    paid_on: dt.date | None


@dataclass
class ReceiptPlan(CheckedRows):
    file_name: str
    sheet: str
    header_row: int
    mapping: ColumnMapping
    headers: tuple[str, ...] = ()
    receipts: list[ReceiptRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    data_rows: int = 0

    @property
    def total(self) -> Decimal:
        return sum((r.amount for r in self.receipts), Decimal("0.00"))


RECEIPT_FIELDS = FieldTable(TARGETS, REQUIRED, SIMILARITY)
suggest = RECEIPT_FIELDS.suggest
resolve = RECEIPT_FIELDS.resolve


def read_receipt_table(path: Path, sheet: str | None = None, limits: ImportLimits | None = None) -> RawTable:
    """The sheet with the receipt list; its header row is found by the receipt columns' names.

    `limits`: the configured import limits (`app.excel.limits.import_limits`), the defaults if None.
    """
    try:
        return read_table(Path(path), sheet, RECEIPT_FIELDS.header_words(), limits)
    except ImportFileError as exc:
        if "Kopfzeile" not in exc.message:
            raise
        raise ImportFileError(_("In »{name}« wurde keine Kopfzeile einer Belegliste gefunden (erwartet z. B. "
                                "»Belegdatum«, »Empfänger«, »Zweck«, »Betrag«, »Kostenposition«, »bezahlt am«). "
                                "Es wurde nichts importiert.").format(name=Path(path).name)) from exc


def match_cost_line(text: str, lines: Sequence[CostLineRef]) -> CostLineRef | None:
    """A cost line by its number ("2", "Pos. 2", "2. Sachkosten"), its description or a unique cost type."""
    key = normalise(text)
    found = _POSITION.match(text.strip())
    if found:
        by_number = [line for line in lines if line.position == int(found.group(1))]
        return by_number[0] if by_number else None
    by_text = [line for line in lines if normalise(line.description) == key or normalise(line.label) == key]
    if by_text:
        return by_text[0]
    by_kind = [line for line in lines if normalise(CATEGORY_LABELS.get(line.category, "")) == key]
    return by_kind[0] if len(by_kind) == 1 else None


class ReceiptCells(RowCells):
    """A receipt list's row: the shared cell rules (`app.excel.row_cells`), and a missing required value."""

    def required(self, key: str, value: _T | None) -> _T | None:
        if value is None and not any(p.error and p.column == self.label(key) for p in self.problems):
            self.fail(key, _("»{label}« fehlt.").format(label=BY_KEY[key].label))
        return value
