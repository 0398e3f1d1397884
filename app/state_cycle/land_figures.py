"""Money from the Land at a glance, per programme-year: both sources of the budget, what was called and received,
what the county's co-financing still owes and what state money lies unspent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.state_cycle.case_money import ZERO, net_paid
from app.state_cycle.cofinancing import CofinancingRule
from app.state_cycle.land_cofinancing import cofinancing_part
from db.enums import CofinancingBase
from db.models import StateGrant, StateMoneyMovement
from db.models.land_money import StateMoneyKind


@dataclass(frozen=True)
class Movement:
    id: int
    kind: StateMoneyKind
    on: dt.date
    amount: Decimal
    note: str


@dataclass(frozen=True)
class LandMoney:
    programme_code: str
    programme_name: str
    fiscal_year: int
    state_grant: Decimal
    decided_on: dt.date
    ministry_file_number: str
    cofinancing_rate: Decimal  # fraction
    cofinancing_base: CofinancingBase
    cofinancing: Decimal  # the county's share due
    called: Decimal
    received: Decimal
    net_paid: Decimal  # paid to the Träger − repaid
    movements: tuple[Movement, ...]
    version: int

    @property
    def rule(self) -> CofinancingRule:
        return CofinancingRule(self.cofinancing_rate, self.cofinancing_base)

    @property
    def budget(self) -> Decimal:
        return self.state_grant + self.cofinancing

    @property
    def cofinancing_spent(self) -> Decimal:
        return cofinancing_part(self.net_paid, self.state_grant, self.cofinancing)

    @property
    def state_spent(self) -> Decimal:
        return self.net_paid - self.cofinancing_spent

    @property
    def cofinancing_owed(self) -> Decimal:
        """Co-financing the county has still to spend."""
        return max(self.cofinancing - self.cofinancing_spent, ZERO)

    @property
    def unspent(self) -> Decimal:
        """State money received but not (yet) passed on: to return if the year is over."""
        return max(self.received - self.state_spent, ZERO)

    @property
    def outstanding(self) -> Decimal:
        """State grant not yet received."""
        return self.state_grant - self.received

    @property
    def uncalled(self) -> Decimal:
        """State grant not yet called for."""
        return self.state_grant - self.called


def land_money(session: Session, fiscal_year: int | None = None) -> list[LandMoney]:
    """The Land's grants (of a year, or all), newest year first, with their movements and the spending."""
    query = select(StateGrant).order_by(StateGrant.fiscal_year.desc(), StateGrant.programme_id)
    if fiscal_year is not None:
        query = query.where(StateGrant.fiscal_year == fiscal_year)
    return [_figures(session, grant) for grant in session.scalars(query)]


def _figures(session: Session, grant: StateGrant) -> LandMoney:
    rows = session.scalars(select(StateMoneyMovement).where(StateMoneyMovement.state_grant_id == grant.id)
                           .order_by(StateMoneyMovement.on, StateMoneyMovement.id))
    movements = tuple(Movement(m.id, m.kind, m.on, m.amount, m.note or "") for m in rows)

    def total(kind: StateMoneyKind) -> Decimal:
        return sum((m.amount for m in movements if m.kind == kind), ZERO)

    return LandMoney(grant.programme.code, grant.programme.name, grant.fiscal_year, grant.amount, grant.decided_on,
                     grant.ministry_file_number, grant.cofinancing_rate, grant.cofinancing_base,
                     CofinancingRule(grant.cofinancing_rate, grant.cofinancing_base).cofinancing_of(grant.amount),
                     total(StateMoneyKind.call), total(StateMoneyKind.payment),
                     net_paid(session, grant.programme_id, grant.fiscal_year), movements, grant.version)
