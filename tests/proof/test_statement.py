"""Planned against actual per cost line: a line over plan by more than the tolerance, or over plan and not
offset by savings elsewhere, is flagged (on both backends, through the real services)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.kernel.errors import ValidationError
from app.proof.queries import proof_review
from app.proof.service import StatementInput, save_statement
from app.proof.statement import PlanLineActual, cost_statement
from db.models import Programme
from tests.fixtures.database import Today
from tests.proof.cases import cost_line_ids, in_review
from tests.support import Office

D = Decimal
pytestmark = pytest.mark.usefixtures("database")


def _save(office: Office, file_number: str, personnel: str, material: str, fees: str) -> None:
    ids = cost_line_ids(office, file_number)
    save_statement(office.anna, file_number, StatementInput(dict(zip(ids, (personnel, material, fees), strict=True)),
                                                          own_funds="1500.00", third_party_funds="1000.00",
                                                          report_text="Sachbericht: 40 Nachmittage."))


def _flags(office: Office, file_number: str) -> list[str | None]:
    view = proof_review(office.anna, file_number)
    assert view is not None
    return [line.flag for line in view.statement.lines]


def test_excess_within_tolerance_offset_by_savings_is_not_flagged(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    _save(office, file_number, "9000.00", "2300.00", "1200.00")  # material +300 (15 %), fees −300
    view = proof_review(office.anna, file_number)
    assert view is not None
    material = view.statement.lines[1]
    assert (material.difference, material.over_share, material.unoffset) == (D("300.00"), D("0.1500"), D("0.00"))
    assert _flags(office, file_number) == [None, None, None]
    assert view.statement.savings == D("300.00")


def test_excess_within_tolerance_not_offset_is_flagged(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    _save(office, file_number, "9000.00", "2300.00", "1500.00")  # +300 on material, no savings at all
    flags = _flags(office, file_number)
    assert flags[0] is None and flags[2] is None
    assert flags[1] is not None and "nur mit 0,00 € durch Einsparungen" in flags[1]


def test_excess_over_tolerance_is_flagged_even_with_savings(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    _save(office, file_number, "8000.00", "2500.00", "1500.00")  # material +25 %, personnel −1,000
    flags = _flags(office, file_number)
    assert flags[1] is not None and flags[1].startswith("25 % über Plan: mehr als die zulässigen 20 %")
    assert flags[0] is None and flags[2] is None


def test_tolerance_is_configurable_per_programme(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    with office.admin as uow:  # the programme's setting, as an administrator keeps it
        uow.act("edit-programme", "Toleranz 30 %")
        programme = uow.session.scalar(select(Programme).where(Programme.code == "LPF"))
        assert programme is not None
        programme.cost_line_tolerance = D("0.30")
        uow.commit()
    _save(office, file_number, "8000.00", "2500.00", "1500.00")
    assert _flags(office, file_number) == [None, None, None]  # 25 % ≤ 30 % and offset by the 1,000 saved


def test_statement_totals_follow_the_lines(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    _save(office, file_number, "8800.00", "2100.00", "1400.00")
    view = proof_review(office.anna, file_number)
    assert view is not None
    assert view.statement.actual_total == D("12300.00")
    assert view.review.calculation.final == D("9840.00")  # 80 % of 12,300.00


def test_bad_amount_changes_nothing(office: Office, today: Today) -> None:
    file_number = in_review(office, today)
    ids = cost_line_ids(office, file_number)
    with pytest.raises(ValidationError):
        save_statement(office.anna, file_number, StatementInput({ids[0]: "9000,00", ids[1]: "zweitausend",
                                                               ids[2]: "1500"}))
    view = proof_review(office.anna, file_number)
    assert view is not None and all(line.line.actual is None for line in view.statement.lines)


def test_pure_statement_shares_savings_in_plan_order() -> None:
    lines = [PlanLineActual(1, 1, "personnel", "A", D("1000.00"), D("1150.00")),
             PlanLineActual(2, 2, "material", "B", D("1000.00"), D("1150.00")),
             PlanLineActual(3, 3, "fees", "C", D("1000.00"), D("800.00"))]
    statement = cost_statement(lines, D("0.20"))
    assert [s.unoffset for s in statement.lines] == [D("0.00"), D("100.00"), D("0.00")]
    assert [s.flagged for s in statement.lines] == [False, True, False]
