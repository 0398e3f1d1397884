"""The short application stays under the fund's ceiling; the simplified proof needs only the total and the report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.kernel.errors import ValidationError
from app.micro_projects.batch import confirm_batch
from app.micro_projects.short_application import register_micro_project
from app.micro_projects.simplified_proof import receive_micro_proof
from app.proof import final_grant as proof
from db.enums import Status
from db.models import Application, CostLine, ProofOfUse
from tests.fixtures.database import Today
from tests.micro_projects.cases import micro_fund, micro_input, proposed_micro_projects
from tests.support import YEAR, Office, paid_through_order, register

D = Decimal


def test_the_short_application_registers_one_cost_line_within_the_ceiling(office: Office, today: Today) -> None:
    micro_fund(office)
    today.set(dt.date(YEAR, 2, 2))
    number = register_micro_project(office.anna, micro_input(office, 1))
    with office.database.read() as session:
        app = session.scalars(select(Application).where(Application.file_number == number)).one()
        assert (app.status, app.requested_amount) == (Status.received, D("1000.00"))
        assert [line.planned_amount for line in session.scalars(select(CostLine))] == [D("1100.00")]
    with pytest.raises(ValidationError, match=r"höchstens mit 1\.500,00 €"):
        register_micro_project(office.anna, micro_input(office, 2, total_costs="1600.00", requested_amount="1500.01",
                                                        own_funds="99.99"))
    with pytest.raises(ValidationError, match="Gesamtkosten"):
        register_micro_project(office.anna, micro_input(office, 3, own_funds="0"))
    with pytest.raises(ValidationError, match="kein Fonds für Kleinprojekte"):
        register_micro_project(office.anna, micro_input(office, 4, programme="LPF"))


def test_the_simplified_proof_closes_a_micro_project_from_its_total(office: Office, today: Today) -> None:
    micro_fund(office)
    (number,) = proposed_micro_projects(office, today, 1)
    confirm_batch(office.sabine, [number])
    today.set(dt.date(YEAR, 3, 9))
    paid_through_order(office, number, "1000.00")
    today.set(dt.date(YEAR, 10, 15))
    with pytest.raises(ValidationError, match="Sachbericht"):
        receive_micro_proof(office.anna, number, "1100.00", " ")
    receive_micro_proof(office.anna, number, "1100.00", "Rund 80 Gäste aus drei Generationen.")
    assert proof.close_case(office.anna, number).closed
    with office.database.read() as session:
        (report,) = session.scalars(select(ProofOfUse)).all()
        assert (report.actual_total_costs, report.actual_own_funds) == (D("1100.00"), D("100.00"))
        assert session.scalar(select(Application.final_amount).where(Application.file_number == number)) == \
            D("1000.00")
    standing = register(office)
    with pytest.raises(ValidationError, match="nur für Kleinprojekte"):
        receive_micro_proof(office.anna, standing, "100.00", "Bericht")
