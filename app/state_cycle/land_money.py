"""Money from the Land: its grant decision to the county, the county's calls for funds and the Land's payments.

Recording the Land's grant sets the programme-year's budget (Haushaltsansatz) to the state allocation plus the
county's co-financing (the one rule of `app.state_cycle.cofinancing`), so approvals are checked against both
sources. Administrators and supervisors record;
every change is audited by the flush (SQLite) or the table's trigger (PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.kernel.budget import committed_amount
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import programme_by_code
from app.kernel.money import MoneyInput, format_eur, parse_rate, require_non_negative, require_positive, to_money
from app.kernel.permissions import declare
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date
from app.state_cycle.cofinancing import CofinancingRule, parse_base
from db.enums import CofinancingBase, Role
from db.models import Budget, StateGrant, StateMoneyMovement
from db.models.land_money import StateMoneyKind

PERMISSION = "state.money"
declare(PERMISSION, frozenset({Role.admin, Role.supervisor}), _("Mittel des Landes erfassen"))
DEFAULT_RATE = "30"  # percent; a setting per grant (published sources: 30 %)
KIND_LABELS = {StateMoneyKind.call: _("Mittelabruf"), StateMoneyKind.payment: _("Zahlung des Landes")}


@dataclass(frozen=True)
class StateGrantInput:
    programme: str
    fiscal_year: int
    amount: MoneyInput
    decided_on: dt.date | str
    ministry_file_number: str
    cofinancing_rate: MoneyInput = DEFAULT_RATE  # percent
    cofinancing_base: str = CofinancingBase.grant.value


def record_state_grant(uow: UnitOfWork, data: StateGrantInput, reason: str | None = None) -> int:
    """Create or change the Land's grant for a programme-year; the budget becomes grant + co-financing."""
    amount = require_non_negative(to_money(data.amount, "amount"), _("Zuwendung des Landes"), "amount")
    decided = parse_date(data.decided_on, _("Datum des Bescheids"), field="decided_on")
    file_number = clean_text(data.ministry_file_number, _("Aktenzeichen des Ministeriums"),
                             field="ministry_file_number", max_len=80)
    assert decided is not None and file_number is not None  # both required: parse_date/clean_text raise instead
    rate = parse_rate(data.cofinancing_rate, "cofinancing_rate")
    if rate >= 1:
        raise ValidationError(_("Der Anteil der Kofinanzierung muss unter 100 % liegen."), "cofinancing_rate")
    base = parse_base(data.cofinancing_base)
    if isinstance(data.fiscal_year, bool) or not isinstance(data.fiscal_year, int) or \
            not 2000 <= data.fiscal_year <= 2100:
        raise ValidationError(_("Das Haushaltsjahr »{value}« ist nicht plausibel.").format(value=data.fiscal_year),
                              "fiscal_year")
    with uow:
        actor = uow.act("record-state-grant", reason, permission=PERMISSION)
        programme = programme_by_code(uow.session, data.programme)
        grant = uow.session.scalar(select(StateGrant).where(
            StateGrant.programme_id == programme.id, StateGrant.fiscal_year == data.fiscal_year).with_for_update())
        if grant is None:
            grant = StateGrant(programme_id=programme.id, fiscal_year=data.fiscal_year, created_by=actor.username)
            uow.session.add(grant)
        grant.amount, grant.decided_on, grant.ministry_file_number = amount, decided, file_number
        grant.cofinancing_rate, grant.cofinancing_base = rate, base
        budget = amount + CofinancingRule(rate, base).cofinancing_of(amount)  # Landesmittel + Kofinanzierung
        _set_budget(uow.session, programme.id, data.fiscal_year, budget)
        uow.session.flush()
        grant_id = grant.id
        uow.commit()
    return grant_id


def _set_budget(session: Session, programme_id: int, fiscal_year: int, total: Decimal) -> None:
    budget = session.scalar(select(Budget).where(
        Budget.programme_id == programme_id, Budget.fiscal_year == fiscal_year).with_for_update())
    committed = committed_amount(session, programme_id, fiscal_year)
    if total < committed:
        raise ValidationError(_("Landesmittel und Kofinanzierung ({total}) lägen unter den bereits bewilligten "
                                "{committed}.").format(total=format_eur(total), committed=format_eur(committed)),
                              "amount")
    if budget is None:
        session.add(Budget(programme_id=programme_id, fiscal_year=fiscal_year, allocation=total))
    else:
        budget.allocation = total


def record_call(uow: UnitOfWork, programme: str, fiscal_year: int, on: dt.date | str, amount: MoneyInput,
                note: str | None = None) -> int:
    """The county's call for funds (Mittelabruf an das Land); all calls together stay within the grant."""
    return _record(uow, StateMoneyKind.call, programme, fiscal_year, on, amount, note)


def record_payment(uow: UnitOfWork, programme: str, fiscal_year: int, on: dt.date | str, amount: MoneyInput,
                   note: str | None = None) -> int:
    """Money received from the Land; all payments together stay within the grant."""
    return _record(uow, StateMoneyKind.payment, programme, fiscal_year, on, amount, note)


def _record(uow: UnitOfWork, kind: StateMoneyKind, programme: str, fiscal_year: int, on: dt.date | str,
            amount: MoneyInput, note: str | None) -> int:
    money = require_positive(to_money(amount, "amount"), _("Betrag"), "amount")
    day = parse_date(on, _("Datum"), field="on")
    assert day is not None  # required: parse_date raises instead
    text = clean_text(note, _("Bemerkung"), field="note", required=False, max_len=2000, multiline=True)
    with uow:
        actor = uow.act("record-state-call", permission=PERMISSION) if kind == StateMoneyKind.call \
            else uow.act("record-state-payment", permission=PERMISSION)
        grant = _grant(uow.session, programme, fiscal_year)
        before = uow.session.scalar(select(func.coalesce(func.sum(StateMoneyMovement.amount), 0)).where(
            StateMoneyMovement.state_grant_id == grant.id, StateMoneyMovement.kind == kind))
        if Decimal(before or 0) + money > grant.amount:
            raise ValidationError(_("{kind}: zusammen {total} wären mehr als die Zuwendung des Landes von "
                                    "{grant}.").format(kind=KIND_LABELS[kind], total=format_eur(
                                        Decimal(before or 0) + money), grant=format_eur(grant.amount)), "amount")
        movement = StateMoneyMovement(state_grant_id=grant.id, kind=kind, on=day, amount=money, note=text,
                                      recorded_by=actor.username)
        uow.session.add(movement)
        uow.session.flush()
        movement_id = movement.id
        uow.commit()
    return movement_id


def _grant(session: Session, programme: str, fiscal_year: int) -> StateGrant:
    found = programme_by_code(session, programme)
    grant = session.scalar(select(StateGrant).where(
        StateGrant.programme_id == found.id, StateGrant.fiscal_year == fiscal_year).with_for_update())
    if grant is None:
        raise NotFound(_("Für {programme} {year} ist keine Zuwendung des Landes erfasst.").format(
            programme=found.code, year=fiscal_year))
    return grant
