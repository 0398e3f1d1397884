"""Final grant per financing type: hand-computed cases plus properties of the rules."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cases.financing import (
    ActualFigures,
    FinancingType,
    clawback_amount,
    explain_final_grant,
    final_grant,
    financing_label,
    planned_grant,
)
from app.kernel.errors import ValidationError
from app.kernel.money import format_eur

D = Decimal


def money(max_value: str = "1000000.00") -> st.SearchStrategy[Decimal]:
    return st.decimals(
        min_value=D("0.00"), max_value=D(max_value), places=2, allow_nan=False, allow_infinity=False
    )


rates = st.decimals(min_value=D("0"), max_value=D("1"), places=4, allow_nan=False, allow_infinity=False)
types = st.sampled_from(FinancingType)
actuals = st.builds(ActualFigures, money(), money(), money(), money())


# --- worked examples -------------------------------------------------------


def test_share_final_is_rate_times_actual_costs_when_below_approval() -> None:
    # 80 % × 10.000,00 € = 8.000,00 €; approved 9.000,00 € → min = 8.000,00 €
    actual = ActualFigures(costs=D("10000.00"))
    assert final_grant(FinancingType.share, D("9000.00"), D("0.80"), actual) == D("8000.00")


def test_share_final_is_capped_by_the_approval() -> None:
    # 80 % × 12.000,00 € = 9.600,00 € > approved 9.000,00 € → 9.000,00 €
    actual = ActualFigures(costs=D("12000.00"))
    assert final_grant(FinancingType.share, D("9000.00"), D("0.80"), actual) == D("9000.00")


def test_share_rounds_the_product_half_up_to_the_cent() -> None:
    # 75,5 % × 1.000,10 € = 755,0755 € → 755,08 € (half up); approved 1.000,00 €
    actual = ActualFigures(costs=D("1000.10"))
    assert final_grant("share", D("1000.00"), D("0.755"), actual) == D("755.08")


def test_deficit_final_is_costs_minus_own_and_third_party_funds() -> None:
    # 12.000,00 − 1.500,00 own − 2.000,00 third party = 8.500,00 €; approved 9.000,00 €
    actual = ActualFigures(D("12000.00"), D("1500.00"), D("2000.00"), other_income=D("700.00"))
    assert final_grant(FinancingType.deficit, D("9000.00"), D("0.80"), actual) == D("8500.00")
    # the same deficit against a smaller approval of 8.000,00 € → 8.000,00 €
    assert final_grant(FinancingType.deficit, D("8000.00"), D("0.80"), actual) == D("8000.00")


def test_deficit_never_goes_below_zero() -> None:
    # 5.000,00 − 4.000,00 − 2.000,00 = −1.000,00 € → 0,00 €
    actual = ActualFigures(D("5000.00"), D("4000.00"), D("2000.00"))
    assert final_grant(FinancingType.deficit, D("3000.00"), D("0.80"), actual) == D("0.00")


def test_fixed_amount_final_is_the_approval_unless_costs_are_lower() -> None:
    # approved 5.000,00 €; actual costs 4.200,00 € → 4.200,00 €; costs 6.000,00 € → 5.000,00 €
    low = ActualFigures(costs=D("4200.00"), own_funds=D("3000.00"))
    high = ActualFigures(costs=D("6000.00"))
    assert final_grant(FinancingType.fixed_amount, D("5000.00"), D("0"), low) == D("4200.00")
    assert final_grant(FinancingType.fixed_amount, D("5000.00"), D("0"), high) == D("5000.00")


def test_full_final_is_costs_minus_other_income() -> None:
    # 20.000,00 − 1.250,00 other income = 18.750,00 €; approved 20.000,00 €;
    # own funds do not count in full financing
    actual = ActualFigures(D("20000.00"), own_funds=D("500.00"), other_income=D("1250.00"))
    assert final_grant(FinancingType.full, D("20000.00"), D("1"), actual) == D("18750.00")


def test_only_share_financing_uses_the_rate() -> None:
    actual = ActualFigures(D("1000.00"), D("100.00"), D("100.00"), D("100.00"))
    for financing_type in (FinancingType.deficit, FinancingType.fixed_amount, FinancingType.full):
        with_rate = final_grant(financing_type, D("5000.00"), D("0.10"), actual)
        assert with_rate == final_grant(financing_type, D("5000.00"), D("0.90"), actual)
    assert final_grant("share", D("5000.00"), D("0.10"), actual) == D("100.00")


def test_clawback_examples() -> None:
    # paid 9.000,00 €, final 8.000,00 € → 1.000,00 € back; paid less than final → nothing
    assert clawback_amount(D("9000.00"), D("8000.00")) == D("1000.00")
    assert clawback_amount(D("8000.00"), D("8500.00")) == D("0.00")


def test_planned_grant_examples() -> None:
    # share: 80 % × 12.345,67 € = 9.876,536 → 9.876,54 €
    assert planned_grant("share", D("0.80"), D("12345.67")) == D("9876.54")
    # deficit: 10.000 − 1.000 own − 2.500 third party = 6.500,00 €
    assert planned_grant("deficit", D("0"), D("10000.00"), D("1000.00"), D("2500.00")) == D("6500.00")
    # full: 10.000 − 400 other income = 9.600,00 €
    assert planned_grant("full", D("1"), D("10000.00"), other_income=D("400.00")) == D("9600.00")
    # fixed amount: the caller's amount, at most the eligible costs
    assert planned_grant("fixed_amount", D("0"), D("10000.00")) is None
    assert planned_grant("fixed_amount", D("0"), D("10000.00"), fixed_amount=D("3000.00")) == D("3000.00")
    assert planned_grant("fixed_amount", D("0"), D("2000.00"), fixed_amount=D("3000.00")) == D("2000.00")


def test_labels_are_german() -> None:
    assert [financing_label(t) for t in FinancingType] == [
        "Anteilfinanzierung",
        "Fehlbedarfsfinanzierung",
        "Festbetragsfinanzierung",
        "Vollfinanzierung",
    ]
    assert FinancingType("fixed_amount") is FinancingType.fixed_amount


def test_explanation_of_share_financing_reads_like_a_hand_calculation() -> None:
    actual = ActualFigures(costs=D("10000.00"))
    calc = explain_final_grant(FinancingType.share, D("9000.00"), D("0.80"), actual)
    assert calc.lines == (
        "Finanzierungsart: Anteilfinanzierung",
        "Zuwendungsfähige Ist-Ausgaben: 10.000,00 €",
        "× Fördersatz 80 % = 8.000,00 €",
        "Bewilligt: 9.000,00 €",
        "Endgültige Zuwendung (Minimum): 8.000,00 €",
    )
    assert calc.final == D("8000.00")


def test_explanation_of_a_negative_deficit_says_why_it_is_zero() -> None:
    actual = ActualFigures(D("5000.00"), D("4000.00"), D("2000.00"))
    calc = explain_final_grant(FinancingType.deficit, D("3000.00"), D("0.80"), actual)
    assert "= Fehlbedarf: -1.000,00 €" in calc.lines
    assert calc.lines[-1] == "Endgültige Zuwendung (Minimum): 0,00 €"
    assert calc.candidate == D("-1000.00")
    assert calc.final == D("0.00")


# --- validation --------------------------------------------------------------


def test_actual_figures_reject_negative_amounts_in_german() -> None:
    with pytest.raises(ValidationError) as info:
        ActualFigures(D("100.00"), own_funds=D("-1.00"))
    assert info.value.message == "Eigenmittel (Ist) darf nicht negativ sein."
    assert info.value.field == "own_funds"


def test_actual_figures_reject_floats_and_normalise_text() -> None:
    with pytest.raises(ValidationError):
        ActualFigures(100.0)  # type: ignore[arg-type]
    assert ActualFigures("1.234,5").costs == D("1234.50")  # type: ignore[arg-type]


def test_final_grant_rejects_bad_input() -> None:
    actual = ActualFigures(D("100.00"))
    with pytest.raises(ValidationError, match="zwischen 0 % und 100 %"):
        final_grant("share", D("100.00"), D("80"), actual)  # percent given instead of fraction
    with pytest.raises(ValidationError, match="Bewilligter Betrag darf nicht negativ sein"):
        final_grant("share", D("-1.00"), D("0.8"), actual)
    with pytest.raises(ValidationError, match="Unbekannte Finanzierungsart: lump_sum"):
        final_grant("lump_sum", D("100.00"), D("0.8"), actual)


def test_clawback_rejects_negative_payment() -> None:
    with pytest.raises(ValidationError, match="Ausgezahlter Betrag darf nicht negativ sein"):
        clawback_amount(D("-5.00"), D("0.00"))


# --- properties ----------------------------------------------------------------


@given(types, money(), rates, actuals)
def test_final_is_between_zero_and_approved_and_on_the_cent(
    financing_type: FinancingType, approved: Decimal, rate: Decimal, actual: ActualFigures
) -> None:
    final = final_grant(financing_type, approved, rate, actual)
    assert D("0.00") <= final <= approved
    assert final.as_tuple().exponent == -2


@given(money(), money())
def test_clawback_is_the_excess_payment(paid: Decimal, final: Decimal) -> None:
    clawback = clawback_amount(paid, final)
    if paid > final:
        assert clawback == paid - final
    else:
        assert clawback == D("0.00")
    # what the recipient may keep never exceeds the final grant nor the payment
    assert paid - clawback == min(paid, final)


@given(types, money(), rates, actuals, money("50000.00"))
def test_higher_actual_costs_never_lower_the_final_grant(
    financing_type: FinancingType, approved: Decimal, rate: Decimal, actual: ActualFigures, extra: Decimal
) -> None:
    more = ActualFigures(
        actual.costs + extra, actual.own_funds, actual.third_party_funds, actual.other_income
    )
    assert final_grant(financing_type, approved, rate, more) >= final_grant(
        financing_type, approved, rate, actual
    )


@given(types, money(), rates, actuals)
def test_explanation_final_equals_final_grant(
    financing_type: FinancingType, approved: Decimal, rate: Decimal, actual: ActualFigures
) -> None:
    calc = explain_final_grant(financing_type, approved, rate, actual)
    assert calc.final == final_grant(financing_type, approved, rate, actual)
    assert calc.lines[-1] == f"Endgültige Zuwendung (Minimum): {format_eur(calc.final)}"
    assert calc.text.splitlines() == list(calc.lines)
    assert calc.lines[0] == f"Finanzierungsart: {financing_label(financing_type)}"


@given(types, rates, actuals, money())
def test_plan_met_exactly_gives_the_planned_grant(
    financing_type: FinancingType, rate: Decimal, plan: ActualFigures, fixed: Decimal
) -> None:
    planned = planned_grant(
        financing_type,
        rate,
        plan.costs,
        plan.own_funds,
        plan.third_party_funds,
        other_income=plan.other_income,
        fixed_amount=fixed,
    )
    assert planned is not None
    assert planned >= 0
    # approving the planned grant and spending exactly as planned changes nothing
    assert final_grant(financing_type, planned, rate, plan) == planned
