"""A case walked through the real services into the proof-of-use review, and receipt lists as .xlsx files.

The standard plan (tests.support.application_input): 1. personnel 9,000.00 · 2. material 2,000.00 ·
3. fees 1,500.00 = 12,500.00; own funds 1,500.00, third-party 1,000.00, requested 10,000.00 (80 %).
Approved 10,000.00 on 02.03.2026; paid 6,000.00 on 10.04.2026 (use by 10.06.2026) and 4,000.00 on
01.07.2026 (use by 01.09.2026); grant period 01.04.–31.12.2026.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from app.cases import checking, decisions, proceedings
from app.proof import final_grant as proof
from app.proof.service import ReceiptInput, add_receipt
from db.models import Application, CostLine
from tests.fixtures.database import Today
from tests.support import YEAR, Office, paid_through_order, record_case_documents, register

D = Decimal
HEADERS = ("Lfd. Nr.", "Belegdatum", "Empfänger", "Zweck", "Betrag", "Kostenposition", "bezahlt am")


def in_review(office: Office, today: Today, *, financing_type: str = "share", actual: str = "12500.00",
              own: str = "1500.00", third: str = "1000.00", income: str = "0", payments_made: Sequence[
                  tuple[dt.date, str]] = ((dt.date(YEAR, 4, 10), "6000.00"), (dt.date(YEAR, 7, 1), "4000.00")),
              approve: str = "10000.00", **changes: object) -> str:
    """Approved 10,000.00 (80 % of 12,500.00; or `approve` of the plan in `changes`), paid as given, proof received
    on 15.02.2027."""
    today.set(dt.date(YEAR, 2, 2))
    file_number = register(office, financing_type=financing_type, **changes)
    record_case_documents(office, file_number)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    decisions.propose(office.anna, file_number, "approve", amount=approve, reasons="Bedarf belegt.")
    today.set(dt.date(YEAR, 3, 2))
    decisions.confirm_decision(office.sabine, file_number)
    for day, amount in payments_made:
        paid_through_order(office, file_number, amount, day)
    today.set(dt.date(YEAR + 1, 2, 15))
    proof.receive_proof(office.anna, file_number, proof.ProofInput(actual, actual, own, third, income,
                                                                 report_text="Das Café lief an 40 Nachmittagen."))
    return file_number


def cost_line_ids(office: Office, file_number: str) -> list[int]:
    """Ids of the plan's cost lines in position order (personnel, material, fees)."""
    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None
        return list(session.scalars(select(CostLine.id).where(CostLine.application_id == app.id)
                                    .order_by(CostLine.position)))


def add_receipts(office: Office, file_number: str, rows: Sequence[tuple[dt.date, str, str, int, dt.date]]) -> list[int]:
    """(date, payee, amount, cost line position 1–3, paid on) typed in one by one."""
    lines = cost_line_ids(office, file_number)
    return [add_receipt(office.anna, file_number, ReceiptInput(day, payee, f"Rechnung {payee}", amount,
                                                             lines[position - 1], paid))
            for day, payee, amount, position, paid in rows]


def receipt_book(path: Path, rows: Sequence[Sequence[object]], headers: Sequence[str] = HEADERS,
                 title: str | None = "Belegliste zum Verwendungsnachweis") -> Path:
    """An office's receipt list: a title line, a blank line, the header, the rows."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Belegliste"
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def in_review_with_hearing(office: Office, today: Today) -> str:
    """Approved 10,000.00 € (02.03.2026), paid 6,000.00 € (10.04.2026) and 4,000.00 € (01.07.2026); proof with
    11,000.00 € eligible costs (final 8,800.00 €, clawback 1,200.00 €); hearing until 20.03.2027; today 01.04.2027."""
    today.set(dt.date(YEAR, 2, 2))
    file_number = register(office)
    record_case_documents(office, file_number)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    today.set(dt.date(YEAR, 3, 2))
    decisions.confirm_decision(office.sabine, file_number)
    paid_through_order(office, file_number, "6000.00", dt.date(YEAR, 4, 10))
    paid_through_order(office, file_number, "4000.00", dt.date(YEAR, 7, 1))
    today.set(dt.date(YEAR + 1, 3, 1))
    proof.receive_proof(office.anna, file_number, proof.ProofInput("11000.00", "11000.00", "1500.00", "1000.00"))
    proceedings.start_hearing(office.anna, file_number, "clawback", "Teilrückforderung 1.200,00 €",
                              dt.date(YEAR + 1, 3, 20))
    today.set(dt.date(YEAR + 1, 4, 1))
    return file_number
