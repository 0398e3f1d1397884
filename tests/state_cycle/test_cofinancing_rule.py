"""One co-financing rule for both levels (app.state_cycle.cofinancing): the application's lines and totals, and the
Land's grant to the county.

What is tested about the two levels agreeing: an application whose lines ask the Land for S in total has county
co-financing C_app; the Land's grant of exactly S recorded with the same rate and base gives C_land. Then
C_land ≤ C_app (the rule holds for the application's totals and C_land is the least cent amount that meets it) and
C_app − C_land ≤ (sum of the lines' round-ups) × (1 + rate) on the grant base, × 1 / (1 − rate) on the eligible
base — so at most a few cents; when no line has to be rounded the two are equal to the cent.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.state_cycle import land_money
from app.state_cycle.cofinancing import CofinancingRule
from app.state_cycle.land_figures import land_money as money_figures
from app.state_cycle.land_money import StateGrantInput
from app.state_cycle.reader import StateCycleReader
from db.enums import CofinancingBase
from tests.fixtures.social_plan import PlanWorld
from tests.state_cycle.world import build_year

D = Decimal
CENT = D("0.01")
GRANT, ELIGIBLE = CofinancingBase.grant, CofinancingBase.eligible_costs


def thirty(base: CofinancingBase) -> CofinancingRule:
    return CofinancingRule(D("0.30"), base)


def test_worked_examples_of_both_bases() -> None:
    # grant base: C ≥ 30 % of the Land's money S; a measure funded with 13,000 = 10,000 Land + 3,000 county
    assert thirty(GRANT).county_share(D("13000.00")) == D("3000.00")
    assert thirty(GRANT).cofinancing_of(D("10000.00")) == D("3000.00")
    # eligible base: C ≥ 30 % of the county's expense E = S + C; 10,000 = 7,000 Land + 3,000 county
    assert thirty(ELIGIBLE).county_share(D("10000.00")) == D("3000.00")
    assert thirty(ELIGIBLE).cofinancing_of(D("7000.00")) == D("3000.00")
    # the Träger's own funds are not in the base: eligible costs of 20,000 do not change the split of 10,000
    assert thirty(ELIGIBLE).split(D("20000.00"), D("10000.00")).county_share == D("3000.00")
    # rounded UP to the cent
    assert thirty(GRANT).county_share(D("100.00")) == D("23.08")  # 23.0769…
    assert thirty(ELIGIBLE).cofinancing_of(D("70000.01")) == D("30000.01")  # 30,000.00428…
    assert thirty(GRANT).holds(D("10000.00"), D("3000.00")) and not thirty(GRANT).holds(D("10000.00"), D("2999.99"))
    assert thirty(ELIGIBLE).holds(D("7000.00"), D("3000.00"))
    assert not thirty(ELIGIBLE).holds(D("7000.01"), D("2999.99"))


def test_labels_name_the_base() -> None:
    assert thirty(GRANT).text == "30 % der Zuwendung des Landes"
    assert thirty(ELIGIBLE).text == ("30 % der zuwendungsfähigen Ausgaben des Landkreises (Landesmittel und "
                                     "Kofinanzierung)")
    assert "Eigenmittel der Träger zählen nicht" in thirty(ELIGIBLE).explanation


cents = st.integers(min_value=0, max_value=50_000_000).map(lambda n: D(n) / 100)
rates = st.integers(min_value=1, max_value=99).map(lambda n: D(n) / 100)
bases = st.sampled_from([GRANT, ELIGIBLE])


def bound(rule: CofinancingRule, round_ups: Decimal) -> Decimal:
    """How much more the application's lines may carry than the Land grant of their state share (exact)."""
    return round_ups * (1 + rule.rate) if rule.base == GRANT else round_ups / (1 - rule.rate)


def exact_share(rule: CofinancingRule, expense: Decimal) -> Decimal:
    return rule.rate * expense / (1 + rule.rate) if rule.base == GRANT else rule.rate * expense


@given(st.lists(cents, min_size=1, max_size=40), rates, bases)
def test_every_line_and_the_sum_meet_the_rule_and_the_land_grant_agrees(expenses: list[Decimal], rate: Decimal,
                                                                          base: CofinancingBase) -> None:
    rule = CofinancingRule(rate, base)
    splits = [rule.split(e, e) for e in expenses]
    for split in splits:
        assert split.state_share + split.county_share == split.funding and split.state_share >= 0
        assert rule.holds(split.state_share, split.county_share)
        if split.county_share:  # the least cent amount: one cent less breaks the rule
            assert not rule.holds(split.state_share + CENT, split.county_share - CENT)
    state, county = sum(s.state_share for s in splits), sum(s.county_share for s in splits)
    assert rule.holds(state, county)
    land = rule.cofinancing_of(state)
    assert rule.holds(state, land) and (land == 0 or not rule.holds(state, land - CENT))
    round_ups = sum(s.county_share - exact_share(rule, s.funding) for s in splits)
    assert land <= county <= land + bound(rule, round_ups)


@given(st.lists(st.integers(min_value=0, max_value=400_000), min_size=1, max_size=20), bases)
def test_without_rounding_both_levels_give_the_same_cent(units: list[int], base: CofinancingBase) -> None:
    rule = thirty(base)
    step = D("0.13") if base == GRANT else D("0.10")  # 30 % × E ÷ 130 % resp. 30 % × E is then a whole cent
    splits = [rule.split(n * step, n * step) for n in units]
    state, county = sum(s.state_share for s in splits), sum(s.county_share for s in splits)
    assert rule.cofinancing_of(state) == county


# county co-financing of the application built in tests/state_cycle/world.py and of a Land grant of its state share
LEVELS = {"grant": (D("60256.39"), D("18076.95"), D("18076.92")),  # 30 % × 60,256.39 = 18,076.917 → …,92
          "eligible_costs": (D("54833.33"), D("23500.01"), D("23500.00"))}  # 30/70 × 54,833.33 = 23,499.9986


@pytest.mark.parametrize("base", ["grant", "eligible_costs"])
def test_the_application_and_the_land_grant_of_its_state_share_agree(plan_world: PlanWorld, base: str) -> None:
    build_year(plan_world, base, ceiling="70000")
    office = plan_world.office
    figures = StateCycleReader(office.database, "anna").application(2026)
    state, county = figures.total.state_share, figures.total.county_share
    assert (state, county) == LEVELS[base][:2]
    land_money.record_state_grant(office.sabine, StateGrantInput("LPF", 2026, state, "2026-01-20", "46-1/2026",
                                                                 "30", base))
    with office.database.read() as session:
        (money,) = money_figures(session, 2026)
    assert money.cofinancing == LEVELS[base][2] == figures.rule.cofinancing_of(state)
    assert money.rule == figures.rule and money.rule.holds(money.state_grant, money.cofinancing)
    assert not money.rule.holds(money.state_grant, money.cofinancing - CENT)
    assert money.budget == state + money.cofinancing
    round_ups = sum(line.split.county_share - exact_share(figures.rule, line.split.funding) for line in figures.lines)
    assert money.cofinancing <= county <= money.cofinancing + bound(figures.rule, round_ups)
