"""The workbook opens in LibreOffice, and LibreOffice's own calculation of the totals matches the database.

LibreOffice converts every sheet to CSV (`soffice --headless --convert-to csv`),
calculating the SUBTOTAL/SUM formulas as it loads the file. Skipped only where
soffice is not installed; with CI=true a missing LibreOffice fails the test
(CI installs `libreoffice-calc-nogui`).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.excel.export import write_overview
from app.excel.overview import OverviewRequest, load_overview
from app.kernel import budget
from app.kernel.database import Database
from db.enums import Status
from db.models import Application

ZERO = Decimal("0.00")
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1031,false,true,false,false,false,-1"


@pytest.fixture
def soffice() -> str:
    """The LibreOffice program; asked for before the demo office is built, so a skip costs nothing."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("LibreOffice (soffice) fehlt; CI muss libreoffice-calc-nogui installieren")
        pytest.skip("LibreOffice (soffice) ist nicht installiert")
    return path


def convert(program: str, workbook: Path, out: Path) -> dict[str, list[list[str]]]:
    profile = out / "profile"
    result = subprocess.run(
        [program, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", CSV_FILTER,
         "--outdir", str(out), str(workbook)], capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    sheets = {}
    for name in ("Anträge", "Haushalt", "Auswertung", "Fristen"):
        path = out / f"{workbook.stem}-{name}.csv"
        assert path.is_file(), f"{name}: {result.stdout} {result.stderr}"
        with path.open(encoding="utf-8", newline="") as handle:
            sheets[name] = list(csv.reader(handle))
    return sheets


def amount(text: str) -> Decimal:
    return Decimal(text or "0").quantize(Decimal("0.01"))


def test_libreoffice_opens_the_workbook_and_its_totals_match_the_database(soffice: str, demo: Database,
                                                                           tmp_path: Path) -> None:
    target = tmp_path / "übersicht.xlsx"
    write_overview(target, load_overview(demo, OverviewRequest(), "weber"))
    sheets = convert(soffice, target, tmp_path)
    with demo.read() as session:
        apps = session.scalars(select(Application)).all()
        figures = budget.figures(session)
    totals = sheets["Anträge"][2]
    assert totals[0] == "Summe der sichtbaren Zeilen:" and int(totals[1]) == len(apps) == 30
    expected = [sum((getattr(a, f) or ZERO for a in apps), ZERO)
                for f in ("requested_amount", "approved_amount", "paid_amount", "final_amount")]
    assert [amount(v) for v in totals[13:17]] == expected
    budget_total = next(r for r in sheets["Haushalt"] if r[0] == "Summe")
    assert [amount(v) for v in budget_total[3:7]] == [
        sum((getattr(f, name) for f in figures), ZERO) for name in ("allocation", "approved", "paid", "available")]
    analysis_totals = [r for r in sheets["Auswertung"] if r[0] == "Summe"]
    assert len(analysis_totals) == 5
    applied = [a for a in apps if a.status not in (Status.idea, Status.withdrawn)]  # ideas, withdrawn: apart
    for row in analysis_totals:
        assert int(row[1]) == len(applied) and amount(row[2]) == sum((a.requested_amount for a in applied), ZERO)
        assert [amount(v) for v in row[3:5]] == expected[1:3]
        assert int(row[5]) + int(row[6]) == len(apps) - len(applied)
