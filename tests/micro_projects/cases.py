"""A micro-project fund (KPF, ceiling 1.500,00 €) and micro projects walked through the real services."""

from __future__ import annotations

import datetime as dt

from app.administration import programmes
from app.cases import checking, decisions
from app.micro_projects.fund import configure_micro_fund
from app.micro_projects.short_application import MicroApplicationInput, register_micro_project
from tests.fixtures.database import Today
from tests.support import YEAR, Office, record_case_documents

FUND = "KPF"


def micro_fund(office: Office, allocation: str = "30000.00") -> None:
    programmes.create_programme(office.admin, programmes.ProgrammeInput(
        code=FUND, name="Kleinprojektefonds", max_funding_rate="100", min_grant="100"))
    programmes.set_budget(office.admin, FUND, YEAR, allocation, budget_position=f"1.3630.{FUND}.{YEAR}")
    configure_micro_fund(office.admin, FUND, "1500.00")


def micro_input(office: Office, number: int, **changes: object) -> MicroApplicationInput:
    values: dict[str, object] = dict(
        programme=FUND, fiscal_year=YEAR, applicant_id=office.applicant_id, title=f"Dorffest der Generationen {number}",
        description="Nachmittag für Jung und Alt mit Spielen und Erzählcafé.", municipality="Sondershausen",
        field_of_action="Dialog der Generationen", start_date=dt.date(YEAR, 5, 1), end_date=dt.date(YEAR, 9, 30),
        total_costs="1100.00", requested_amount="1000.00", own_funds="100.00", received_on=dt.date(YEAR, 2, 2),
        catalogue_justification="Begegnung der Generationen im Ort, Ziel des Fachplans.")
    values.update(changes)
    return MicroApplicationInput(**values)  # type: ignore[arg-type]


def proposed_micro_projects(office: Office, today: Today, count: int, proposers: tuple[str, ...] = ("anna", "bernd"),
                            ) -> list[str]:
    """`count` micro projects of 1.000,00 € each, proposed for approval in turn by `proposers`."""
    today.set(dt.date(YEAR, 2, 2))
    numbers = []
    for index in range(count):
        number = register_micro_project(office.anna, micro_input(office, index + 1))
        record_case_documents(office, number)
        checking.start_check(office.anna, number)
        checking.confirm_eligible(office.anna, number)
        decisions.propose(office.uow(proposers[index % len(proposers)]), number, "approve", amount="1000.00",
                          reasons="Kleinprojekt nach Richtlinie.")
        numbers.append(number)
    today.set(dt.date(YEAR, 3, 2))
    return numbers
