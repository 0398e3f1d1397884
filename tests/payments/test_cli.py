"""`foerderdesk payments …` on both backends: plan, order, sign (refused for the same person), list, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures.database import Today
from tests.payments.cases import approved
from tests.support import Office, run_cli


def cli(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = run_cli(["--db", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_from_plan_to_export_on_the_command_line(office: Office, today: Today, db_url: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    file_number = approved(office, today)
    code, out, err = cli(capsys, db_url, "--user", "anna", "payments", "plan", file_number,
                         "--rate", "01.04.2026=6000,00", "--rate", "01.07.2026=3000,00")
    assert code == 1 and "Die Raten ergeben zusammen 9.000,00 €, bewilligt sind 10.000,00 €" in err
    code, out, err = cli(capsys, db_url, "--user", "anna", "payments", "plan", file_number,
                         "--rate", "01.04.2026=6000,00", "--rate", "01.07.2026=4000,00")
    assert code == 0, err
    code, out, err = cli(capsys, db_url, "--user", "anna", "payments", "order", file_number, "--rate", "1")
    assert code == 0 and "Auszahlungsanordnung Nr. 1 angelegt" in out, err
    code, out, err = cli(capsys, db_url, "payments", "sign", file_number, "1", "--as", "factual", "--user", "anna")
    assert code == 0 and "sachlich richtig" in out, err
    code, out, err = cli(capsys, db_url, "payments", "sign", file_number, "1", "--as", "arithmetic", "--user", "anna")
    assert code == 1 and "Anna Arndt (Sachbearbeitung) darf »Rechnerisch richtig zeichnen und anordnen« nicht" in err
    code, out, err = cli(capsys, db_url, "--user", "anna", "payments", "list", "--status", "ordered", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, err = cli(capsys, db_url, "payments", "sign", file_number, "1", "--as", "arithmetic", "--user", "sabine")
    assert code == 0 and "angeordnet" in out, err
    code, out, err = cli(capsys, db_url, "--user", "sabine", "payments", "list", "--status", "ordered", "--json")
    [row] = json.loads(out)
    assert (row["id"], row["file_number"], row["amount"], row["state"]) == (1, file_number, "6000.00", "ordered")
    target = tmp_path / "lauf.csv"
    code, out, err = cli(capsys, db_url, "--user", "bernd", "payments", "export", "--format", "csv", "-o", str(target))
    assert code == 0 and "1 Auszahlung, Kontrollsumme 6.000,00 €" in out, err
    assert "6.000,00" in target.read_text(encoding="utf-8-sig")
    code, out, err = cli(capsys, db_url, "--user", "bernd", "payments", "export", "--format", "sepa",
                         "-o", str(tmp_path / "zweiter.xml"))
    assert code == 1 and "keine angeordneten, noch nicht exportierten" in err
    assert not (tmp_path / "zweiter.xml").exists()


def test_the_same_person_cannot_sign_both_parts_on_the_command_line(office: Office, today: Today, db_url: str,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    file_number = approved(office, today)
    assert cli(capsys, db_url, "--user", "sabine", "payments", "order", file_number, "--amount", "2500")[0] == 0
    assert cli(capsys, db_url, "payments", "sign", file_number, "1", "--as", "factual", "--user", "sabine")[0] == 0
    code, _out, err = cli(capsys, db_url, "payments", "sign", file_number, "1", "--as", "arithmetic", "--user",
                          "sabine")
    assert code == 1 and "Vier-Augen-Prinzip" in err
    code, out, _err = cli(capsys, db_url, "--user", "anna", "payments", "list", "--json")
    assert json.loads(out)[0]["state"] == "factual"
