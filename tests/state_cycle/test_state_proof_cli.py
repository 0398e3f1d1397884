"""`foerderdesk state proof --year Y -o FILE.pdf --xlsx FILE.xlsx --dossier FILE.zip`."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.state_cycle import land_money
from app.state_cycle.land_money import StateGrantInput
from tests.support import YEAR, Office, run_cli


def test_the_cli_writes_pdf_workbook_and_dossier(office: Office, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    land_money.record_state_grant(office.sabine, StateGrantInput("LPF", YEAR, "70000.00", "2026-02-15", "46-1/2026"))
    land_money.record_payment(office.sabine, "LPF", YEAR, "2026-03-15", "30000.00", "1. Rate")
    pdf, xlsx, dossier = tmp_path / "nachweis.pdf", tmp_path / "anlage.xlsx", tmp_path / "pruefakte.zip"
    assert run_cli(["--db", office.database.url, "--user", "sabine", "state", "proof", "--year", str(YEAR), "-o",
                    str(pdf), "--xlsx", str(xlsx), "--dossier", str(dossier)]) == 0
    assert "Verwendungsnachweis an das Land 2026 geschrieben" in capsys.readouterr().out
    assert "46-1/2026" in PdfReader(pdf).pages[0].extract_text()
    assert load_workbook(xlsx)["Übersicht"]["B3"].value == "Vom Land erhalten"
    with zipfile.ZipFile(dossier) as archive:
        names = archive.namelist()
        manifest = archive.read("MANIFEST.sha256").decode()
        payments = archive.read("Mittel-des-Landes-2026.csv").decode("utf-8-sig")
        for name in names[:-1]:
            assert f"{hashlib.sha256(archive.read(name)).hexdigest()}  {name}" in manifest
    assert "Zahlung des Landes;30000,00;1. Rate" in payments
    load_workbook(io.BytesIO(zipfile.ZipFile(dossier).read("Verwendungsnachweis-Land-2026.xlsx")))


def test_the_cli_needs_an_output(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--db", office.database.url, "--user", "sabine", "state", "proof", "--year", str(YEAR)]) != 0
    assert "Bitte eine PDF-Datei (-o)" in capsys.readouterr().err
