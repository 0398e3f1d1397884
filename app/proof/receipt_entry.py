"""Receipts typed or pasted into the grid of the proof-of-use tab: read, checked row by row, flagged, saved.

A grid row is text as typed or pasted from Excel (German numbers "1.234,50", dates "TT.MM.JJJJ"): date,
number, payee, purpose, cost line, amount, paid on. Every row is read with the cell readers of the Excel
import (`app.excel.values`) and checked by the same rules as an imported receipt (grant period, a cost line
of the approved plan, an amount above zero); each problem is one German sentence naming the row and column.

The number is the receipt's number in the Belegliste (its position, the number written on the receipt);
an empty number gets the next free one when saved, a number used twice is an error.

Duplicates: a row with the same date, amount and payee as another receipt is flagged as a likely duplicate
(a hint, shown in the grid). An exact duplicate (also the same purpose and cost line) is saved only when
the user confirms it (`confirm_duplicates`), else `DuplicateReceipts` says which rows.

Saving is all or nothing: when any row has an error, nothing is saved and `ReceiptEntryRefused` carries the
per-row report; the grid keeps what was typed, so the rows can be corrected and saved again.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from app.excel import values
from app.excel.mapping import FieldTable, Target, normalise
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.proof.loading import receipts_of
from app.proof.receipt_check import cost_line_problem, period_problem
from app.proof.receipt_list import REQUIRED, SIMILARITY, TARGETS, CaseFrame, match_cost_line
from app.proof.service import case_frame, open_proof, require_open_list
from db.models import Receipt

COLUMNS = ("receipt_date", "number", "payee", "purpose", "cost_line", "amount", "paid_on")
NUMBER = Target("number", _("Nr."), "text", ("Nr", "Lfd. Nr.", "lfd Nr", "Beleg-Nr.", "Belegnummer", "Beleg Nr",
                                             "laufende Nummer", "Nummer"))
ENTRY_FIELDS = FieldTable((*TARGETS, NUMBER), REQUIRED, SIMILARITY)
LABELS = {t.key: t.label for t in ENTRY_FIELDS.targets}
MAX_NUMBER = 99999


@dataclass(frozen=True)
class EntryRow:
    """One grid row as text; `receipt_id` names the stored receipt it changes (None: a new receipt)."""

    receipt_date: str = ""
    number: str = ""
    payee: str = ""
    purpose: str = ""
    cost_line: str = ""
    amount: str = ""
    paid_on: str = ""
    receipt_id: int | None = None

    @property
    def blank(self) -> bool:
        return not any(str(getattr(self, key)).strip() for key in COLUMNS)


@dataclass(frozen=True)
class StoredReceipt:
    """A receipt already in the list, as the duplicate and number checks compare it."""

    id: int
    position: int
    receipt_date: dt.date
    payee: str
    purpose: str
    amount: Decimal
    cost_line_id: int | None


@dataclass(frozen=True)
class ParsedReceipt:
    row: int  # 1-based grid row
    receipt_id: int | None
    number: int | None
    receipt_date: dt.date
    payee: str
    purpose: str
    amount: Decimal
    cost_line_id: int
    paid_on: dt.date | None

    def key(self) -> tuple[dt.date, Decimal, str]:
        return self.receipt_date, self.amount, normalise(self.payee)

    def exact_key(self) -> tuple[dt.date, Decimal, str, str, int]:
        return (*self.key(), normalise(self.purpose), self.cost_line_id)


@dataclass
class EntryCheck:
    """The rows read: the valid ones, every error and every duplicate hint by grid row (1-based)."""

    receipts: list[ParsedReceipt] = field(default_factory=list)
    errors: dict[int, list[str]] = field(default_factory=dict)
    duplicates: dict[int, str] = field(default_factory=dict)  # likely duplicates (hints)
    exact: set[int] = field(default_factory=set)  # exact duplicates: saved only when confirmed

    def fail(self, row: int, column: str | None, message: str) -> None:
        text = f"{LABELS[column]}: {message}" if column else message
        self.errors.setdefault(row, []).append(text)

    def report(self) -> list[str]:
        """One German line per problem, in row order; errors before hints."""
        lines = [_("Zeile {n}: {text}").format(n=row, text=text)
                 for row in sorted(self.errors) for text in self.errors[row]]
        lines += [_("Zeile {n}: {text}").format(n=row, text=text) for row, text in sorted(self.duplicates.items())]
        return lines


class ReceiptEntryRefused(FoerderDeskError):
    """Rows have errors: nothing was saved. `check` holds the per-row report."""

    def __init__(self, message: str, check: EntryCheck) -> None:
        super().__init__(message)
        self.check = check


class DuplicateReceipts(FoerderDeskError):
    """Exact duplicates among the rows: nothing was saved; saving again with confirmation stores them."""

    def __init__(self, message: str, check: EntryCheck) -> None:
        super().__init__(message)
        self.check = check


def _cell(check: EntryCheck, row: int, key: str, parse: object, text: str) -> object:
    try:
        result = parse(text)  # type: ignore[operator]
    except values.CellError as exc:
        check.fail(row, key, exc.message)
        return None
    return result[0] if isinstance(result, tuple) else result


def _required(check: EntryCheck, row: int, key: str, value: object) -> object:
    if value is None and not any(t.startswith(f"{LABELS[key]}:") for t in check.errors.get(row, [])):
        check.fail(row, key, _("fehlt."))
    return value


def _number(check: EntryCheck, row: int, text: str) -> int | None:
    text = text.strip().rstrip(".")
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_NUMBER:
        check.fail(row, "number", _("»{text}« ist keine Belegnummer (eine ganze Zahl ab 1).").format(text=text))
        return None
    return int(text)


def _read(check: EntryCheck, row: int, entry: EntryRow, frame: CaseFrame) -> ParsedReceipt | None:
    day = _required(check, row, "receipt_date", _cell(check, row, "receipt_date", values.date, entry.receipt_date))
    paid = _cell(check, row, "paid_on", values.date, entry.paid_on)
    for key, value in (("receipt_date", day), ("paid_on", paid)):
        problem = period_problem(value, frame) if isinstance(value, dt.date) else None
        if problem:
            check.fail(row, key, problem)
    number = _number(check, row, entry.number)
    payee = _required(check, row, "payee", _cell(check, row, "payee", lambda v: values.text(v, LABELS["payee"], 200),
                                                 entry.payee))
    purpose = _required(check, row, "purpose", _cell(check, row, "purpose",
                                                     lambda v: values.text(v, LABELS["purpose"]), entry.purpose))
    amount = _required(check, row, "amount", _cell(check, row, "amount", values.amount, entry.amount))
    if isinstance(amount, Decimal) and amount <= 0:
        check.fail(row, "amount", _("Der Betrag muss größer als 0,00 € sein."))
    line = None
    if _required(check, row, "cost_line", entry.cost_line.strip() or None) is not None:
        line = match_cost_line(entry.cost_line, frame.cost_lines)
        if line is None:
            check.fail(row, "cost_line", cost_line_problem(entry.cost_line.strip(), frame))
    if row in check.errors or line is None:
        return None
    assert isinstance(day, dt.date) and isinstance(amount, Decimal)
    return ParsedReceipt(row, entry.receipt_id, number, day, str(payee), str(purpose), amount, line.id,
                         paid if isinstance(paid, dt.date) else None)


def _numbers(check: EntryCheck, stored: Sequence[StoredReceipt]) -> None:
    edited = {r.receipt_id for r in check.receipts if r.receipt_id is not None}
    used = {s.position: _("Beleg Nr. {n}").format(n=s.position) for s in stored if s.id not in edited}
    for receipt in check.receipts:
        if receipt.number is None:
            continue
        if receipt.number in used:
            check.fail(receipt.row, "number", _("Die Nr. {n} ist schon vergeben ({where}).").format(
                n=receipt.number, where=used[receipt.number]))
        else:
            used[receipt.number] = _("Zeile {n}").format(n=receipt.row)
    check.receipts = [r for r in check.receipts if r.row not in check.errors]


def _duplicates(check: EntryCheck, stored: Sequence[StoredReceipt]) -> None:
    edited = {r.receipt_id for r in check.receipts if r.receipt_id is not None}
    seen: dict[tuple[dt.date, Decimal, str], tuple[str, tuple[object, ...]]] = {}
    for s in stored:
        if s.id not in edited and s.cost_line_id is not None:
            same = (s.receipt_date, s.amount, normalise(s.payee), normalise(s.purpose), s.cost_line_id)
            seen.setdefault((s.receipt_date, s.amount, normalise(s.payee)),
                            (_("Beleg Nr. {n}").format(n=s.position), same))
    for receipt in check.receipts:
        earlier = seen.get(receipt.key())
        if earlier is None:
            seen[receipt.key()] = (_("Zeile {n}").format(n=receipt.row), receipt.exact_key())
            continue
        where, exact = earlier
        if exact == receipt.exact_key():
            check.exact.add(receipt.row)
            text = _("Doppelter Beleg: in allen Angaben gleich wie {where}.")
        else:
            text = _("Möglicherweise doppelt: gleiches Datum ({day}), gleicher Betrag ({amount}) und Empfänger wie "
                     "{where}.")
        check.duplicates[receipt.row] = text.format(where=where, day=format_date(receipt.receipt_date),
                                                    amount=format_eur(receipt.amount))


def check_entries(frame: CaseFrame, rows: Sequence[EntryRow], stored: Sequence[StoredReceipt] = ()) -> EntryCheck:
    """Every non-blank row read and checked against the case, the other rows and the stored receipts (rows that
    edit a stored receipt replace it). Pure: the grid calls it while typing, the save again in its transaction."""
    check = EntryCheck()
    for index, entry in enumerate(rows, start=1):
        if entry.blank:
            continue
        parsed = _read(check, index, entry, frame)
        if parsed is not None:
            check.receipts.append(parsed)
    _numbers(check, stored)
    _duplicates(check, stored)
    return check


def split_table(text: str) -> list[list[str]]:
    """A clipboard table as Excel puts it there: tab-separated cells, one row a line, a cell with a line break or
    tab in quotes; the trailing empty line is dropped."""
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return [[cell.strip() for cell in row] for row in rows]


def header_columns(cells: Sequence[str]) -> dict[int, str] | None:
    """Column index → field when `cells` is a header row (at least two cells name a field), else None."""
    found: dict[int, str] = {}
    for index, cell in enumerate(cells):
        key = ENTRY_FIELDS.target_for(cell)
        if key is not None and key not in found.values():
            found[index] = key
    return found if len(found) >= 2 else None


def next_numbers(taken: set[int], count: int) -> list[int]:
    """`count` numbers after the highest one taken (the list keeps its order: new receipts come last)."""
    start = max(taken, default=0) + 1
    return list(range(start, start + count))


def save_receipts(uow: UnitOfWork, file_number: str, rows: Sequence[EntryRow], *,
                  confirm_duplicates: bool = False) -> tuple[int, int]:
    """Store the grid's new and changed rows in one transaction; returns (added, changed)."""
    with uow:
        app, proof = open_proof(uow, file_number, "enter-receipts")
        require_open_list(uow, proof)
        existing = {r.id: r for r in receipts_of(uow.session, proof.id)}
        stored = [StoredReceipt(r.id, r.position, r.receipt_date, r.payee, r.purpose, r.amount, r.cost_line_id)
                  for r in existing.values()]
        check = check_entries(case_frame(app), rows, stored)
        unknown = [r for r in check.receipts if r.receipt_id is not None and r.receipt_id not in existing]
        for receipt in unknown:
            check.fail(receipt.row, None, _("Der Beleg wurde inzwischen entfernt; bitte neu laden."))
        if check.errors:
            raise ReceiptEntryRefused(_("Es wurde nichts gespeichert: {n} Zeilen haben Fehler. Bitte korrigieren "
                                        "und erneut speichern.").format(n=len(check.errors)), check)
        if check.exact and not confirm_duplicates:
            raise DuplicateReceipts(_("Es wurde nichts gespeichert: Zeile {rows} wiederholt einen Beleg in allen "
                                      "Angaben. Nur speichern, wenn der Beleg wirklich zweimal vorliegt.").format(
                rows=", ".join(map(str, sorted(check.exact)))), check)
        taken = {r.position for r in existing.values()} | {r.number for r in check.receipts if r.number}
        fresh = iter(next_numbers(taken, sum(1 for r in check.receipts if r.number is None)))
        added = changed = 0
        for parsed in check.receipts:
            number = parsed.number if parsed.number is not None else next(fresh)
            values_ = {"position": number, "receipt_date": parsed.receipt_date, "payee": parsed.payee,
                       "purpose": parsed.purpose, "amount": parsed.amount, "cost_line_id": parsed.cost_line_id,
                       "paid_on": parsed.paid_on}
            if parsed.receipt_id is None:
                uow.session.add(Receipt(proof_id=proof.id, **values_))
                added += 1
            else:
                stored_receipt = existing[parsed.receipt_id]
                for key, value in values_.items():
                    setattr(stored_receipt, key, value)
                changed += 1
        uow.commit()
    return added, changed
