"""The one-page summary for the Landrat (sheet "Überblick" and PDF) against the database, to the cent, on both
backends: ideas and withdrawn applications counted apart, "bewilligt" as the budget counts it."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cases import checking
from app.cases.case_list import CaseFilter
from app.excel.export import ExportFailed, export_summary_pdf, write_overview
from app.excel.overview import OverviewRequest, load_overview
from app.kernel import budget
from app.kernel.database import Database
from app.kernel.uow import UnitOfWork
from db.enums import Status
from db.models import Application
from demo.data import PASSWORD
from tests.excel.test_overview_export import SUPERVISOR, cases_in_db
from tests.fixtures.excel import money
from tests.support import run_cli

ZERO = Decimal("0.00")
HOLDS = (Status.approved, Status.funding, Status.proof_review, Status.closed)


def held(app: Application) -> Decimal:
    if app.status not in HOLDS:
        return ZERO
    return (app.final_amount if app.status == Status.closed else app.approved_amount) or ZERO


def expected_blocks(apps: list[Application]) -> dict[tuple[str, int], dict[str, Decimal]]:
    blocks: dict[tuple[str, int], dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for app in apps:
        b = blocks[(app.programme.code, app.fiscal_year)]
        applied = app.status not in (Status.idea, Status.withdrawn)
        b["Anträge"] += applied
        b["beantragt"] += app.requested_amount if applied else ZERO
        b["bewilligte Vorhaben"] += app.status in HOLDS
        b["bewilligt (gebunden)"] += held(app)
        b["ausgezahlt"] += app.paid_amount
        b["offen (bewilligt, noch nicht ausgezahlt)"] += max(held(app) - app.paid_amount, ZERO) \
            if app.status in HOLDS else ZERO
        b["abgelehnt"] += app.status == Status.rejected
        b["Ideen (gesondert, nicht beantragt)"] += app.status == Status.idea
        b["zurückgezogen (gesondert)"] += app.status == Status.withdrawn
        b["noch nicht entschieden"] += applied and app.status not in (*HOLDS, Status.rejected)
    return blocks


def sheet_blocks(ws: object) -> dict[str, dict[str, object]]:
    """Block title → {label: value} of the key figures, plus "nach X" → {key: row} for each table."""
    blocks: dict[str, dict[str, object]] = {}
    current: dict[str, object] = {}
    table = ""
    for row in ws.iter_rows(values_only=True):  # type: ignore[attr-defined]
        first = row[0]
        if isinstance(first, str) and first.startswith("Überblick für Landrat und Kreistag: "):
            current = blocks.setdefault(first.split(": ", 1)[1].split(" – ")[0], {})
            table = ""
        elif isinstance(first, str) and first.startswith("nach "):
            table = first
            current[table] = {}
        elif table and first is not None and first not in ("Handlungsfeld", "Gemeinde"):
            current[table][first] = row[1:7]  # type: ignore[index]
        elif not table and first is not None and row[2] is not None:
            current[first] = row[2]
    return blocks


def withdraw_one(database: Database) -> None:
    """The demo office has no withdrawn application: one is withdrawn through the product's own action."""
    pending = [a for a in cases_in_db(database) if a.status in (Status.received, Status.eligibility_check)]
    checking.withdraw(UnitOfWork(database, SUPERVISOR), pending[0].file_number or "", "Träger zieht zurück.")


def test_summary_sheet_matches_the_database_and_the_budget(demo: Database, tmp_path: Path) -> None:
    withdraw_one(demo)
    target = tmp_path / "übersicht.xlsx"
    write_overview(target, load_overview(demo, OverviewRequest(), SUPERVISOR))
    wb = load_workbook(target)
    assert wb.sheetnames[0] == "Überblick"
    blocks = sheet_blocks(wb["Überblick"])
    apps = cases_in_db(demo)
    expected = expected_blocks(apps)
    assert set(blocks) >= {f"{p} {y}" for p, y in expected}
    ideas = withdrawn = 0
    for (programme, year), figures in expected.items():
        block = blocks[f"{programme} {year}"]
        for label, value in figures.items():
            got = block[label]
            assert (money(got) if isinstance(value, Decimal) and label[0].islower() else Decimal(str(got))) \
                == value, (programme, year, label)
        ideas += int(figures["Ideen (gesondert, nicht beantragt)"])
        withdrawn += int(figures["zurückgezogen (gesondert)"])
        by_place = block["nach Gemeinde"]
        assert isinstance(by_place, dict)
        assert money(by_place["Summe"][3]) == figures["bewilligt (gebunden)"]  # type: ignore[index]
        assert sum((money(r[3]) for k, r in by_place.items() if k != "Summe"), ZERO) == figures["bewilligt (gebunden)"]
    assert ideas and withdrawn, "the demo office must have ideas and withdrawn applications"
    with demo.read() as session:
        for fig in budget.figures(session):
            block = blocks[f"{fig.programme_code} {fig.fiscal_year}"]
            assert money(block["Haushaltsansatz"]) == fig.allocation
            assert money(block["bewilligt (gebunden)"]) == fig.approved
            assert money(block["verfügbar"]) == fig.available
    ws = wb["Überblick"]
    assert len(ws.row_breaks.brk) == len(blocks) and ws.page_setup.fitToWidth == 1


def test_summary_pdf_has_a_page_per_programme_year_with_the_figures(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "landrat.pdf"
    request = OverviewRequest(CaseFilter(programme="LPF"), years=(2025, 2026))
    pages = export_summary_pdf(demo, request, SUPERVISOR, target)
    reader = PdfReader(target)
    assert pages == len(reader.pages) == 2
    with demo.read() as session:
        figures = {f.fiscal_year: f for f in budget.figures(session) if f.programme_code == "LPF"}
    for page, year in zip(reader.pages, (2025, 2026), strict=True):
        text = page.extract_text()
        assert f"LPF {year}" in text and "nach Handlungsfeld" in text and "nach Gemeinde" in text
        approved = f"{figures[year].approved:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
        assert f"{approved} €" in text
        assert "Ideen (gesondert, nicht beantragt)" in text


def test_summary_pdf_into_a_missing_folder_is_refused_in_german(demo: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="existiert nicht"):
        export_summary_pdf(demo, OverviewRequest(), SUPERVISOR, tmp_path / "fehlt" / "x.pdf")
    assert not (tmp_path / "fehlt").exists()


def test_cli_writes_the_summary(demo: Database, db_url: str, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "überblick.pdf"
    code = run_cli(["--db", db_url, "--user", SUPERVISOR, "export", "summary", "-o", str(target), "--year", "2026"],
                   password=PASSWORD)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Überblick mit" in out and target.is_file()
    assert "2026" in PdfReader(target).pages[0].extract_text()
