"""`foerderdesk state grant|call|payment|money` and `state submitted` on both backends: German messages, exit codes,
nothing written on bad input."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.administration.dashboard import deadlines
from db.models import AuditEvent, Budget, StateApplication, StateGrant, StateMoneyMovement
from tests.support import YEAR, Office, run_cli

D = Decimal
GRANT = ("--programme", "LPF", "--year", str(YEAR))


def cli(office: Office, capsys: pytest.CaptureFixture[str], *argv: str, user: str = "sabine") -> tuple[int, str, str]:
    try:
        code = run_cli(["--db", office.database.url, "--user", user, *argv])
    except SystemExit as usage:  # argparse refuses a malformed option before the command runs
        code = int(usage.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def stored(office: Office) -> tuple[int, int, Decimal]:
    """Grants, movements, and the LPF budget of the year."""
    with office.database.read() as session:
        grants = session.scalar(select(func.count()).select_from(StateGrant)) or 0
        movements = session.scalar(select(func.count()).select_from(StateMoneyMovement)) or 0
        budget = session.scalars(select(Budget.allocation)).one()
    return grants, movements, budget


def grant(office: Office, capsys: pytest.CaptureFixture[str], *extra: str, user: str = "sabine",
          amount: str = "70000") -> tuple[int, str, str]:
    return cli(office, capsys, "state", "grant", *GRANT, "--amount", amount, "--decided-on", "15.02.2026",
               "--file-number", "46-1234/2026", *extra, user=user)


@pytest.mark.parametrize(("extra", "user", "amount", "exit_code", "message"), [
    ((), "anna", "70000", 1, "Mittel des Landes erfassen"),
    ((), "sabine", "12,345", 1, "12,345"),
    ((), "sabine", "-5", 1, "Zuwendung des Landes"),
    (("--rate", "100"), "sabine", "70000", 1, "unter 100 %"),
    (("--base", "costs"), "sabine", "70000", 2, "costs"),
    (("--decided-on", "31.02.2026"), "sabine", "70000", 1, "kein gültiges Datum"),
    (("--year", "1999"), "sabine", "70000", 1, "Das Haushaltsjahr »1999« ist nicht plausibel."),
    (("--rate", "dreißig"), "sabine", "70000", 1, "dreißig"),
    (("--file-number", " "), "sabine", "70000", 1, "Aktenzeichen des Ministeriums"),
])
def test_bad_grants_are_refused_in_german_and_write_nothing(office: Office, capsys: pytest.CaptureFixture[str],
                                                            extra: tuple[str, ...], user: str, amount: str,
                                                            exit_code: int, message: str) -> None:
    before = stored(office)
    code, out, err = grant(office, capsys, *extra, user=user, amount=amount)
    assert code == exit_code and message in err and not out
    assert "Traceback" not in err
    assert stored(office) == before


def test_grant_calls_payments_and_the_figures(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = grant(office, capsys)
    assert code == 0, err
    assert out.strip() == ("Bescheid des Landes für LPF 2026 gespeichert: Zuwendung 70.000,00 €, Kofinanzierung "
                           "21.000,00 € (30 % der Zuwendung des Landes), Fördertopf 91.000,00 €.")
    assert stored(office) == (1, 0, D("91000.00"))
    code, out, err = cli(office, capsys, "state", "call", *GRANT, "--amount", "35.000,00", "--on", "01.03.2026",
                         "--reference", "1. Abruf")
    assert code == 0, err
    assert "abgerufen 35.000,00 €, noch abzurufen 35.000,00 €" in out
    code, out, err = cli(office, capsys, "state", "payment", *GRANT, "--amount", "70000.01", "--on", "15.03.2026")
    assert code == 1 and "mehr als die Zuwendung des Landes von 70.000,00 €" in err
    code, out, err = cli(office, capsys, "state", "payment", *GRANT, "--amount", "35000", "--on", "2026-03-15")
    assert code == 0 and "erhalten 35.000,00 €, noch zu zahlen 35.000,00 €" in out, err
    for argv, user, message in (
            (["call", "--programme", "LPF", "--year", "2027", "--amount", "100", "--on", "01.04.2027"], "sabine",
             "Für LPF 2027 ist keine Zuwendung des Landes erfasst."),
            (["call", *GRANT, "--amount", "100", "--on", "gestern"], "sabine", "kein gültiges Datum"),
            (["payment", *GRANT, "--amount", "0", "--on", "16.03.2026"], "sabine", "Betrag"),
            (["call", *GRANT, "--amount", "5", "--on", "16.03.2026"], "anna", "Mittel des Landes erfassen")):
        code, _out, err = cli(office, capsys, "state", *argv, user=user)
        assert code == 1 and message in err, (argv, err)
    assert stored(office) == (1, 2, D("91000.00"))
    code, out, err = cli(office, capsys, "state", "money", *GRANT)
    assert code == 0, err
    lines = {" ".join(line.split()[:-2]): " ".join(line.split()[-2:]) for line in out.splitlines() if "€" in line}
    assert lines["Zuwendung des Landes"] == "70.000,00 €"
    assert lines["Kofinanzierung des Landkreises: 30 % der Zuwendung des Landes"] == "21.000,00 €"
    assert lines["Fördertopf (Landesmittel + Kofinanzierung)"] == "91.000,00 €"
    assert (lines["Abgerufen"], lines["Noch abzurufen"]) == ("35.000,00 €", "35.000,00 €")
    assert (lines["Vom Land erhalten"], lines["Noch vom Land zu zahlen"]) == ("35.000,00 €", "35.000,00 €")
    assert lines["Kofinanzierung noch offen"] == "21.000,00 €"  # nothing passed on to the Träger yet
    assert "Bescheid vom 15.02.2026, Az. 46-1234/2026" in out and "1. Abruf" in out
    code, out, err = cli(office, capsys, "state", "money", "--year", str(YEAR), "--json", user="leser")
    assert code == 0, err
    (figures,) = json.loads(out)
    assert (figures["state_grant"], figures["cofinancing"], figures["budget"], figures["uncalled"],
            figures["outstanding"], figures["cofinancing_owed"]) == ("70000.00", "21000.00", "91000.00", "35000.00",
                                                                     "35000.00", "21000.00")
    assert [m["kind"] for m in figures["movements"]] == ["call", "payment"]
    code, _out, err = cli(office, capsys, "state", "money", "--programme", "LPF", "--year", "2025")
    assert code == 1 and "Für LPF 2025 ist keine Zuwendung des Landes erfasst." in err
    with office.database.read() as session:
        actions = set(session.scalars(select(AuditEvent.action).where(
            AuditEvent.entity.in_(["StateGrant", "StateMoneyMovement"]))))
    assert actions == {"record-state-grant", "record-state-call", "record-state-payment"}


def test_the_grant_on_the_eligible_expense_base(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = grant(office, capsys, "--base", "eligible_costs", "--rate", "30")
    assert code == 0, err
    # 70,000.00 of the Land are 70 % of the county's eligible expense of 100,000.00
    assert "Kofinanzierung 30.000,00 € (30 % der zuwendungsfähigen Ausgaben des Landkreises (Landesmittel und " \
           "Kofinanzierung)), Fördertopf 100.000,00 €" in out
    assert stored(office)[2] == D("100000.00")


def test_state_submitted_closes_the_deadlines(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = cli(office, capsys, "state", "setup", "LPF", "--year", "2027", "--ceiling", "700000",
                          user="anna")
    assert code == 0, err
    for argv, message, exit_code in ((("--on", "31.11.2026"), "kein gültiges Datum", 1),
                                     (("--year", "2030"), "Für 2030 ist kein Antrag an das Land angelegt.", 1),
                                     (("--programme", "XYZ"), "XYZ", 1),
                                     (("--year", "zwei"), "keine ganze Zahl", 2)):
        options = {"--programme": "LPF", "--year": "2027", "--on": "10.11.2026", **dict([argv])}
        code, _out, err = cli(office, capsys, "state", "submitted", *[x for kv in options.items() for x in kv],
                              user="anna")
        assert code == exit_code and message in err, (argv, err)
    with office.database.read() as session:
        assert session.scalars(select(StateApplication.submitted_on)).one() is None
        open_before = [d.title for d in deadlines(session, dt.date(2026, 9, 1)) if "Antrag an das Land" in d.title]
    assert len(open_before) == 2  # the deadline and the reminder
    code, out, err = cli(office, capsys, "state", "submitted", "--programme", "LPF", "--year", "2027", "--on",
                         "10.11.2026", user="leser")
    assert code == 1 and err
    code, out, err = cli(office, capsys, "state", "submitted", "--programme", "LPF", "--year", "2027", "--on",
                         "10.11.2026", user="anna")
    assert code == 0, err
    assert out.strip() == ("Antrag an das Land 2027 (LPF) als eingereicht am 10.11.2026 vermerkt; Frist und "
                           "Erinnerung sind erledigt.")
    with office.database.read() as session:
        assert session.scalars(select(StateApplication.submitted_on)).one() == dt.date(2026, 11, 10)
        assert not [d for d in deadlines(session, dt.date(2026, 9, 1)) if "Antrag an das Land" in d.title]
        assert session.scalars(select(AuditEvent).where(AuditEvent.action == "state-application-submitted")).all()
    code, out, err = cli(office, capsys, "state", "application", "--year", "2027", user="anna")
    assert code == 0 and "✓ Eingereicht am 10.11.2026." in out, err
