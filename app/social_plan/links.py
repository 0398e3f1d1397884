"""SQL building blocks shared by the coverage analysis and its drill-down.

A case serves a goal when it is linked to it in the social-plan review (`ApplicationGoal`) or when
the measure named in its application belongs to the goal; the UNION makes each (case, goal) pair
count once. A case counts as funded when it holds an approval (approved, in funding, proof of use
under review, closed) in one of the chosen fiscal years; its amount is the approved amount, or the
final amount once the case is closed (as for the budget, `app.kernel.budget`).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from decimal import Decimal
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Select, Subquery, case, func, select, union
from sqlalchemy.orm import Session

from app.kernel.budget import HOLDS_APPROVAL
from db.enums import Status
from db.models import Application, ApplicationGoal, Goal, Measure

CENT = Decimal("0.01")


def funded_amount() -> ColumnElement[Decimal]:
    return case((Application.status == Status.closed, func.coalesce(Application.final_amount, 0)),
                else_=func.coalesce(Application.approved_amount, 0))


def funded(years: Sequence[int]) -> ColumnElement[bool]:
    return (Application.status.in_(HOLDS_APPROVAL) & Application.fiscal_year.in_(list(years))
            & Application.municipality_id.is_not(None))


def goal_links(plan_id: int) -> Subquery:
    """(application_id, goal_id, life_phase_id) for every goal of the plan a case serves, each pair once."""
    via_alignment = select(ApplicationGoal.application_id.label("application_id"),
                           ApplicationGoal.goal_id.label("goal_id"))
    via_measure = select(Application.id.label("application_id"), Measure.goal_id.label("goal_id")).join(
        Measure, Measure.id == Application.measure_id)
    pairs = union(via_alignment, via_measure).subquery("pairs")
    return (select(pairs.c.application_id, pairs.c.goal_id, Goal.life_phase_id)
            .join(Goal, Goal.id == pairs.c.goal_id).where(Goal.social_plan_id == plan_id).subquery("goal_links"))


def measure_links() -> Subquery:
    """(application_id, measure_id): the measures a case serves, from the review and from the application."""
    via_alignment = select(ApplicationGoal.application_id.label("application_id"),
                           ApplicationGoal.measure_id.label("measure_id")).where(
        ApplicationGoal.measure_id.is_not(None))
    via_application = select(Application.id.label("application_id"), Application.measure_id.label("measure_id")) \
        .where(Application.measure_id.is_not(None))
    return union(via_alignment, via_application).subquery("measure_links")


Sums: TypeAlias = dict[tuple[Hashable, ...], tuple[int, Decimal]]
"""(key…) → (count, amount), see `sums`."""


def money(value: Decimal | float | None) -> Decimal:
    """A sum from the database as an exact amount (SQLite may hand back a float)."""
    if value is None:
        return Decimal("0.00")
    return Decimal(str(value)).quantize(CENT)


def sums(session: Session, query: Select[*tuple[Any, ...]]) -> Sums:
    """Rows (key…, count, amount) → {key: (count, amount)}."""
    result: Sums = {}
    for row in session.execute(query):
        *key, count, amount = row
        result[tuple(key)] = (int(count), money(amount))
    return result
