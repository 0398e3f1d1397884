"""Sheet "Sozialplan": the coverage matrix read back equals the coverage report to the cent; gaps are named."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from app.kernel.database import Database
from app.social_plan.coverage import coverage
from tests.excel.test_overview_export import export
from tests.fixtures.excel import money


def _rows(ws, title: str) -> dict[str, list]:
    """Rows of the matrix under `title`, keyed by their first cell (the goal or phase label)."""
    rows, inside = {}, False
    for row in ws.iter_rows(values_only=True):
        if row and row[0] == title:
            inside = True
            continue
        if inside and (not row or row[0] is None):
            break
        if inside and row[0] != "Ziel":
            rows[str(row[0]).strip()] = list(row)
    return rows


def test_coverage_sheet_matches_the_report(demo: Database, tmp_path: Path) -> None:
    ws = load_workbook(export(demo, tmp_path / "o.xlsx"))["Sozialplan"]
    with demo.read() as session:
        report = coverage(session)
    counts = _rows(ws, "Zahl der geförderten Projekte")
    amounts = _rows(ws, "Bewilligte Summen (abgeschlossen: endgültige Zuwendung)")
    assert report.goals and len(counts) == len(report.goals) + len(report.phases) + 1
    for goal in report.goals:
        label = f"{goal.code} {goal.title}" + ("  – LÜCKE" if goal.gap else "")
        count_row, amount_row = counts[label], amounts[label]
        assert count_row[2] == ("–" if goal.gap else goal.total.count)
        assert (amount_row[2] == "–") if goal.gap else money(amount_row[2]) == goal.total.amount
        for index, cell in enumerate(goal.cells):
            shown = count_row[4 + index]
            assert shown == ("–" if cell.gap else cell.count), (goal.code, index)
            if not cell.gap:
                assert money(amount_row[4 + index]) == cell.amount
    total = counts["Alle Ziele (jedes Projekt einmal)"]
    assert total[2] == report.total.count
    assert money(amounts["Alle Ziele (jedes Projekt einmal)"][2]) == report.total.amount > Decimal("0")
    headline = ws.cell(row=3, column=1).value
    assert report.goal_gaps and all(g.code in headline for g in report.goal_gaps)
    assert all(f"⚠ {m.name}" in [c.value for c in ws[6]] for m in report.municipality_gaps)
