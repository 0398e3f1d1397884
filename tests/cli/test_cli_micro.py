"""`foerderdesk micro apply|proof`: a short application and a simplified proof by command line, refusals in German
with nothing written, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.micro_projects.batch import confirm_batch
from db.enums import Status
from db.models import Application, ProofOfUse
from tests.fixtures.database import Today
from tests.micro_projects.cases import FUND, micro_fund, proposed_micro_projects
from tests.support import YEAR, Office, paid_through_order, run_cli


def cli(capsys: pytest.CaptureFixture[str], db_url: str, *argv: str) -> tuple[int, str, str]:
    code = run_cli(["--db", db_url, "--user", "anna", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def apply_args(office: Office, requested: str, own: str, total: str = "1.200,00") -> list[str]:
    return ["micro", "apply", "--programme", FUND, "--year", str(YEAR), "--applicant", str(office.applicant_id),
            "--title", "Erzählcafé", "--description", "Jung und Alt erzählen.", "--municipality", "Sondershausen",
            "--field", "Dialog der Generationen", "--start", "01.05.2026", "--end", "30.09.2026",
            "--total", total, "--requested", requested, "--own", own, "--received", "02.02.2026"]


def cases(office: Office) -> list[tuple[str | None, Status]]:
    with office.database.read() as session:
        return [(n, s) for n, s in session.execute(select(Application.file_number, Application.status))]


def test_micro_apply_registers_a_short_application_and_refuses_above_the_ceiling(
        db_url: str, office: Office, today: Today, capsys: pytest.CaptureFixture[str]) -> None:
    micro_fund(office)
    code, _out, err = cli(capsys, db_url, *apply_args(office, "1.200,00", "0")[:-2], "--received", "kein Datum")
    assert code != 0 and "Datum" in err and "Traceback" not in err
    code, _out, err = cli(capsys, db_url, *apply_args(office, "1.600,00", "0"))
    assert code == 1 and "Gesamtkosten" in err
    assert cases(office) == []
    code, out, err = cli(capsys, db_url, *apply_args(office, "1.600,00", "400,00", total="2.000,00"))
    assert code == 1 and "höchstens mit 1.500,00 €" in err
    assert cases(office) == []
    code, out, err = cli(capsys, db_url, *apply_args(office, "1.100,00", "100,00"))
    assert code == 0, err
    ((number, status),) = cases(office)
    assert status == Status.received and out.strip() == f"Kleinprojekt {number} erfasst."
    with office.database.read() as session:
        app = session.scalars(select(Application)).one()
        assert (app.received_on, str(app.requested_amount)) == (dt.date(2026, 2, 2), "1100.00")


def test_micro_proof_needs_the_sachbericht_and_records_the_total(
        db_url: str, office: Office, today: Today, capsys: pytest.CaptureFixture[str]) -> None:
    micro_fund(office)
    (number,) = proposed_micro_projects(office, today, 1)
    confirm_batch(office.sabine, [number])
    today.set(dt.date(YEAR, 3, 9))
    paid_through_order(office, number, "1000.00")
    today.set(dt.date(YEAR, 10, 15))
    code, _out, err = cli(capsys, db_url, "micro", "proof", number, "--total", "1.100,00", "--report-text", " ")
    assert code == 1 and "Sachbericht" in err

    def proofs() -> int:
        with office.database.read() as session:
            return session.scalar(select(func.count()).select_from(ProofOfUse)) or 0

    assert proofs() == 0
    code, out, err = cli(capsys, db_url, "micro", "proof", number, "--total", "1.100,00", "--report-text",
                         "Rund 80 Gäste aus drei Generationen.", "--received", "14.10.2026")
    assert code == 0, err
    assert out.strip() == f"Vereinfachter Verwendungsnachweis zu {number} erfasst."
    with office.database.read() as session:
        (report,) = session.scalars(select(ProofOfUse)).all()
        assert str(report.actual_total_costs) == "1100.00"
