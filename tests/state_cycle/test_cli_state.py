"""`foerderdesk state …` on the demo data (both backends): the application to the Land and the decision list as PDF
and xlsx, the county's own line, a resolution."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.kernel import clock
from demo.data import PASSWORD
from tests.support import run_cli


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(argv, PASSWORD)
    out, err = capsys.readouterr()
    return code, out, err


def test_state_commands_on_the_demo(db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = cli(capsys, "--db", db_url, "demo-data", "--cases", "30", "--seed", "3")
    assert code == 0, err
    year = str(clock.today().year + 1)
    user = ("--db", db_url, "--user", "mueller")
    code, out, err = cli(capsys, *user, "state", "application", "--year", year)
    assert code == 0, err
    assert "Mikroprojektefonds" not in out and "Summe" in out
    assert "erfüllt die Regel: 30 % der Zuwendung des Landes" in out
    code, out, err = cli(capsys, *user, "state", "add-line", "LPF", "--year", year, "--kind", "planning_post",
                         "--title", "Sozialraumanalyse", "--costs", "10000", "--funding", "20000")
    assert code == 1 and "darf die zuwendungsfähigen Ausgaben nicht übersteigen" in err
    pdf, xlsx = tmp_path / "antrag.pdf", tmp_path / "antrag.xlsx"
    code, out, err = cli(capsys, *user, "state", "application", "--year", year, "-o", str(pdf), "--xlsx", str(xlsx))
    assert code == 0, err
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Thüringer Ministerium für Soziales" in text and "Mikroprojektefonds" in text
    assert load_workbook(xlsx)["Maßnahmen"]["A4"].value == "Handlungsfeld"
    listed = tmp_path / "liste.pdf"
    code, out, err = cli(capsys, *user, "state", "decision-list", "--year", year, "-o", str(listed))
    assert code == 0, err
    assert "Beschlussliste" in PdfReader(io.BytesIO(listed.read_bytes())).pages[0].extract_text()
    code, out, err = cli(capsys, *user, "state", "application", "--year", "1999")
    assert code == 1 and "Für 1999 ist kein Antrag an das Land angelegt." in err
