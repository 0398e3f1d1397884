"""`foerderdesk payments …` on both backends: plan, order, sign (refused for the same person), list, export; what is
owed on a clawback on a day, and a repayment."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.fixtures.database import Today
from tests.letters.cases import clawed_back
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


def test_what_is_owed_on_a_day_and_the_repayment_on_the_command_line(office: Office, today: Today, db_url: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    file_number = clawed_back(office, today)  # 1,200.00 € from 01.07.2026, 6.27 % a year, due on 01.05.2027
    today.set(dt.date(2027, 4, 25))
    # 01.07.2026–20.04.2027 = 294 days: 1,200.00 × 6.27 % × 294/365 = 60.6043… → 60.60 €
    code, out, err = cli(capsys, db_url, "--user", "anna", "payments", "claim", file_number, "--date", "20.04.2027")
    assert code == 0, err
    assert out.splitlines() == [
        "Rückforderung vom 01.04.2027: 1.200,00 €, fällig am 01.05.2027 (laut Bescheid Zinsen 62,87 € bei Zahlung "
        "an diesem Tag)",
        "  01.07.2026–20.04.2027: 294 Tage × 6,27 % auf 1.200,00 € = 60,60 €",
        "  Stand am 20.04.2027: Hauptforderung 1.200,00 €, Zinsen 60,60 € (bis zu diesem Tag insgesamt 60,60 €, "
        "Summe der ungerundeten Teilbeträge auf den Cent gerundet), offen insgesamt 1.260,60 €",
        "Am 20.04.2027 zu zahlen: 1.260,60 €"]
    code, out, err = cli(capsys, db_url, "--user", "anna", "payments", "repay", file_number, "--amount", "1.260,60",
                         "--date", "20.04.2027")
    assert code == 0, err
    assert out.splitlines() == [
        "Rückzahlung erfasst: 60,60 € auf Zinsen, 1.200,00 € auf die Hauptforderung; noch offen 0,00 €.",
        "Die Rückforderung ist vollständig beglichen."]
    code, out, err = cli(capsys, db_url, "--user", "leser", "payments", "claim", file_number, "--json")
    [claim] = json.loads(out)["claims"]
    assert (claim["day"], claim["total"], claim["interest_accrued"], claim["repaid_on"], claim["settled"]) == (
        "2027-04-25", "0.00", "60.60", "2027-04-20", True)


def test_a_case_without_clawback_has_no_claim_to_show(office: Office, today: Today, db_url: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    file_number = approved(office, today)
    code, _out, err = cli(capsys, db_url, "--user", "anna", "payments", "claim", file_number)
    assert code == 1 and f"Zu {file_number} gibt es keine Rückforderung." in err
