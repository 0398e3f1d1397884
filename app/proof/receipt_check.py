"""Checking every row of a receipt list against the case before anything is written.

Errors make a row invalid (a date outside the grant period, an amount that is text, an unknown cost line,
a missing value); hints explain how a cell was understood or that a row was skipped (blank rows, the totals
row). A receipt entered by hand is checked by the same rules (`check_receipt`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from app.excel import values
from app.excel.mapping import ColumnMapping, normalise
from app.excel.reading import RawTable
from app.excel.records import Problem
from app.excel.row_cells import column_label
from app.excel.validation import TOTALS_WORDS
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.validation import clean_text
from app.proof.receipt_list import (
    BY_KEY,
    CaseFrame,
    ReceiptCells,
    ReceiptPlan,
    ReceiptRow,
    match_cost_line,
    resolve,
    suggest,
)


def period_problem(day: dt.date, frame: CaseFrame) -> str | None:
    if frame.start <= day <= frame.end:
        return None
    return _("Das Datum {day} liegt außerhalb des Bewilligungszeitraums ({start}–{end}).").format(
        day=format_date(day), start=format_date(frame.start), end=format_date(frame.end))


def cost_line_problem(text: str, frame: CaseFrame) -> str:
    possible = "; ".join(line.label for line in frame.cost_lines)
    return _("Unbekannte Kostenposition »{text}«; möglich: {possible}.").format(text=text, possible=possible)


def _dates(row: ReceiptCells, frame: CaseFrame) -> tuple[dt.date | None, dt.date | None]:
    receipt_date = row.required("receipt_date", row.read("receipt_date", values.date))
    paid_on = row.read("paid_on", values.date)
    for key, day in (("receipt_date", receipt_date), ("paid_on", paid_on)):
        problem = period_problem(day, frame) if isinstance(day, dt.date) else None
        if problem:
            row.fail(key, problem)
    if "paid_on" in row.columns and paid_on is None and not row.failed:
        row.hint("paid_on", _("Kein Zahlungsdatum: es gilt das Belegdatum."))
    return receipt_date, paid_on


def _amount(row: ReceiptCells) -> Decimal | None:
    amount = row.required("amount", row.read("amount", values.amount))
    if isinstance(amount, Decimal) and amount <= 0:
        row.fail("amount", _("Der Betrag muss größer als 0,00 € sein."))
        return None
    return amount


def _cost_line(row: ReceiptCells, frame: CaseFrame) -> int | None:
    text = row.required("cost_line", row.read("cost_line", lambda v: values.text(v, BY_KEY["cost_line"].label)))
    if text is None:
        return None
    line = match_cost_line(str(text), frame.cost_lines)
    if line is None:
        row.fail("cost_line", cost_line_problem(str(text), frame))
        return None
    return line.id


def read_row(row: ReceiptCells, frame: CaseFrame) -> ReceiptRow | None:
    receipt_date, paid_on = _dates(row, frame)
    payee = row.required("payee", row.read("payee", lambda v: values.text(v, BY_KEY["payee"].label, 200)))
    purpose = row.required("purpose", row.read("purpose", lambda v: values.text(v, BY_KEY["purpose"].label)))
    amount = _amount(row)
    cost_line = _cost_line(row, frame)
    if (row.failed or receipt_date is None or payee is None or purpose is None or amount is None
            or cost_line is None):
        return None
    return ReceiptRow(row.raw.number, receipt_date, str(payee), str(purpose), amount, cost_line, paid_on)


def _skipped(row: ReceiptCells, plan: ReceiptPlan) -> bool:
    raw = row.raw
    if raw.blank:
        plan.problems.append(Problem(raw.number, None, _("Leere Zeile übersprungen."), error=False))
        return True
    texts = {normalise(v) for v in raw.values if isinstance(v, str)}
    payee_index = row.columns.get("payee")
    no_payee = payee_index is None or values.is_none(raw.values[payee_index])
    if no_payee and (raw.formulas or texts & TOTALS_WORDS):
        plan.problems.append(Problem(raw.number, None, _("Summenzeile erkannt und übersprungen."), error=False))
        return True
    return False


def _doubles(plan: ReceiptPlan) -> None:
    seen: dict[tuple[dt.date, str, Decimal], list[int]] = defaultdict(list)
    for receipt in plan.receipts:
        seen[(receipt.receipt_date, normalise(receipt.payee), receipt.amount)].append(receipt.row)
    for (day, _payee, amount), rows in seen.items():
        if len(rows) > 1:
            plan.problems.append(Problem(rows[-1], None, _("Gleicher Empfänger, gleiches Datum ({day}) und gleicher "
                                                           "Betrag ({amount}) wie in Zeile {first}: bitte prüfen, ob "
                                                           "der Beleg doppelt erfasst ist.").format(
                day=format_date(day), amount=format_eur(amount), first=rows[0]), error=False))


def check_receipts(table: RawTable, frame: CaseFrame, mapping: ColumnMapping | None = None) -> ReceiptPlan:
    """Every row checked; `receipts` holds the valid rows, `problems` every error and hint with row and column."""
    chosen = mapping or suggest(table.headers)
    columns = resolve(chosen, table.headers)
    plan = ReceiptPlan(table.file_name, table.sheet, table.header_row, chosen, table.headers)
    plan.problems += [Problem(None, column_label(table.headers, i), _("Die Spalte ist keinem Feld zugeordnet und "
                                                                      "wird nicht übernommen."), error=False)
                      for i, header in enumerate(table.headers) if header and i not in columns.values()]
    for raw in table.rows:
        row = ReceiptCells(raw, columns, table.headers)
        if _skipped(row, plan):
            continue
        plan.data_rows += 1
        receipt = read_row(row, frame)
        plan.problems += row.problems
        if receipt is not None:
            plan.receipts.append(receipt)
    _doubles(plan)
    if not plan.data_rows:
        plan.problems.append(Problem(None, None, _("Die Belegliste enthält keine Zeile mit Belegen.")))
    return plan


def check_receipt(frame: CaseFrame, receipt_date: dt.date, payee: str, purpose: str, amount: Decimal,
                  cost_line_id: int, paid_on: dt.date | None) -> tuple[str, str]:
    """A receipt entered by hand, by the same rules; returns the cleaned payee and purpose."""
    for label, day in ((_("Belegdatum"), receipt_date), (_("Bezahlt am"), paid_on)):
        problem = period_problem(day, frame) if day is not None else None
        if problem:
            raise ValidationError(f"{label}: {problem}", "receipt_date" if day is receipt_date else "paid_on")
    if amount <= 0:
        raise ValidationError(_("Der Betrag muss größer als 0,00 € sein."), "amount")
    if cost_line_id not in {line.id for line in frame.cost_lines}:
        raise ValidationError(cost_line_problem(str(cost_line_id), frame), "cost_line")
    return (clean_text(payee, _("Empfänger"), max_len=200, field="payee") or "",
            clean_text(purpose, _("Zweck"), field="purpose") or "")
