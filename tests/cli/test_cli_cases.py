"""Demo data, case list/show, transitions and the audit trail through the command line, on both backends."""

from __future__ import annotations

import json

import pytest

from db.enums import Status
from demo.data import PASSWORD
from tests.support import run_cli


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(argv, PASSWORD)  # the demo users' password
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_url(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = cli(capsys, "--db", db_url, "demo-data", "--cases", "40", "--seed", "7")
    assert code == 0, err
    assert "40 Vorgänge" in out
    return db_url


def test_demo_data_covers_every_state_and_json_has_the_key_fields(demo_url: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "--db", demo_url, "--user", "mueller", "case", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 40
    assert {r["status"] for r in rows} == {s.value for s in Status}
    keys = {"file_number", "title", "applicant", "municipality", "programme", "fiscal_year", "status", "requested",
            "approved", "paid"}
    assert keys <= set(rows[0])
    amounts = [r["requested"] for r in rows] + [r["paid"] for r in rows]
    assert all(isinstance(a, str) and a.count(".") == 1 and len(a.split(".")[1]) == 2 for a in amounts)


def test_demo_data_is_deterministic_for_a_seed(db_url: str, tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    other = f"sqlite:///{tmp_path / 'zweite.sqlite3'}"
    for url in (db_url, other):
        assert cli(capsys, "--db", url, "demo-data", "--cases", "15", "--seed", "3")[0] == 0
    first = json.loads(cli(capsys, "--db", db_url, "--user", "mueller", "case", "list", "--json")[1])
    second = json.loads(cli(capsys, "--db", other, "--user", "mueller", "case", "list", "--json")[1])
    assert first == second


def test_filters_show_and_audit(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "--db", demo_url, "--user", "mueller", "case", "list", "--status", "closed", "--json")
    closed = json.loads(out)
    assert code == 0 and closed and all(r["status"] == "closed" for r in closed)
    file_number = closed[0]["file_number"]
    code, out, _err = cli(capsys, "--db", demo_url, "--user", "mueller", "case", "show", file_number, "--json")
    detail = json.loads(out)
    assert code == 0 and detail["file_number"] == file_number and detail["status"] == "closed"
    assert "reference" not in detail  # one key for the file number
    assert [h["to_status"] for h in detail["history"]][-1] == "closed"
    code, out, _err = cli(capsys, "--db", demo_url, "--user", "weber", "audit", "show", file_number)
    assert code == 0 and "confirm-decision" in out and "weber" in out


def test_transition_by_cli_and_refusals(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = json.loads(cli(capsys, "--db", demo_url, "--user", "mueller", "case", "list", "--status", "received",
                          "--json")[1])
    file_number = rows[0]["file_number"]
    code, _out, err = cli(capsys, "--db", demo_url, "--user", "lehmann", "case", "transition", file_number,
                          "start-check")
    assert code == 1 and "Lesezugriff" in err
    code, _out, err = cli(capsys, "--db", demo_url, "--user", "mueller", "case", "transition", file_number, "close")
    assert code == 1 and "nicht möglich" in err
    code, out, _err = cli(capsys, "--db", demo_url, "--user", "mueller", "case", "transition", file_number,
                          "start-check")
    assert code == 0 and "Formelle Prüfung" in out
    code, _out, err = cli(capsys, "--db", demo_url, "--user", "mueller", "case", "show", "LPF-1999-9999")
    assert code == 1 and "gibt es nicht" in err


def test_user_add_and_list(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = cli(capsys, "--db", demo_url, "--user", "mueller", "user", "add", "neu", "--role", "reader")
    assert code == 1 and "Benutzer verwalten" in err
    code, _out, _err = cli(capsys, "--db", demo_url, "--user", "admin", "user", "add", "neu", "--role", "caseworker",
                          "--name", "Nora Neu")
    assert code == 0
    users = json.loads(cli(capsys, "--db", demo_url, "--user", "mueller", "user", "list", "--json")[1])
    assert {"username": "neu", "role": "caseworker"}.items() <= next(u for u in users if u["username"] == "neu").items()
