"""Read side of the one-page summary for the Landrat and the Kreistag: key figures per programme and year.

Only a programme and fiscal years narrow it (`Scope`); status, municipality and text filters do not, because the
page reports a programme-year as a whole. Amounts add whole cents as integers (SQLite keeps Numeric values as
binary floating point), and "bewilligt" counts exactly what the budget counts (`app.kernel.budget`: the approved
amount, the final amount once a case is closed), so the page agrees with the sheet "Haushalt" to the cent. Ideas
and withdrawn applications are counted apart and are never "beantragt".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Select, and_, case, cast, func, select
from sqlalchemy.orm import Session

from app.kernel.budget import HOLDS_APPROVAL
from app.kernel.i18n import _
from db.enums import Status
from db.models import Application, Budget, FieldOfAction, Municipality, Programme
from reports.summary.model import ProgrammeYear, SummaryGroup

NONE_LABEL = _("(ohne Angabe)")
NOT_APPLIED = (Status.idea, Status.withdrawn)
_Key = tuple[int, int]


@dataclass(frozen=True)
class Scope:
    """Which programme-years the page covers: one programme or all, some fiscal years or all."""

    programme: str | None = None
    years: tuple[int, ...] = ()


def note() -> str:
    return _("Beantragt: Anträge ohne Ideen und zurückgezogene Anträge; bewilligt: der bewilligte, bei "
             "abgeschlossenen Vorgängen der endgültige Betrag; offen: bewilligt, aber noch nicht ausgezahlt. "
             "Status-, Gemeinde- und Suchfilter gelten hier nicht.")


def _cents(value: ColumnElement[Any]) -> ColumnElement[int]:
    return func.coalesce(func.sum(cast(func.round(value * 100), BigInteger)), 0)


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _figures() -> list[ColumnElement[Any]]:
    """applications, requested, decided, approved, paid, open — money in cents."""
    applied = Application.status.notin_(NOT_APPLIED)
    holds = Application.status.in_(HOLDS_APPROVAL)
    held = case((Application.status == Status.closed, func.coalesce(Application.final_amount, 0)),
                else_=func.coalesce(Application.approved_amount, 0))
    unpaid = held - func.coalesce(Application.paid_amount, 0)
    return [_count(applied), _cents(case((applied, Application.requested_amount), else_=0)), _count(holds),
            _cents(case((holds, held), else_=0)), _cents(func.coalesce(Application.paid_amount, 0)),
            _cents(case((and_(holds, unpaid > 0), unpaid), else_=0))]


def _narrowed(query: Select[Any], scope: Scope, programme_id: Any = Application.programme_id,
              fiscal_year: Any = Application.fiscal_year) -> Select[Any]:
    if scope.programme:
        query = query.where(programme_id.in_(select(Programme.id).where(Programme.code == scope.programme.upper())))
    if scope.years:
        query = query.where(fiscal_year.in_(sorted(scope.years)))
    return query


def _euros(cents: Any) -> Decimal:
    return Decimal(int(cents)) / 100


def _group(key: str | None, row: Sequence[Any]) -> SummaryGroup:
    applications, requested, decided, approved, paid, unpaid = row
    return SummaryGroup(key or NONE_LABEL, int(applications), _euros(requested), int(decided), _euros(approved),
                        _euros(paid), _euros(unpaid))


def _groups(session: Session, scope: Scope, label: Any, target: Any, on: Any) -> dict[_Key, list[SummaryGroup]]:
    query = _narrowed(select(Application.programme_id, Application.fiscal_year, label, *_figures())
                      .select_from(Application).outerjoin(target, on)
                      .group_by(Application.programme_id, Application.fiscal_year, label), scope)
    found: dict[_Key, list[SummaryGroup]] = defaultdict(list)
    for programme_id, year, key, *figures in session.execute(query):
        found[(programme_id, year)].append(_group(key, figures))
    for groups in found.values():
        groups.sort(key=lambda g: (g.key == NONE_LABEL, -g.approved, g.key))
    return found


def programme_years(session: Session, scope: Scope) -> list[ProgrammeYear]:
    """Every programme-year with cases or a budget within the scope, ordered by programme and year."""
    counts = [_count(Application.status == Status.rejected),
              _count(Application.status.notin_((*NOT_APPLIED, *HOLDS_APPROVAL, Status.rejected))),
              _count(Application.status == Status.idea), _count(Application.status == Status.withdrawn)]
    totals = {(p, y): rest for p, y, *rest in session.execute(_narrowed(
        select(Application.programme_id, Application.fiscal_year, *_figures(), *counts)
        .group_by(Application.programme_id, Application.fiscal_year), scope))}
    budgets = {(b.programme_id, b.fiscal_year): b.allocation for b in session.scalars(
        _narrowed(select(Budget), scope, Budget.programme_id, Budget.fiscal_year))}
    fields = _groups(session, scope, FieldOfAction.name, FieldOfAction,
                     FieldOfAction.id == Application.field_of_action_id)
    places = _groups(session, scope, Municipality.name, Municipality,
                     Municipality.id == Application.municipality_id)
    programmes = {p.id: p for p in session.scalars(select(Programme))}
    blocks = []
    for key in sorted(set(totals) | set(budgets), key=lambda k: (programmes[k[0]].code, k[1])):
        row = totals.get(key, [0] * 10)
        overall = _group("", row[:6])
        rejected, pending, ideas, withdrawn = (int(n) for n in row[6:10])
        programme = programmes[key[0]]
        blocks.append(ProgrammeYear(
            programme.code, programme.name, key[1], budgets.get(key), overall.applications, overall.requested,
            overall.decided, overall.approved, overall.paid, overall.open, rejected, pending, ideas, withdrawn,
            by_field=tuple(fields.get(key, ())), by_municipality=tuple(places.get(key, ()))))
    return blocks
