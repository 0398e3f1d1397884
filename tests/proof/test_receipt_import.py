"""Importing a receipt list (.xlsx): every bad row named with row, column and problem, and then nothing is
imported; a clean list is imported in one go; also through `foerderdesk proof import` (on both backends)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from app.excel.mapping import ColumnMapping
from app.kernel.errors import ValidationError
from app.proof.queries import proof_review
from app.proof.service import ImportRequest, ReceiptImportRefused, check_receipt_list, import_receipts
from tests.fixtures.database import Today
from tests.proof.cases import in_review, receipt_book
from tests.support import YEAR, Office, run_cli

D = Decimal
pytestmark = pytest.mark.usefixtures("database")

GOOD = [(1, dt.date(YEAR, 4, 20), "Lohnbüro Meier", "Gehalt April", 3000, "1", dt.date(YEAR, 4, 30)),
        (2, dt.date(YEAR, 5, 15), "Spielwaren Kunze", "Bastelmaterial", "1.234,50", "Sachkosten", None),
        (3, dt.date(YEAR, 8, 10), "Referentin Roth", "Elternabend", 450.5, "Pos. 3", dt.date(YEAR, 8, 12))]
BAD = [(1, dt.date(YEAR, 4, 20), "Lohnbüro Meier", "Gehalt April", 3000, "1", dt.date(YEAR, 4, 30)),
       (2, dt.date(YEAR, 3, 15), "Spielwaren Kunze", "Material vor Beginn", 120, "2", dt.date(YEAR, 3, 16)),
       (3, dt.date(YEAR, 5, 2), "Druckerei Sommer", "Flyer", "zweihundert Euro", "2", None),
       (4, dt.date(YEAR, 6, 1), "Autohaus Stein", "Kleinbus", 25000, "Investitionen", None),
       (5, dt.date(YEAR, 7, 1), "Referentin Roth", "Vortrag", 300, "3", dt.date(YEAR + 1, 1, 5))]


def _problems(plan: object) -> list[tuple[int | None, str | None, str]]:
    return [(p.row, p.column, p.message) for p in plan.errors]  # type: ignore[attr-defined]


def test_bad_rows_are_reported_with_row_column_and_problem_and_nothing_is_imported(
        office: Office, today: Today, tmp_path: Path) -> None:
    file_number = in_review(office, today)
    path = receipt_book(tmp_path / "belege.xlsx", BAD)
    with pytest.raises(ReceiptImportRefused, match="nichts importiert") as refused:
        import_receipts(office.anna, file_number, ImportRequest(path))
    problems = _problems(refused.value.plan)
    # title line, blank line, header in row 3: the data start in row 4
    assert [(row, column) for row, column, _message in problems] == [
        (5, "B (Belegdatum)"), (5, "G (bezahlt am)"), (6, "E (Betrag)"), (7, "F (Kostenposition)"),
        (8, "G (bezahlt am)")]
    messages = dict(((row, column), message) for row, column, message in problems)
    assert "15.03.2026 liegt außerhalb des Bewilligungszeitraums (01.04.2026–31.12.2026)" in messages[
        (5, "B (Belegdatum)")]
    assert "»zweihundert Euro« ist kein gültiger Betrag" in messages[(6, "E (Betrag)")]
    assert "Unbekannte Kostenposition »Investitionen«" in messages[(7, "F (Kostenposition)")]
    assert refused.value.plan.invalid_rows == [5, 6, 7, 8]
    view = proof_review(office.anna, file_number)
    assert view is not None and view.receipts == ()


def test_clean_list_is_imported_with_hints(office: Office, today: Today, tmp_path: Path) -> None:
    file_number = in_review(office, today)
    path = receipt_book(tmp_path / "belege.xlsx", [*GOOD, (None, None, None, None, "=SUM(E4:E6)", None, None)])
    dry = check_receipt_list(office.anna, file_number, ImportRequest(path))
    assert dry.errors == [] and len(dry.receipts) == 3
    plan = import_receipts(office.anna, file_number, ImportRequest(path))
    assert plan.total == D("4685.00")
    hints = [p.text() for p in plan.problems if not p.error]
    assert any("Zeile 5" in h and "1.234,50" in h for h in hints)
    assert any("Summenzeile" in h for h in hints)
    view = proof_review(office.anna, file_number)
    assert view is not None
    assert [(r.position, r.amount, r.cost_line.split(".")[0], r.paid_on) for r in view.receipts] == [
        (1, D("3000.00"), "1", dt.date(YEAR, 4, 30)), (2, D("1234.50"), "2", None),
        (3, D("450.50"), "3", dt.date(YEAR, 8, 12))]


def test_changed_mapping_and_replacing(office: Office, today: Today, tmp_path: Path) -> None:
    file_number = in_review(office, today)
    headers = ("Nr", "Datum", "Lieferant", "Leistung", "Summe", "Finanzplan", "Überweisung")
    path = receipt_book(tmp_path / "eigen.xlsx", GOOD, headers=headers, title=None)
    mapping = ColumnMapping({"receipt_date": "Datum", "payee": "Lieferant", "purpose": "Leistung",
                             "amount": "Summe", "cost_line": "Finanzplan", "paid_on": "Überweisung"})
    import_receipts(office.anna, file_number, ImportRequest(path, mapping))
    with pytest.raises(ValidationError, match="ersetzen"):
        import_receipts(office.anna, file_number, ImportRequest(path, mapping))
    import_receipts(office.anna, file_number, ImportRequest(path, mapping, replace=True))
    view = proof_review(office.anna, file_number)
    assert view is not None and len(view.receipts) == 3


def test_cli_import_refuses_bad_rows_and_imports_a_clean_list(office: Office, today: Today, tmp_path: Path,
                                                              db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    file_number = in_review(office, today)
    bad = receipt_book(tmp_path / "bad.xlsx", BAD)
    code = run_cli(["--db", db_url, "--user", "anna", "proof", "import", file_number, str(bad)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Fehler – Zeile 6, Spalte E (Betrag): »zweihundert Euro« ist kein gültiger Betrag" in err
    assert "Es wurde nichts importiert" in err
    good = receipt_book(tmp_path / "good.xlsx", GOOD)
    code = run_cli(["--db", db_url, "--user", "anna", "proof", "import", file_number, str(good)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"3 Belege über 4.685,00 € zu {file_number} importiert." in out
    code = run_cli(["--db", db_url, "--user", "anna", "proof", "sample", file_number, "--seed", "cli"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Startwert cli" in out
