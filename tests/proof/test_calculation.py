"""The Schlussrechnung (Nr. 2 ANBest-P) as pure rules: the worked examples of the domain brief, the exact rate, the
binding own share, partial approvals, the Bagatellgrenze, and properties over random plans.

The domain brief's plan: 10.000,00 € eligible costs, 8.000,00 € grant (80 %), own funds 1.500,00 €, third-party
funds 500,00 €.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.kernel.errors import ValidationError
from app.kernel.money import format_eur
from app.proof.calculation import ActualFigures, ApprovedPlan, final_calculation
from db.enums import FinancingType

D = Decimal
T = FinancingType


def brief_plan(financing_type: FinancingType) -> ApprovedPlan:
    return ApprovedPlan(financing_type, D("8000.00"), total_costs=D("10000.00"), eligible_costs=D("10000.00"),
                        own_funds=D("1500.00"), third_party_funds=D("500.00"), stored_rate=D("0.8000"))


def final(financing_type: FinancingType, costs: str, own: str = "1500.00", third: str = "500.00",
          income: str = "0.00", threshold: str = "0.00") -> Decimal:
    actual = ActualFigures(D(costs), D(own), D(third), D(income))
    return final_calculation(brief_plan(financing_type), actual, D(threshold)).final


# --- the worked examples of the domain brief -----------------------------------------------------------------------

def test_share_third_party_funds_up_by_1000() -> None:
    # Deckungsmittel 1.500 + 1.500 = 3.000 against 2.000 planned: +1.000; 80 % × (10.000 − 1.000) = 7.200,00 €
    assert final(T.share, "10000.00", third="1500.00") == D("7200.00")


def test_share_lower_costs_and_new_income() -> None:
    # 80 % × (9.000 − 500 new income) = 80 % × 8.500 = 6.800,00 €
    assert final(T.share, "9000.00", income="500.00") == D("6800.00")


def test_deficit_own_funds_cut() -> None:
    # 9.000 − 1.500 (the planned own share, not the actual 500) − 500 third party − 0 = 7.000,00 €
    assert final(T.deficit, "9000.00", own="500.00") == D("7000.00")


def test_deficit_fees_received() -> None:
    # 10.000 − 1.500 − 500 − 300 fees = 7.700,00 €
    assert final(T.deficit, "10000.00", income="300.00") == D("7700.00")


def test_full_financing_counts_the_same_way() -> None:
    # Vollfinanzierung: by the full amount, like the deficit: 10.000 − 1.500 − 500 − 300 = 7.700,00 €
    assert final(T.full, "10000.00", income="300.00") == D("7700.00")
    assert final(T.full, "9000.00", own="0.00") == D("7000.00")


def test_fixed_amount_stays_but_never_above_the_costs() -> None:
    # more Deckungsmittel do not reduce a Festbetrag; 7.500 costs cap it: min(8.000, 7.500) = 7.500,00 €
    assert final(T.fixed_amount, "10000.00", third="2500.00", income="300.00") == D("8000.00")
    assert final(T.fixed_amount, "7500.00") == D("7500.00")


def test_exact_rate_costs_as_planned_give_the_approved_amount() -> None:
    # 2.800,00 € of 8.400,00 € (stored 0,3333): 1/3 × 8.400,00 € = 2.800,00 €, not 2.799,72 €
    plan = ApprovedPlan(T.share, D("2800.00"), D("8400.00"), D("8400.00"), own_funds=D("5000.00"),
                        third_party_funds=D("600.00"), stored_rate=D("0.3333"))
    calculation = final_calculation(plan, ActualFigures(D("8400.00"), D("5000.00"), D("600.00")))
    assert calculation.final == D("2800.00") and calculation.reduction == D("0.00")
    assert "× Fördersatz 2.800,00 € ÷ 8.400,00 € (≈ 33,3333 %): 2.800,00 €" in calculation.lines
    # and 100,00 € less in costs: 1/3 × 8.300,00 € = 2.766,666… → 2.766,67 €
    assert final_calculation(plan, ActualFigures(D("8300.00"), D("5000.00"), D("600.00"))).final == D("2766.67")


# --- the own share is binding ---------------------------------------------------------------------------------------

def test_less_own_money_never_raises_the_grant() -> None:
    # share: own 500 instead of 1.500 and third party +1.000: the Deckungsmittel count 1.500 + 1.500 = 3.000
    assert final(T.share, "10000.00", own="500.00", third="1500.00") == D("7200.00")
    # deficit with costs as planned and own funds cut to 0: still 10.000 − 1.500 − 500 = 8.000,00 €
    assert final(T.deficit, "10000.00", own="0.00") == D("8000.00")


def test_more_own_money_reduces_the_grant() -> None:
    # deficit: own 2.000 instead of 1.500 → 10.000 − 2.000 − 500 = 7.500,00 €; share: 80 % × 9.500 = 7.600,00 €
    assert final(T.deficit, "10000.00", own="2000.00") == D("7500.00")
    assert final(T.share, "10000.00", own="2000.00") == D("7600.00")


def test_share_a_third_party_paying_less_offsets_new_income() -> None:
    # third party 200 instead of 500, 300 new income: Deckungsmittel 1.500 + 200 + 300 = 2.000 as planned → 8.000
    assert final(T.share, "10000.00", third="200.00", income="300.00") == D("8000.00")


def test_higher_costs_never_exceed_the_approval() -> None:
    assert final(T.share, "12000.00") == D("8000.00")
    assert final(T.deficit, "12000.00") == D("8000.00")


# --- partial approvals and costs that are not eligible ----------------------------------------------------------------

def test_partial_approval_as_planned_gives_the_approval_and_savings_reduce_it() -> None:
    # applied for 8.480 of 10.600 (own 1.414, third party 706), approved 6.360: the approval leaves 2.120 more to
    # the recipient, own share 10.600 − 6.360 − 706 = 3.534
    for financing_type in (T.share, T.deficit):
        plan = ApprovedPlan(financing_type, D("6360.00"), D("10600.00"), D("10600.00"), D("1414.00"), D("706.00"))
        assert plan.binding_own == D("3534.00")
        as_planned = final_calculation(plan, ActualFigures(D("10600.00"), D("3534.00"), D("706.00")))
        assert as_planned.final == D("6360.00")
    # deficit, costs 600 lower: 10.000 − 3.534 − 706 = 5.760,00 € (by the full amount)
    deficit = ApprovedPlan(T.deficit, D("6360.00"), D("10600.00"), D("10600.00"), D("1414.00"), D("706.00"))
    calculation = final_calculation(deficit, ActualFigures(D("10000.00"), D("1414.00"), D("706.00")))
    assert calculation.final == D("5760.00")
    assert ("Eigenanteil laut Bewilligung (Gesamtkosten 10.600,00 € − Zuwendung 6.360,00 € − Drittmittel 706,00 € − "
            "Einnahmen 0,00 €; im Antrag 1.414,00 €): 3.534,00 €") in calculation.lines
    # share, costs 600 lower: 60 % × 10.000 = 6.000,00 € (in proportion)
    share = ApprovedPlan(T.share, D("6360.00"), D("10600.00"), D("10600.00"), D("1414.00"), D("706.00"))
    assert final_calculation(share, ActualFigures(D("10000.00"), D("3534.00"), D("706.00"))).final == D("6000.00")


def test_own_funds_for_costs_that_are_not_eligible_do_not_count_against_eligible_costs() -> None:
    # total 12.000 with 2.000 not eligible, own 3.500, third party 500, grant 8.000 (deficit): as planned → 8.000;
    # 500 less eligible costs → 7.500
    plan = ApprovedPlan(T.deficit, D("8000.00"), D("12000.00"), D("10000.00"), D("3500.00"), D("500.00"))
    assert plan.own_share == D("1500.00")
    assert final_calculation(plan, ActualFigures(D("10000.00"), D("3500.00"), D("500.00"))).final == D("8000.00")
    assert final_calculation(plan, ActualFigures(D("9500.00"), D("3500.00"), D("500.00"))).final == D("7500.00")


# --- the Bagatellgrenze ---------------------------------------------------------------------------------------------

def test_a_reduction_below_the_threshold_is_not_made() -> None:
    # deficit with 300 fees: a reduction of 300,00 €; threshold 500 € → stays 8.000,00 €; threshold 300 € → 7.700
    assert final(T.deficit, "10000.00", income="300.00", threshold="500.00") == D("8000.00")
    assert final(T.deficit, "10000.00", income="300.00", threshold="300.00") == D("7700.00")
    calculation = final_calculation(brief_plan(T.deficit), ActualFigures(D("10000.00"), D("1500.00"), D("500.00"),
                                                                         D("300.00")), D("500.00"))
    assert ("Die Minderung von 300,00 € liegt unter der Bagatellgrenze von 500,00 €: die Zuwendung wird nicht "
            "gekürzt.") in calculation.lines


# --- how it reads ----------------------------------------------------------------------------------------------------

def test_share_reads_like_a_hand_calculation() -> None:
    calculation = final_calculation(brief_plan(T.share), ActualFigures(D("9000.00"), D("1500.00"), D("500.00"),
                                                                       D("500.00")))
    assert calculation.lines == (
        "Finanzierungsart: Anteilfinanzierung",
        "Zuwendungsfähige Ausgaben laut Plan: 10.000,00 €",
        "Deckungsmittel laut Plan (Eigenanteil 1.500,00 € + Drittmittel 500,00 € + Einnahmen 0,00 €): 2.000,00 €",
        "Deckungsmittel Ist (Eigenanteil 1.500,00 € + Drittmittel 500,00 € + Einnahmen 500,00 €): 2.500,00 €",
        "Zuwendungsfähige Ist-Ausgaben: 9.000,00 €",
        "− Mehr an Deckungsmitteln gegenüber dem Plan: 500,00 €",
        "= Bemessungsgrundlage: 8.500,00 €",
        "× Fördersatz 8.000,00 € ÷ 10.000,00 € (80 %): 6.800,00 €",
        "Bewilligte Zuwendung: 8.000,00 €",
        "Zuwendung nach Nr. 2 ANBest-P (der niedrigere Betrag): 6.800,00 €",
        "Endgültige Zuwendung: 6.800,00 €",
        "Minderung gegenüber der Bewilligung: 1.200,00 €",
    )
    assert [row.label for row in calculation.rows if row.result] == [
        "= Bemessungsgrundlage", "× Fördersatz 8.000,00 € ÷ 10.000,00 € (80 %)", "Endgültige Zuwendung"]


def test_deficit_reads_like_a_hand_calculation() -> None:
    actual = ActualFigures(D("9200.00"), D("500.00"), D("500.00"), not_accepted=D("200.00"))
    assert final_calculation(brief_plan(T.deficit), actual).lines == (
        "Finanzierungsart: Fehlbedarfsfinanzierung",
        "Zuwendungsfähige Ausgaben laut Plan: 10.000,00 €",
        "Zuwendungsfähige Ist-Ausgaben laut Nachweis: 9.200,00 €",
        "− nicht anerkannte Beträge (Belegprüfung): 200,00 €",
        "= Anerkannte zuwendungsfähige Ist-Ausgaben: 9.000,00 €",
        "Anerkannte zuwendungsfähige Ist-Ausgaben: 9.000,00 €",
        "− Eigenanteil (laut Bewilligung 1.500,00 €, Ist 500,00 €; der höhere Betrag zählt): 1.500,00 €",
        "− Drittmittel (Ist; geplant 500,00 €): 500,00 €",
        "− Sonstige Einnahmen (Ist; geplant 0,00 €): 0,00 €",
        "= Fehlbedarf: 7.000,00 €",
        "Bewilligte Zuwendung: 8.000,00 €",
        "Zuwendung nach Nr. 2 ANBest-P (der niedrigere Betrag): 7.000,00 €",
        "Endgültige Zuwendung: 7.000,00 €",
        "Minderung gegenüber der Bewilligung: 1.000,00 €",
    )


def test_a_negative_deficit_says_why_the_grant_is_zero() -> None:
    calculation = final_calculation(brief_plan(T.deficit), ActualFigures(D("1500.00"), D("1500.00"), D("500.00")))
    assert calculation.candidate == D("-500.00") and calculation.final == D("0.00")
    assert "Das Ergebnis ist negativ; die Zuwendung beträgt 0,00 €." in calculation.lines


def test_bad_figures_are_refused_in_german() -> None:
    with pytest.raises(ValidationError) as info:
        ActualFigures(D("100.00"), own_funds=D("-1.00"))
    assert info.value.message == "Eigenmittel (Ist) darf nicht negativ sein." and info.value.field == "own_funds"
    with pytest.raises(ValidationError, match="Unbekannte Finanzierungsart: lump_sum"):
        ApprovedPlan("lump_sum", D("1.00"), D("1.00"), D("1.00"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        ActualFigures(100.0)  # type: ignore[arg-type]


# --- properties ------------------------------------------------------------------------------------------------------

cents = st.integers(min_value=0, max_value=10**8).map(lambda c: D(c).scaleb(-2))
types = st.sampled_from(FinancingType)


@st.composite
def plans(draw: st.DrawFn) -> ApprovedPlan:
    """A balanced plan (total = own + third party + income + requested), approved in full or in part."""
    eligible, not_eligible = draw(cents), draw(cents)
    total = eligible + not_eligible
    third = draw(st.integers(0, int(total * 100)).map(lambda c: D(c).scaleb(-2)))
    income = draw(st.integers(0, int((total - third) * 100)).map(lambda c: D(c).scaleb(-2)))
    requested = draw(st.integers(0, int(min(eligible, total - third - income) * 100)).map(lambda c: D(c).scaleb(-2)))
    approved = draw(st.integers(0, int(requested * 100)).map(lambda c: D(c).scaleb(-2)))
    own = total - third - income - requested
    return ApprovedPlan(draw(types), approved, total, eligible, own, third, income)


def as_planned(plan: ApprovedPlan) -> ActualFigures:
    return ActualFigures(plan.eligible_costs, plan.binding_own, plan.third_party_funds, plan.other_income)


@given(plans())
def test_costs_and_funds_exactly_as_approved_give_exactly_the_approved_amount(plan: ApprovedPlan) -> None:
    assume(plan.known)
    assert final_calculation(plan, as_planned(plan)).final == plan.approved


@given(plans(), cents, cents, cents, cents, cents)
def test_final_is_on_the_cent_between_zero_and_the_approval(
        plan: ApprovedPlan, costs: Decimal, own: Decimal, third: Decimal, income: Decimal, threshold: Decimal) -> None:
    calculation = final_calculation(plan, ActualFigures(costs, own, third, income), threshold)
    assert D("0.00") <= calculation.final <= plan.approved
    assert calculation.final.as_tuple().exponent == -2
    assert f"Endgültige Zuwendung: {format_eur(calculation.final)}" in calculation.lines


@given(plans(), cents, cents, cents, cents, cents)
def test_more_costs_never_lower_and_more_funds_never_raise_the_grant(
        plan: ApprovedPlan, costs: Decimal, own: Decimal, third: Decimal, income: Decimal, extra: Decimal) -> None:
    base = final_calculation(plan, ActualFigures(costs, own, third, income)).final
    assert final_calculation(plan, ActualFigures(costs + extra, own, third, income)).final >= base
    assert final_calculation(plan, ActualFigures(costs, own + extra, third, income)).final <= base
    assert final_calculation(plan, ActualFigures(costs, own, third + extra, income)).final <= base
    assert final_calculation(plan, ActualFigures(costs, own, third, income + extra)).final <= base
