"""Budget (Haushaltsansatz) per programme and fiscal year, and its safe use.

Committed = approved amounts of all cases of the programme-year that hold an
approval (the final amount once a case is closed). A confirmation locks the
budget row first (`SELECT … FOR UPDATE` on PostgreSQL; on SQLite the write
transaction already holds the database lock), then sums what is committed:
two supervisors confirming at the same moment are served one after the other,
and the second sees the first one's approval.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from app.kernel.i18n import _
from app.kernel.money import format_eur
from db.enums import Status
from db.models import Application, Budget

HOLDS_APPROVAL = (Status.approved, Status.funding, Status.proof_review, Status.closed)
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class BudgetFigures:
    programme_code: str
    fiscal_year: int
    allocation: Decimal
    approved: Decimal
    paid: Decimal

    @property
    def available(self) -> Decimal:
        return self.allocation - self.approved


def committed_amount(session: Session, programme_id: int, fiscal_year: int) -> Decimal:
    amount = case((Application.status == Status.closed, func.coalesce(Application.final_amount, 0)),
                  else_=func.coalesce(Application.approved_amount, 0))
    total = session.scalar(select(func.coalesce(func.sum(amount), 0)).where(
        Application.programme_id == programme_id, Application.fiscal_year == fiscal_year,
        Application.status.in_(HOLDS_APPROVAL)))
    return Decimal(total or 0).quantize(Decimal("0.01"))


def lock_budget(session: Session, programme_id: int, fiscal_year: int) -> Budget | None:
    return session.scalar(select(Budget).where(
        Budget.programme_id == programme_id, Budget.fiscal_year == fiscal_year).with_for_update())


def shortfall_message(session: Session, application: Application, amount: Decimal) -> str | None:
    """None if `amount` still fits the programme-year budget (locking it), else the German reason."""
    budget = lock_budget(session, application.programme_id, application.fiscal_year)
    code = application.programme.code
    if budget is None:
        return _("Für {code} {year} ist kein Haushaltsansatz angelegt.").format(code=code, year=application.fiscal_year)
    committed = committed_amount(session, application.programme_id, application.fiscal_year)
    if committed + amount > budget.allocation:
        return _("Der Haushaltsansatz {code} {year} reicht nicht: {allocation} angesetzt, {committed} bereits "
                 "bewilligt, verfügbar {available}, benötigt {amount}.").format(
            code=code, year=application.fiscal_year, allocation=format_eur(budget.allocation),
            committed=format_eur(committed), available=format_eur(budget.allocation - committed),
            amount=format_eur(amount))
    return None


def sums_query(programme_id: int | None = None, fiscal_year: int | None = None) -> Select[int, int, Any, Decimal]:
    """Committed and paid per programme and year, over the cases: every column it reads is in the index
    `ix_applications_programme_year_money`, so the database never reads the cases' rows (issue 26)."""
    held = case((Application.status == Status.closed, func.coalesce(Application.final_amount, 0)),
                else_=func.coalesce(Application.approved_amount, 0))
    committed = func.sum(case((Application.status.in_(HOLDS_APPROVAL), held), else_=0))
    sums = select(Application.programme_id, Application.fiscal_year, committed,
                  func.sum(Application.paid_amount)).group_by(Application.programme_id, Application.fiscal_year)
    if programme_id is not None:
        sums = sums.where(Application.programme_id == programme_id)
    if fiscal_year is not None:
        sums = sums.where(Application.fiscal_year == fiscal_year)
    return sums


def figures(session: Session, programme_id: int | None = None, fiscal_year: int | None = None) -> list[BudgetFigures]:
    """Allocation, committed and paid per programme and year: one grouped query over the cases."""
    query = select(Budget).order_by(Budget.fiscal_year, Budget.programme_id)
    if programme_id is not None:
        query = query.where(Budget.programme_id == programme_id)
    if fiscal_year is not None:
        query = query.where(Budget.fiscal_year == fiscal_year)
    budgets = list(session.scalars(query))
    if not budgets:
        return []
    found = {(p, y): (c, paid) for p, y, c, paid in session.execute(sums_query(programme_id, fiscal_year))}
    cent = Decimal("0.01")
    result = []
    for budget in budgets:
        approved, paid = found.get((budget.programme_id, budget.fiscal_year), (0, 0))
        result.append(BudgetFigures(budget.programme.code, budget.fiscal_year, budget.allocation,
                                    Decimal(approved or 0).quantize(cent), Decimal(paid or 0).quantize(cent)))
    return result
