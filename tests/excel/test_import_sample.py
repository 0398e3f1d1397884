"""The office's real-world list (tests/data/foerderliste-2025.xlsx): dry run, refusal, import of the valid rows."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.administration import programmes
from app.cases import intake as applications
from app.excel.import_service import ImportRefused, check_import, import_list
from app.excel.records import ImportOptions
from db.enums import DeadlineKind, Status
from db.models import Applicant, Application, AuditEvent, Deadline, Note, Payment, StatusChange
from tests.fixtures.excel import snapshot
from tests.support import Office, application_input

EXPECTED_MAPPING = {
    "file_number": "Az.", "applicant": "Antragsteller / Träger", "title": "Projekt", "municipality": "Gemeinde",
    "field_of_action": "Handlungsfeld", "received_on": "Antrag vom", "total_costs": "Gesamtkosten",
    "requested": "beantragt", "approved": "bewilligt", "paid": "ausgezahlt", "decided_on": "Bescheid vom",
    "proof_received": "VN eingegangen", "remark": "Bemerkung",
}


@pytest.fixture
def office_2025(office: Office) -> Office:
    programmes.set_budget(office.admin, "LPF", 2025, "710000.00")
    return office


def found(lines: list[str], *parts: str) -> list[str]:
    return [line for line in lines if all(part in line for part in parts)]


def test_dry_run_finds_header_mapping_and_every_planted_problem(office_2025: Office, sample: Path) -> None:
    before = snapshot(office_2025.database)
    plan = check_import(office_2025.anna, sample, ImportOptions())
    assert (plan.sheet, plan.header_row) == ("2025", 4)
    assert plan.mapping.columns == EXPECTED_MAPPING
    report = plan.report()
    assert found(report, "Hinweis", "Blatt »Hinweise« wird nicht importiert")
    assert found(report, "Spalte A (Lfd. Nr.)", "keinem Feld zugeordnet")
    assert found(report, "Fehler – Zeile 16, Spalte B (Az.)", "LPF-2025-0012", "mehrfach", "Zeilen 16, 18")
    assert found(report, "Fehler – Zeile 18, Spalte B (Az.)", "LPF-2025-0012", "mehrfach")
    assert found(report, "Fehler – Zeile 12, Spalte E (Gemeinde)", "»Bad Frankenhausen/Kyffhäuser«")
    assert found(report, "Fehler – Zeile 14, Spalte E (Gemeinde)", "»Rossleben-Wiehe«", "»Roßleben-Wiehe«")
    for row, text in ((11, "1.440,00 €"), (19, "3.150,00 €"), (26, "30.720,00 €")):
        assert found(report, f"Hinweis – Zeile {row}, Spalte I (beantragt)", f"»{text}«")
    for row, text in ((9, "27.12.2024"), (14, "21.10.2024"), (20, "09.11.2024"), (25, "23.12.2024")):
        assert found(report, f"Hinweis – Zeile {row}, Spalte G (Antrag vom)", f"»{text}«")
    assert found(report, "Hinweis – Zeile 17:", "Leere Zeile")
    assert found(report, "Hinweis – Zeile 30:", "Summenzeile")
    assert found(report, "Hinweis – Zeile 20, Spalte N (Bemerkung)", "Zurückgezogen")
    assert plan.invalid_rows == [12, 14, 16, 18]
    assert (plan.data_rows, len(plan.cases)) == (24, 20)
    assert len(plan.errors) == 4
    assert snapshot(office_2025.database) == before


def test_bad_rows_refuse_the_whole_import_and_change_nothing(office_2025: Office, sample: Path) -> None:
    before = snapshot(office_2025.database)
    with pytest.raises(ImportRefused, match="nichts importiert: 4 von 24 Zeilen") as refused:
        import_list(office_2025.sabine, sample, ImportOptions())
    assert refused.value.plan.invalid_rows == [12, 14, 16, 18]
    assert snapshot(office_2025.database) == before


def test_only_valid_rows_with_accepted_names_import_in_one_go(office_2025: Office, sample: Path) -> None:
    database = office_2025.database
    with database.read() as session:
        audit_before = session.scalar(select(func.max(AuditEvent.id))) or 0
    result = import_list(office_2025.sabine, sample, ImportOptions(only_valid=True, accept_suggestions=True))
    assert result.skipped_rows == [16, 18]
    assert len(result.file_numbers) == 22 and "LPF-2025-0012" not in result.file_numbers
    with database.read() as session:
        apps = {a.file_number: a for a in session.scalars(select(Application).where(Application.fiscal_year == 2025))}
        events = session.scalars(select(AuditEvent).where(AuditEvent.id > audit_before)).all()
        history = session.scalars(select(StatusChange).where(StatusChange.application_id.in_(
            [a.id for a in apps.values()]))).all()
        _check_states(apps)
        _check_records(session, apps)
        assert apps["LPF-2025-0008"].municipality.name == "Bad Frankenhausen/Kyffhäuser"
        assert apps["LPF-2025-0010"].municipality.name == "Roßleben-Wiehe"
    assert set(apps) == set(result.file_numbers)
    assert events and {e.reason for e in events} == {"Excel-Import aus »foerderliste-2025.xlsx«"}
    assert {e.action for e in events} == {"import-excel"} and {e.user_name for e in events} == {"sabine"}
    assert {e.application_id for e in events if e.entity == "Application"} == {a.id for a in apps.values()}
    assert len(history) == 22 and all(h.from_status is None and h.action == "import-excel" for h in history)
    # the kept numbers raised the counter: the next registration does not collide
    number = applications.register_application(office_2025.anna, application_input(
        office_2025.applicant_id, fiscal_year=2025))
    assert number == "LPF-2025-0025"


def _check_states(apps: dict[str | None, Application]) -> None:
    expected = {
        "LPF-2025-0001": (Status.approved, "1440.00", "0.00"), "LPF-2025-0002": (Status.funding, "9375.25", "9375.25"),
        "LPF-2025-0003": (Status.funding, "10400.00", "10400.00"), "LPF-2025-0006": (Status.rejected, None, "0.00"),
        "LPF-2025-0007": (Status.funding, "1152.00", "576.00"), "LPF-2025-0011": (Status.received, None, "0.00"),
        "LPF-2025-0015": (Status.withdrawn, None, "0.00"), "LPF-2025-0010": (Status.funding, "7500.20", "7500.20"),
    }
    for number, (status, approved, paid) in expected.items():
        app = apps[number]
        assert (app.status, app.approved_amount, app.paid_amount) == (
            status, Decimal(approved) if approved else None, Decimal(paid)), number
    assert apps["LPF-2025-0007"].requested_amount == Decimal("1440.00")  # typed as text "1.440,00 €"
    assert str(apps["LPF-2025-0005"].received_on) == "2024-12-27"  # typed as text "27.12.2024"


def _check_records(session: object, apps: dict[str | None, Application]) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    app = apps["LPF-2025-0002"]
    assert [(p.amount, p.paid_on) for p in session.scalars(select(Payment).where(Payment.application_id == app.id))] \
        == [(Decimal("9375.25"), app.decided_on)]
    assert [(c.planned_amount) for c in app.cost_lines] == [Decimal("18750.50")]
    assert [(f.planned_amount) for f in app.funding_lines] == [Decimal("9375.25")]
    notes = session.scalars(select(Note.text).where(Note.application_id == apps["LPF-2025-0015"].id)).all()
    assert notes == ["- zurückgezogen -"]
    kinds = {d.kind for d in session.scalars(select(Deadline).where(Deadline.application_id == apps[
        "LPF-2025-0003"].id))}
    assert kinds == {DeadlineKind.follow_up}  # proof of use received according to the list: to be recorded
    due = session.scalar(select(Deadline.due_on).where(Deadline.application_id == apps["LPF-2025-0001"].id))
    assert str(due) == "2026-06-30"  # proof of use: six months after the calendar-year grant period
    trebra = session.scalars(select(Applicant).where(Applicant.name == "Initiative Dorfleben Trebra")).all()
    assert len(trebra) == 1 and trebra[0].applicant_type.code == "initiative" and not trebra[0].has_legal_capacity
