"""Financing types, the exact funding rate of an approval and the clawback: hand-computed cases and properties."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cases.financing import FinancingType, FundingRate, clawback_amount, financing_label, round_to_cent
from app.kernel.errors import ValidationError

D = Decimal


def money(max_value: str = "1000000.00") -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=D("0.00"), max_value=D(max_value), places=2, allow_nan=False, allow_infinity=False)


def test_labels_are_german() -> None:
    assert [financing_label(t) for t in FinancingType] == [
        "Anteilfinanzierung", "Fehlbedarfsfinanzierung", "Festbetragsfinanzierung", "Vollfinanzierung"]
    assert FinancingType("fixed_amount") is FinancingType.fixed_amount
    with pytest.raises(ValidationError, match="Unbekannte Finanzierungsart: lump_sum"):
        financing_label("lump_sum")


def test_a_third_stays_a_third() -> None:
    # 2.800,00 € of 8.400,00 €: exactly 1/3. Stored rounded (0,3333) the plan would give 0,3333 × 8.400,00 €
    # = 2.799,72 €; the exact rate gives 2.800,00 €.
    rate = FundingRate.of_approval(D("2800.00"), D("8400.00"), stored=D("0.3333"))
    assert rate.value == Fraction(1, 3)
    assert rate.apply(D("8400.00")) == D("2800.00")
    assert D("0.3333") * D("8400.00") == D("2799.7200")
    assert rate.percent() == "≈ 33,3333 %" and not rate.exact_in_percent
    assert rate.text() == "2.800,00 € ÷ 8.400,00 € (≈ 33,3333 %)"


def test_rate_applies_exactly_and_rounds_the_result_half_up() -> None:
    # 1/3 × 1.000,00 € = 333,333… → 333,33 €; 1/3 × 0,05 € = 0,01666… → 0,02 €; 80 % × 0,05 € = 0,04 €
    third = FundingRate.of_approval(D("1.00"), D("3.00"))
    assert third.apply(D("1000.00")) == D("333.33") and third.apply(D("0.05")) == D("0.02")
    # 80 % × 0,625 … not an amount; 80 % × 12.345,67 € = 9.876,536 → 9.876,54 €
    eighty = FundingRate.of_approval(D("8000.00"), D("10000.00"))
    assert eighty.apply(D("12345.67")) == D("9876.54") and eighty.percent() == "80 %"
    # exactly half a cent rounds up: 1/2 × 0,05 € = 0,025 € → 0,03 €
    assert FundingRate.of_approval(D("1.00"), D("2.00")).apply(D("0.05")) == D("0.03")


def test_without_a_plan_the_stored_rate_applies() -> None:
    rate = FundingRate.of_approval(D("1000.00"), D("0.00"), stored=D("0.75"))
    assert rate.value == Fraction(3, 4) and rate.text() == "75 %"
    assert rate.apply(D("1000.00")) == D("750.00")


@given(st.fractions(min_value=-10**9, max_value=10**9, max_denominator=10**6))
def test_round_to_cent_is_half_up_away_from_zero(value: Fraction) -> None:
    exact = D(value.numerator) / D(value.denominator)  # 28 digits: more than enough for these values
    assert round_to_cent(value) == exact.quantize(D("0.01"), ROUND_HALF_UP)


def test_clawback_examples() -> None:
    # paid 9.000,00 €, final 8.000,00 € → 1.000,00 € back; paid less than final → nothing
    assert clawback_amount(D("9000.00"), D("8000.00")) == D("1000.00")
    assert clawback_amount(D("8000.00"), D("8500.00")) == D("0.00")
    with pytest.raises(ValidationError, match="Ausgezahlter Betrag darf nicht negativ sein"):
        clawback_amount(D("-5.00"), D("0.00"))


@given(money(), money())
def test_clawback_is_the_excess_payment(paid: Decimal, final: Decimal) -> None:
    clawback = clawback_amount(paid, final)
    assert clawback == (paid - final if paid > final else D("0.00"))
    assert paid - clawback == min(paid, final)  # what the recipient keeps: never more than final or paid
