"""Money from the Land: its grant to the county, calls for funds and payments; budget = grant + co-financing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.kernel.errors import NotFound, PermissionDenied, ValidationError
from app.state_cycle import land_money
from app.state_cycle.land_figures import land_money as figures
from app.state_cycle.land_money import StateGrantInput
from db.models import AuditEvent, Budget, StateMoneyMovement
from tests.support import YEAR, Office

D = Decimal


def grant(office: Office, base: str = "grant", amount: str = "70000.00", who: str = "sabine") -> int:
    return land_money.record_state_grant(office.uow(who), StateGrantInput(
        "LPF", YEAR, amount, "2026-02-15", "TMSGAF 46-1234/2026", "30", base))


def budget(office: Office) -> Decimal:
    with office.database.read() as session:
        return session.scalars(select(Budget.allocation)).one()


def test_the_budget_is_the_state_grant_plus_the_co_financing_of_the_grant(office: Office) -> None:
    grant(office)
    assert budget(office) == D("91000.00")  # 70,000.00 + 30 % of it
    with office.database.read() as session:
        (money,) = figures(session, YEAR)
    assert (money.state_grant, money.cofinancing, money.budget) == (D("70000.00"), D("21000.00"), D("91000.00"))
    assert money.cofinancing_owed == D("21000.00")


def test_co_financing_of_the_eligible_costs_is_thirty_percent_of_grant_and_co_financing(office: Office) -> None:
    grant(office, "eligible_costs")
    assert budget(office) == D("100000.00")  # 70,000.00 is 70 % of 100,000.00 eligible costs
    grant(office, "eligible_costs", amount="70000.01")  # changing the grant changes the budget, to the cent:
    assert budget(office) == D("100000.02")  # co-financing 30,000.00428… rounded UP to 30,000.01 (the one rule)


def test_calls_and_payments_are_recorded_within_the_grant_and_audited(office: Office) -> None:
    grant(office)
    land_money.record_call(office.sabine, "LPF", YEAR, "2026-03-01", "35000.00", "1. Abruf")
    land_money.record_payment(office.admin, "LPF", YEAR, "15.03.2026", "35000.00")
    with pytest.raises(ValidationError, match="mehr als die Zuwendung des Landes"):
        land_money.record_payment(office.sabine, "LPF", YEAR, "2026-04-01", "35000.01")
    with office.database.read() as session:
        (money,) = figures(session, YEAR)
        assert (money.called, money.received, money.outstanding) == (D("35000.00"), D("35000.00"), D("35000.00"))
        assert money.unspent == D("35000.00")  # nothing passed on to the Träger yet
        assert len(session.scalars(select(StateMoneyMovement)).all()) == 2
        actions = set(session.scalars(select(AuditEvent.action).where(
            AuditEvent.entity.in_(["StateGrant", "StateMoneyMovement"]))))
    assert actions == {"record-state-grant", "record-state-call", "record-state-payment"}


@pytest.mark.parametrize("who", ["anna", "leser"])
def test_only_supervisors_and_administrators_record_money_from_the_land(office: Office, who: str) -> None:
    with pytest.raises(PermissionDenied):
        grant(office, who=who)
    assert budget(office) == D("100000.00")


def test_bad_input_changes_nothing(office: Office) -> None:
    with pytest.raises(ValidationError):
        land_money.record_state_grant(office.sabine, StateGrantInput("LPF", YEAR, "12,345", "2026-02-15", "Az"))
    with pytest.raises(ValidationError, match="Kofinanzierung"):
        land_money.record_state_grant(office.sabine, StateGrantInput("LPF", YEAR, "1000", "2026-02-15", "Az",
                                                                     cofinancing_base="costs"))
    with pytest.raises(NotFound, match="keine Zuwendung des Landes"):
        land_money.record_call(office.sabine, "LPF", YEAR, "2026-03-01", "100")
    assert budget(office) == D("100000.00")
