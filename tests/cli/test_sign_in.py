"""Who acts on the command line (issue 20): the computer's account; `--user NAME` only with NAME's password on
SQLite; the environment variables USER, LOGNAME and USERNAME change nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.administration import users
from app.kernel.identity import os_account
from app.kernel.signin import sign_in
from app.payments.orders import OrderInput, create_order, sign_factual
from cli.main import run
from db.models import AuditEvent, PaymentOrder
from tests.fixtures.database import Today
from tests.payments.cases import approved
from tests.support import PASSWORD, Office, run_cli
from tests.support_fingerprint import fingerprint

ROOT = Path(__file__).resolve().parents[2]


def factual_order(office: Office, today: Today) -> tuple[str, int]:
    """An order anna signed "sachlich richtig": it waits for a supervisor's "rechnerisch richtig"."""
    reference = approved(office, today)
    order_id = create_order(office.anna, reference, OrderInput(amount="2500.00", due_on="2026-04-01")).record_id
    assert order_id is not None
    sign_factual(office.anna, order_id)
    return reference, order_id


def order_state(office: Office, order_id: int) -> str:
    with office.database.read() as session:
        return str(session.get_one(PaymentOrder, order_id).state.value)


def single_workstation(office: Office) -> None:
    if office.database.backend != "sqlite":
        pytest.skip("Auf dem gemeinsamen Server meldet sich jede Person mit ihrer eigenen Datenbankanmeldung an")


@pytest.mark.xdist_group("processes")
def test_environment_variables_do_not_change_who_acts(office: Office, today: Today, db_url: str) -> None:
    """The attack of issue 20: `env USER=weber … payments sign … --as arithmetic` made an order "angeordnet"."""
    users.add_user(office.admin, os_account(), "caseworker", "Konto dieses Rechners")
    reference, order_id = factual_order(office, today)
    before = fingerprint(office.database)
    environ = {**os.environ, "USER": "sabine", "LOGNAME": "sabine", "USERNAME": "sabine"}
    done = subprocess.run([sys.executable, "-m", "foerderdesk", "--db", db_url, "payments", "sign", reference,
                           str(order_id), "--as", "arithmetic"], cwd=ROOT, env=environ, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert "Konto dieses Rechners (Sachbearbeitung) darf »Rechnerisch richtig zeichnen und anordnen« nicht" \
        in done.stderr
    assert order_state(office, order_id) == "factual" and fingerprint(office.database) == before


def test_a_wrong_or_missing_password_changes_nothing(office: Office, today: Today, db_url: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    single_workstation(office)
    reference, order_id = factual_order(office, today)
    sign = ["--db", db_url, "--user", "sabine", "payments", "sign", reference, str(order_id), "--as", "arithmetic"]
    before = fingerprint(office.database)
    assert run_cli(sign, password="geraten-und-falsch") == 1
    assert "Anmeldung als »sabine« abgelehnt: Das Passwort ist falsch. Es wurde nichts geändert." \
        in capsys.readouterr().err
    assert run(sign) == 1  # no --password-stdin and no terminal to ask on: refused, never waiting
    err = capsys.readouterr().err
    assert "das FörderDesk-Passwort von »sabine« nötig" in err and "--password-stdin" in err
    assert run_cli(sign, password="") == 1
    assert order_state(office, order_id) == "factual" and fingerprint(office.database) == before

    assert run_cli(sign) == 0
    assert "angeordnet" in capsys.readouterr().out
    with office.database.read() as session:
        signed = session.scalars(select(AuditEvent).where(AuditEvent.action == "sign-arithmetic")).first()
    assert signed is not None and signed.user_name == "sabine" and order_state(office, order_id) == "ordered"


def test_the_computers_account_needs_no_password(office: Office, today: Today, db_url: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    single_workstation(office)
    account = os_account()
    users.add_user(office.admin, account, "supervisor", "Konto dieses Rechners")
    reference, order_id = factual_order(office, today)
    assert run(["--db", db_url, "--user", account, "payments", "list", "--json"]) == 0
    assert run(["--db", db_url, "payments", "sign", reference, str(order_id), "--as", "arithmetic"]) == 0
    assert "angeordnet" in capsys.readouterr().out
    with office.database.read() as session:
        signed = session.scalars(select(AuditEvent).where(AuditEvent.action == "sign-arithmetic")).first()
    assert signed is not None and signed.user_name == account


def test_passwords_are_set_on_the_command_line(office: Office, db_url: str, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    if office.database.backend != "sqlite":
        assert run_cli(["--db", db_url, "--user", "admin", "user", "set-password", "bernd", "--password-stdin"]) == 1
        assert "gemeinsamen Server gibt es kein FörderDesk-Passwort" in capsys.readouterr().err
        return
    # the admin signs in (first line) and sets bernd's new password (second line)
    reset = ["--db", db_url, "--user", "admin", "user", "set-password", "bernd", "--password-stdin"]
    assert run_cli(reset, password=f"{PASSWORD}\nBernds-neues-Passwort") == 0
    assert "Das FörderDesk-Passwort von »bernd« ist gesetzt." in capsys.readouterr().out
    assert sign_in(office.database, "bernd", "Bernds-neues-Passwort") == "bernd"
    assert run_cli(reset, password=f"{PASSWORD}\nkurz") == 1
    assert "mindestens 10 Zeichen" in capsys.readouterr().err
    # a caseworker sets her own, not someone else's
    own = ["--db", db_url, "--user", "anna", "user", "set-password", "anna", "--password-stdin"]
    assert run_cli(own, password=f"{PASSWORD}\nAnnas-eigenes-Passwort") == 0
    other = ["--db", db_url, "--user", "anna", "user", "set-password", "sabine", "--password-stdin"]
    assert run_cli(other, password="Annas-eigenes-Passwort\nSabine-gehoert-mir") == 1
    assert "darf »Benutzer verwalten« nicht" in capsys.readouterr().err
    assert sign_in(office.database, "sabine", PASSWORD) == "sabine"
    # at a terminal: bernd's password to sign in, then the new one twice, and both must agree
    answers = iter(["Bernds-neues-Passwort", "Neu-und-lang-genug", "Neu-und-anders!!",
                    "Bernds-neues-Passwort", "Neu-und-lang-genug", "Neu-und-lang-genug"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    monkeypatch.setattr(sys, "stdin", _Terminal())
    typed = ["--db", db_url, "--user", "bernd", "user", "set-password", "bernd"]
    assert run(typed) == 1
    assert "Die beiden Eingaben stimmen nicht überein" in capsys.readouterr().err
    assert sign_in(office.database, "bernd", "Bernds-neues-Passwort") == "bernd"
    assert run(typed) == 0
    assert sign_in(office.database, "bernd", "Neu-und-lang-genug") == "bernd"


class _Terminal:
    """Standard input that is a terminal (getpass is replaced): the prompts are used, nothing is read here."""

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        raise AssertionError("the terminal prompts, it does not read a line")
