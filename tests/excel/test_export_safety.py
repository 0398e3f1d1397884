"""Formula injection, cancel, failed writes and the layer rule of the workbook writer."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.applicants import service as applicants
from app.cases import intake as applications
from app.excel.export import ExportCancelled, ExportFailed, write_overview
from app.excel.overview import OverviewRequest, load_overview
from tests.support import Office, application_input, register

RISKY = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)"]


def _risky_office(office: Office) -> None:
    for title in RISKY:
        register(office, title=title)
    applicant = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="=cmd|' /C calc'!A0", applicant_type="association"))
    applications.register_application(office.anna, application_input(applicant, title="Harmloser Titel"))


def test_formula_like_user_input_comes_back_as_text(office: Office, tmp_path: Path) -> None:
    _risky_office(office)
    target = tmp_path / "übersicht.xlsx"
    write_overview(target, load_overview(office.database, OverviewRequest(), "sabine"))
    ws = load_workbook(target)["Anträge"]
    titles = {ws.cell(r, 2).value: ws.cell(r, 2) for r in range(5, ws.max_row + 1)}
    for text in RISKY:
        cell = titles[text]
        assert cell.data_type == "s" and cell.value == text and cell.quotePrefix
    applicant = next(ws.cell(r, 3) for r in range(5, ws.max_row + 1) if ws.cell(r, 2).value == "Harmloser Titel")
    assert applicant.data_type == "s" and applicant.value == "=cmd|' /C calc'!A0" and applicant.quotePrefix
    assert not ws.cell(5, 1).quotePrefix  # ordinary text is not marked
    with zipfile.ZipFile(target) as archive:
        sheet = archive.read("xl/worksheets/sheet2.xml")  # sheet1 is "Überblick"; "Anträge" is second
        sheet = sheet.decode()
    assert sheet.count("<f>") == 5 and all(f.startswith("<f>SUBTOTAL(") for f in _formulas(sheet))


def _formulas(xml: str) -> list[str]:
    return ["<f>" + part.split("</f>")[0] for part in xml.split("<f>")[1:]]


def _openpyxl_temp_files() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("openpyxl.*")}


def test_cancel_leaves_no_file_and_keeps_an_older_one(office: Office, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))  # openpyxl streams each sheet to a temp file
    register(office)
    folder = tmp_path / "ausgabe"
    folder.mkdir()
    target = folder / "übersicht.xlsx"
    target.write_bytes(b"older overview")
    before = _openpyxl_temp_files()
    calls: list[tuple[int, int]] = []
    during: set[str] = set()

    def cancel(done: int, total: int) -> bool:
        calls.append((done, total))
        during.update(_openpyxl_temp_files())
        return False

    with pytest.raises(ExportCancelled, match="abgebrochen"):
        write_overview(target, load_overview(office.database, OverviewRequest(), "sabine"), cancel)
    assert calls == [(1, 1)]
    assert target.read_bytes() == b"older overview"
    assert sorted(p.name for p in folder.iterdir()) == ["übersicht.xlsx"]
    assert before == set() and during and _openpyxl_temp_files() == set()


def test_progress_reports_every_500_rows_and_cancel_midway(tmp_path: Path) -> None:
    """Streaming without a database: 1,200 plain rows, cancelled after the second report."""
    import datetime as dt
    from decimal import Decimal

    from reports.excel.model import Overview, OverviewCase

    def cases() -> object:
        for n in range(1200):
            yield OverviewCase(f"LPF-2026-{n:04d}", "Titel", "Träger", "Verein", "Artern", "LPF", 2026, "Eingegangen",
                               None, None, dt.date(2026, 1, 2), None, None, Decimal("10.05"), None, Decimal("0.00"),
                               None, None)

    seen: list[tuple[int, int]] = []
    closed: list[bool] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1000

    overview = Overview("Test", "Filter", "heute", 1200, cases(), close=lambda: closed.append(True))  # type: ignore[arg-type]
    with pytest.raises(ExportCancelled):
        write_overview(tmp_path / "x.xlsx", overview, progress)
    assert seen == [(500, 1200), (1000, 1200)] and closed == [True]
    assert list(tmp_path.iterdir()) == []
    done: list[tuple[int, int]] = []
    full = Overview("Test", "Filter", "heute", 1200, cases())  # type: ignore[arg-type]
    assert write_overview(tmp_path / "x.xlsx", full, lambda d, t: done.append((d, t)) or True) == 1200
    assert done == [(500, 1200), (1000, 1200), (1200, 1200)]
    ws = load_workbook(tmp_path / "x.xlsx")["Anträge"]
    assert ws["N5"].value == 10.05 and ws.cell(1204, 1).value == "LPF-2026-1199"


def test_unwritable_target_gives_a_german_message_and_no_file(office: Office, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="existiert nicht"):
        write_overview(tmp_path / "fehlt" / "x.xlsx", load_overview(office.database, OverviewRequest(), "sabine"))
    if os.geteuid() == 0:
        return  # root may write into a read-only folder; the missing folder above covers the message
    folder = tmp_path / "schreibgeschützt"
    folder.mkdir(mode=0o500)
    with pytest.raises(ExportFailed, match="kann nicht geschrieben werden"):
        write_overview(folder / "x.xlsx", load_overview(office.database, OverviewRequest(), "sabine"))


def test_reports_excel_needs_neither_sqlalchemy_nor_qt() -> None:
    code = ("import sys, reports.excel; bad = [m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'PySide6', 'db')]; print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stdout + result.stderr
