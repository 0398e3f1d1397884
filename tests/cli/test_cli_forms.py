"""`foerderdesk form blank|read`: the blank form out, a filled one read back, problems named, `--register`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Application
from tests.support import Office, run_cli
from tests.support_forms import FILLED, fill_pdf, fill_xlsx


def cli(office: Office, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(["--db", office.database.url, "--user", "anna", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def cases(office: Office) -> int:
    with office.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(Application)) or 0)


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_blank_form_read_back_and_registered(office: Office, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                             kind: str) -> None:
    blank = tmp_path / f"antrag.{kind}"
    code, out, err = cli(office, capsys, "form", "blank", "--programme", "LPF", "-o", str(blank))
    assert code == 0, err
    assert str(blank) in out
    filled = tmp_path / f"ausgefuellt.{kind}"
    data = blank.read_bytes()
    filled.write_bytes(fill_pdf(data, FILLED) if kind == "pdf" else fill_xlsx(data, FILLED))
    code, out, err = cli(office, capsys, "form", "read", str(filled))
    assert code == 0, err
    assert "Titel des Vorhabens" in out and "Generationencafé am Markt" in out
    assert "Mangel" not in out and cases(office) == 0  # only read
    code, out, err = cli(office, capsys, "form", "read", str(filled), "--register")
    assert code == 0, err
    assert "Antrag registriert: LPF-2026-0001" in out


def test_problems_are_printed_and_nothing_is_registered(office: Office, capsys: pytest.CaptureFixture[str],
                                                         tmp_path: Path) -> None:
    blank = tmp_path / "antrag.pdf"
    assert cli(office, capsys, "form", "blank", "--programme", "LPF", "-o", str(blank))[0] == 0
    filled = tmp_path / "falsch.pdf"
    filled.write_bytes(fill_pdf(blank.read_bytes(), {**FILLED, "iban": "DE00 1234", "signed_on": ""}))
    code, out, err = cli(office, capsys, "form", "read", str(filled), "--register", "--json")
    assert code == 1
    problems = json.loads(out)["problems"]
    assert any(p.startswith("IBAN: Die IBAN »DE00 1234« ist ungültig") for p in problems)
    assert "Datum (Unterschrift): Bitte das Datum angeben (TT.MM.JJJJ)." in problems
    assert "2 Mängel" in err
    assert cases(office) == 0


def test_unknown_programme_and_format_are_refused(office: Office, capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    code, _out, err = cli(office, capsys, "form", "blank", "--programme", "XYZ", "-o", str(tmp_path / "a.pdf"))
    assert code == 1 and "XYZ" in err
    code, _out, err = cli(office, capsys, "form", "blank", "--programme", "LPF", "-o", str(tmp_path / "a.docx"))
    assert code == 1 and "PDF (.pdf) oder als Excel-Vorlage (.xlsx)" in err
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "a.docx").exists()
