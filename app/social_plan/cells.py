"""Drill-down: the funded cases behind one cell of the coverage matrix."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.case_records import case_file_number
from app.social_plan.links import funded, funded_amount, goal_links, money
from db.enums import Status
from db.models import Applicant, Application, LifePhase, Municipality


@dataclass(frozen=True)
class CellKey:
    """A cell: one goal, or one life phase (`phase_code` None = cross-cutting goals), or all goals of the plan;
    in one municipality or (municipality_id None) the whole district."""

    plan_id: int
    years: tuple[int, ...]
    goal_id: int | None = None
    phase: bool = False
    phase_code: str | None = None
    municipality_id: int | None = None


@dataclass(frozen=True)
class CellCase:
    id: int
    file_number: str
    title: str
    applicant: str
    municipality: str
    fiscal_year: int
    status: Status
    amount: Decimal


def cell_cases(session: Session, key: CellKey) -> list[CellCase]:
    links = goal_links(key.plan_id)
    served = select(links.c.application_id)
    if key.goal_id is not None:
        served = served.where(links.c.goal_id == key.goal_id)
    elif key.phase:
        served = served.where(links.c.life_phase_id.is_(None) if key.phase_code is None else
                              links.c.life_phase_id == select(LifePhase.id).where(
                                  LifePhase.code == key.phase_code).scalar_subquery())
    query = (select(Application, Applicant.name, Municipality.name, funded_amount())
             .join(Applicant, Applicant.id == Application.applicant_id)
             .join(Municipality, Municipality.id == Application.municipality_id)
             .where(funded(key.years), Application.id.in_(served.distinct()))
             .order_by(Application.fiscal_year, Application.file_number))
    if key.municipality_id is not None:
        query = query.where(Application.municipality_id == key.municipality_id)
    return [CellCase(app.id, case_file_number(app), app.title, applicant, municipality, app.fiscal_year, app.status,
                     money(amount)) for app, applicant, municipality, amount in session.execute(query)]
