"""`foerderdesk proof show|sample|check|note` on both backends: exit codes, German messages, stored results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures.database import Today
from tests.letters.cases import pdf_text
from tests.proof.cases import in_review, receipt_book
from tests.proof.test_receipt_import import GOOD
from tests.support import Office, run_cli

pytestmark = pytest.mark.usefixtures("database")


def cli(capsys: pytest.CaptureFixture[str], db_url: str, user: str, *argv: str) -> tuple[int, str, str]:
    code = run_cli(["--db", db_url, "--user", user, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_sample_check_and_note_through_the_cli(office: Office, today: Today, db_url: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    file_number = in_review(office, today)
    code, _out, err = cli(capsys, db_url, "anna", "proof", "import", file_number, str(receipt_book(
        tmp_path / "belege.xlsx", GOOD)), "--dry-run")
    assert code == 0, err
    code, _out, err = cli(capsys, db_url, "anna", "proof", "import", file_number, str(tmp_path / "belege.xlsx"))
    assert code == 0, err
    code, _out, err = cli(capsys, db_url, "anna", "proof", "note", file_number, "-o", str(tmp_path / "pv.pdf"))
    assert code == 1 and "Stichprobe der Belege ziehen" in err and not (tmp_path / "pv.pdf").exists()
    code, out, err = cli(capsys, db_url, "anna", "proof", "sample", file_number, "--seed", "cli-1", "--share", "50",
                         "--minimum", "1")
    assert code == 0, err
    assert "2 von 3 Belegen" in out and "Startwert cli-1" in out
    drawn = [int(n) for n in out.split("Belege Nr. ")[1].split(", ")]
    code, out, err = cli(capsys, db_url, "leser", "proof", "show", file_number)  # sample drawn, not yet checked
    assert code == 0, err
    assert "Die endgültige Zuwendung steht erst nach der Belegprüfung fest: noch 2 Belege der Stichprobe prüfen." \
        in out and "Vorläufige Rechnung mit dem bisherigen Stand der Belegprüfung:" in out
    code, _out, err = cli(capsys, db_url, "anna", "proof", "check", file_number, str(drawn[0]), "--reject", "100,00")
    assert code == 1 and "Begründung" in err
    code, out, err = cli(capsys, db_url, "anna", "proof", "check", file_number, str(drawn[0]), "--reject", "100,00",
                         "--reason", "Rechnung nicht auf den Träger ausgestellt.")
    assert code == 0 and "nicht anerkannt" in out, err
    code, _out, err = cli(capsys, db_url, "anna", "proof", "check", file_number, str(drawn[1]), "--accept")
    assert code == 0, err
    code, out, err = cli(capsys, db_url, "leser", "proof", "show", file_number, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["file_number"] == file_number
    assert shown["draw"]["seed"] == "cli-1" and shown["draw"]["reproducible"] is True
    assert sorted(r["position"] for r in shown["receipts"] if r["in_sample"]) == sorted(drawn)
    code, out, err = cli(capsys, db_url, "leser", "proof", "show", file_number)  # reviewed: the calculation
    assert code == 0 and "Belegprüfung fest" not in out and "Vorläufige" not in out, err
    assert "Anerkannte zuwendungsfähige Ist-Ausgaben" in out
    code, out, err = cli(capsys, db_url, "anna", "proof", "note", file_number, "-o", str(tmp_path / "pv.pdf"))
    assert code == 0, err
    assert "als Unterlage Nr." in out and "Startwert cli-1" in pdf_text((tmp_path / "pv.pdf").read_bytes())
    code, _out, err = cli(capsys, db_url, "leser", "proof", "sample", file_number)
    assert code == 1 and "darf" in err
