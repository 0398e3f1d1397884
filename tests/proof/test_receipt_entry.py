"""Receipts from the grid: German texts read row by row, all or nothing, duplicates flagged (both backends)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.proof.queries import proof_review
from app.proof.receipt_entry import (
    DuplicateReceipts,
    EntryRow,
    ReceiptEntryRefused,
    header_columns,
    save_receipts,
    split_table,
)
from tests.fixtures.database import Today
from tests.proof.cases import in_review
from tests.support import Office

D = Decimal
ROW = EntryRow("15.05.2026", "", "Kita-Bedarf GmbH", "Bastelmaterial", "2", "1.234,50 €")


def test_rows_saved_with_numbers_and_german_formats(office: Office, today: Today) -> None:
    ref = in_review(office, today)
    rows = [ROW, EntryRow("3.6.26", "7", "Referentin Meyer", "Elternabend", "Honorare Referentinnen", "450"),
            EntryRow()]  # a blank row is skipped
    assert save_receipts(office.anna, ref, rows) == (2, 0)
    view = proof_review(office.anna, ref)
    assert view is not None
    got = [(r.position, r.receipt_date, r.payee, r.amount, r.cost_line) for r in view.receipts]
    assert got == [(7, dt.date(2026, 6, 3), "Referentin Meyer", D("450.00"), "3. Honorare Referentinnen"),
                   (8, dt.date(2026, 5, 15), "Kita-Bedarf GmbH", D("1234.50"), "2. Spiel- und Bastelmaterial")]
    changed = EntryRow("15.05.2026", "8", "Kita-Bedarf GmbH", "Bastelmaterial", "2", "1.200,00",
                       receipt_id=view.receipts[1].id)
    assert save_receipts(office.anna, ref, [changed]) == (0, 1)
    view = proof_review(office.anna, ref)
    assert view is not None and view.receipts[1].amount == D("1200.00")


def test_one_bad_row_saves_nothing_and_says_why_per_row(office: Office, today: Today) -> None:
    ref = in_review(office, today)
    bad = [ROW, EntryRow("31.02.2026", "", "", "Miete", "9", "12,5x"), EntryRow("01.01.2025", "x", "A", "B", "1", "5")]
    with pytest.raises(ReceiptEntryRefused, match="nichts gespeichert: 2 Zeilen") as refused:
        save_receipts(office.anna, ref, bad)
    report = refused.value.check.report()
    assert any(line.startswith("Zeile 2: Belegdatum: »31.02.2026«") for line in report)
    assert "Zeile 2: Empfänger: fehlt." in report
    assert any(line.startswith("Zeile 2: Kostenposition: Unbekannte Kostenposition »9«") for line in report)
    assert any(line.startswith("Zeile 2: Betrag: »12,5x« ist kein gültiger Betrag") for line in report)
    assert any(line.startswith("Zeile 3: Belegdatum: Das Datum 01.01.2025 liegt außerhalb") for line in report)
    assert "Zeile 3: Nr.: »x« ist keine Belegnummer (eine ganze Zahl ab 1)." in report
    view = proof_review(office.anna, ref)
    assert view is not None and view.receipts == ()


def test_duplicates_flagged_and_exact_ones_need_confirmation(office: Office, today: Today) -> None:
    ref = in_review(office, today)
    save_receipts(office.anna, ref, [ROW])
    likely = EntryRow("15.05.2026", "", "Kita-Bedarf GmbH", "Farben", "2", "1234,50")
    with pytest.raises(DuplicateReceipts, match="Zeile 2 wiederholt") as refused:
        save_receipts(office.anna, ref, [likely, ROW])
    check = refused.value.check
    assert check.exact == {2}
    assert check.duplicates[1].startswith("Möglicherweise doppelt: gleiches Datum (15.05.2026), gleicher Betrag "
                                          "(1.234,50 €) und Empfänger wie Beleg Nr. 1")
    assert check.duplicates[2] == "Doppelter Beleg: in allen Angaben gleich wie Beleg Nr. 1."
    with pytest.raises(ReceiptEntryRefused, match="1 Zeilen") as taken:  # number 1 is the stored receipt's
        save_receipts(office.anna, ref, [EntryRow("16.05.2026", "1", "X", "Y", "1", "10")])
    assert taken.value.check.report() == ["Zeile 1: Nr.: Die Nr. 1 ist schon vergeben (Beleg Nr. 1)."]
    assert save_receipts(office.anna, ref, [likely, ROW], confirm_duplicates=True) == (2, 0)
    view = proof_review(office.anna, ref)
    assert view is not None and [r.position for r in view.receipts] == [1, 2, 3]


def test_clipboard_table_with_or_without_header() -> None:
    text = ("Lfd. Nr.\tBelegdatum\tEmpfänger\tZweck\tBetrag\tKostenposition\r\n"
            "1\t15.05.2026\t\"Firma\nGmbH\"\tX\t1.234,50\t2\r\n\r\n")
    rows = split_table(text)
    assert rows == [["Lfd. Nr.", "Belegdatum", "Empfänger", "Zweck", "Betrag", "Kostenposition"],
                    ["1", "15.05.2026", "Firma\nGmbH", "X", "1.234,50", "2"]]
    assert header_columns(rows[0]) == {0: "number", 1: "receipt_date", 2: "payee", 3: "purpose", 4: "amount",
                                       5: "cost_line"}
    assert header_columns(rows[1]) is None
