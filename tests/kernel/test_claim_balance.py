"""What is owed on a clawback on a day: § 49a interest until the day of each payment, partial payments reducing
the principal from the day after, the order of settlement (§ 367 Abs. 1 BGB by default), hand-computed.

The examples take the court's worked example (OVG Sachsen-Anhalt, 1 L 22/06, `test_interest.py`): 13.340,00 €
from 20.12.2002, base rate + 3 points, base rates 2,47 % (to 31.12.2002), 1,97 % (1.1.–30.6.2003), 1,22 % (from
1.7.2003); interest = amount × rate × days / 365, first and last day counted, unrounded parts added and rounded
to the cent once.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kernel.claim_balance import ClaimTerms, PaidPart, balance_on, split_payment
from app.kernel.errors import ValidationError
from app.kernel.interest import DEFAULT_BASE_RATES, DEFAULT_SURCHARGES, compute_interest
from app.kernel.settlement import COSTS, INTEREST, PRINCIPAL, allocate, order_text, parse_order
from tests.kernel.test_interest import OVG_BASE_RATES, THREE_POINTS

D = Decimal
RATES = (OVG_BASE_RATES, THREE_POINTS)
CLAIM = ClaimTerms(D("13340.00"), date(2002, 12, 20))
PRINCIPAL_FIRST = (PRINCIPAL, INTEREST, COSTS)


def paid(day: date, amount: str, terms: ClaimTerms = CLAIM, before: tuple[PaidPart, ...] = (),
         order: tuple[str, ...] = (COSTS, INTEREST, PRINCIPAL)) -> PaidPart:
    """A payment booked the way the service books it: split by `order` on what is owed that day."""
    owed = balance_on(terms, before, day, RATES, order)
    split = split_payment(D(amount), owed, order)
    return PaidPart(day, D(amount), split[INTEREST], split[COSTS])


def test_paid_in_full_on_the_court_example_day_leaves_nothing_open() -> None:
    # principal 13.340,00 + interest 636,55 (the court's figure: 23,9901 + 328,7744 + 283,7875 = 636,5519…)
    owed = balance_on(CLAIM, (), date(2003, 12, 31), RATES)
    assert (owed.principal, owed.interest, owed.total) == (D("13340.00"), D("636.55"), D("13976.55"))
    payment = paid(date(2003, 12, 31), "13976.55")
    assert (payment.interest_part, payment.amount - payment.interest_part) == (D("636.55"), D("13340.00"))
    after = balance_on(CLAIM, (payment,), date(2003, 12, 31), RATES)
    assert (after.total, after.settled, after.overpaid) == (D("0.00"), True, D("0.00"))
    # nothing runs on after the claim is settled
    assert balance_on(CLAIM, (payment,), date(2004, 6, 30), RATES).total == D("0.00")


def test_a_partial_payment_reduces_the_principal_from_the_next_day() -> None:
    # 5.000,00 € paid on 30.06.2003. Interest up to and including that day on 13.340,00 €:
    #   20.12.–31.12.2002:  12 days × 5,47 % = 13.340 × 5,47 × 12 / 36.500  =  23,9901…
    #   01.01.–30.06.2003: 181 days × 4,97 % = 13.340 × 4,97 × 181 / 36.500 = 328,7744…
    #   together 352,7645… → 352,76 €. § 367 BGB: interest first (352,76), the rest 4.647,24 to the principal,
    #   which is 13.340,00 − 4.647,24 = 8.692,76 from 01.07.2003.
    first = paid(date(2003, 6, 30), "5000.00")
    assert first.interest_part == D("352.76")
    # 01.07.–31.12.2003: 184 days × 4,22 % on 8.692,76 = 8.692,76 × 4,22 × 184 / 36.500 = 184,9248…
    # interest accrued to 31.12.2003: 352,7645… + 184,9248… = 537,6893… → 537,69; paid 352,76 → open 184,93
    owed = balance_on(CLAIM, (first,), date(2003, 12, 31), RATES)
    assert (owed.principal, owed.interest, owed.interest_accrued, owed.total) == (
        D("8692.76"), D("184.93"), D("537.69"), D("8877.69"))
    last = paid(date(2003, 12, 31), "8877.69", before=(first,))
    assert balance_on(CLAIM, (first, last), date(2003, 12, 31), RATES).total == D("0.00")
    # the partial payment saves interest against paying everything at the end: 636,55 − 537,69 = 98,86 €
    assert D("636.55") - owed.interest_accrued == D("98.86")


def test_a_payment_smaller_than_the_interest_leaves_the_principal_untouched() -> None:
    # on 31.12.2002 the interest is 12 days × 5,47 % on 13.340,00 = 23,9901… → 23,99; 10,00 € all go to interest
    first = paid(date(2002, 12, 31), "10.00")
    assert first.interest_part == D("10.00")
    owed = balance_on(CLAIM, (first,), date(2002, 12, 31), RATES)
    assert (owed.principal, owed.interest) == (D("13340.00"), D("13.99"))


def test_principal_first_if_the_office_orders_so() -> None:
    # order "Hauptforderung, Zinsen, Kosten": 5.000,00 € on 30.06.2003 all go to the principal → 8.340,00 €;
    # the 352,76 € interest to that day stay open and bear no interest themselves (§ 289 BGB).
    first = paid(date(2003, 6, 30), "5000.00", order=PRINCIPAL_FIRST)
    assert first.interest_part == D("0.00")
    # 01.07.–31.12.2003: 8.340,00 × 4,22 × 184 / 36.500 = 177,4204…; accrued 352,7645… + 177,4204… = 530,1849…
    # → 530,18 €, none paid; open 8.340,00 + 530,18 = 8.870,18
    owed = balance_on(CLAIM, (first,), date(2003, 12, 31), RATES, PRINCIPAL_FIRST)
    assert (owed.principal, owed.interest, owed.total) == (D("8340.00"), D("530.18"), D("8870.18"))


def test_the_explanation_shows_each_stretch_and_payment() -> None:
    first = paid(date(2003, 6, 30), "5000.00")
    lines = balance_on(CLAIM, (first,), date(2003, 12, 31), RATES).explain()
    assert lines == [
        "20.12.2002–31.12.2002: 12 Tage × 5,47 % auf 13.340,00 € = 23,99 €",
        "01.01.2003–30.06.2003: 181 Tage × 4,97 % auf 13.340,00 € = 328,77 €",
        "30.06.2003: Zahlung 5.000,00 €; offen waren Zinsen 352,76 €, Hauptforderung 13.340,00 €; getilgt: "
        "Zinsen 352,76 €, Hauptforderung 4.647,24 €",
        "01.07.2003–31.12.2003: 184 Tage × 4,22 % auf 8.692,76 € = 184,92 €",
        "Stand am 31.12.2003: Hauptforderung 8.692,76 €, Zinsen 184,93 € (bis zu diesem Tag insgesamt 537,69 €, "
        "Summe der ungerundeten Teilbeträge auf den Cent gerundet), offen insgesamt 8.877,69 €",
    ]


def test_fixed_abs4_interest_is_owed_at_once_and_waived_interest_not_at_all() -> None:
    with_abs4 = ClaimTerms(D("800.00"), date(2003, 1, 1), fixed_interest=D("48.27"))
    # 01.01.–31.01.2003: 31 days × 4,97 % on 800,00 = 800 × 4,97 × 31 / 36.500 = 3,3768… → 3,38; plus 48,27
    owed = balance_on(with_abs4, (), date(2003, 1, 31), RATES)
    assert (owed.interest, owed.total) == (D("51.65"), D("851.65"))
    waived = ClaimTerms(D("800.00"), date(2003, 1, 1), waived=True)
    owed = balance_on(waived, (), date(2003, 12, 31), RATES)
    assert (owed.interest, owed.total) == (D("0.00"), D("800.00"))
    assert owed.explain()[0] == "Zinsen nach § 49a Abs. 3 VwVfG werden nicht erhoben."


def test_a_booking_under_an_earlier_calculation_is_shown_as_overpaid() -> None:
    # booked before the correction: 13.976,55 € on 30.06.2003 with the interest to 31.12.2003 (636,55 €);
    # owed that day were 352,76 € interest: the 283,79 € more go on to the principal and exceed the claim
    old = PaidPart(date(2003, 6, 30), D("13976.55"), D("636.55"))
    owed = balance_on(CLAIM, (old,), date(2003, 6, 30), RATES)
    assert (owed.total, owed.overpaid) == (D("0.00"), D("283.79"))
    assert owed.explain()[-1] == "Überzahlt: 283,79 € (zu erstatten)"


def test_a_payment_after_the_day_asked_for_is_not_counted() -> None:
    first = paid(date(2003, 6, 30), "5000.00")
    assert balance_on(CLAIM, (first,), date(2003, 6, 29), RATES).principal == D("13340.00")


@settings(max_examples=60, deadline=None)
@given(principal=st.integers(min_value=1, max_value=5_000_000), start=st.integers(min_value=0, max_value=900),
       length=st.integers(min_value=0, max_value=900))
def test_without_payments_the_claim_owes_the_interest_of_the_whole_period(principal: int, start: int,
                                                                           length: int) -> None:
    begin = date(2023, 1, 1).fromordinal(date(2023, 1, 1).toordinal() + start)
    end = begin.fromordinal(begin.toordinal() + length)
    amount = D(principal) / 100
    terms = ClaimTerms(amount, begin)
    owed = balance_on(terms, (), end, (DEFAULT_BASE_RATES, DEFAULT_SURCHARGES))
    whole = compute_interest(amount, begin, end, DEFAULT_BASE_RATES, DEFAULT_SURCHARGES).total
    assert owed.interest == whole
    # paying exactly that on the day settles it
    split = split_payment(owed.total, owed)
    settled = balance_on(terms, (PaidPart(end, owed.total, split[INTEREST]),), end,
                         (DEFAULT_BASE_RATES, DEFAULT_SURCHARGES))
    assert settled.total == D("0.00") and settled.overpaid == D("0.00")


# --- the order of settlement ------------------------------------------------------------


def test_allocate_follows_the_order() -> None:
    owed = {COSTS: D("5.00"), INTEREST: D("20.00"), PRINCIPAL: D("100.00")}
    assert allocate(D("30.00"), owed, (COSTS, INTEREST, PRINCIPAL)) == {
        COSTS: D("5.00"), INTEREST: D("20.00"), PRINCIPAL: D("5.00")}
    assert allocate(D("30.00"), owed, PRINCIPAL_FIRST) == {
        PRINCIPAL: D("30.00"), INTEREST: D("0.00"), COSTS: D("0.00")}


@pytest.mark.parametrize("text", ["Hauptforderung, Zinsen, Kosten", "hauptleistung > zinsen > kosten",
                                  "principal; interest; costs", ["Hauptforderung", "Zinsen", "Kosten"]])
def test_the_order_is_entered_by_name(text: object) -> None:
    assert parse_order(text) == [PRINCIPAL, INTEREST, COSTS]
    assert order_text(parse_order(text)) == "Hauptforderung, Zinsen, Kosten"


@pytest.mark.parametrize("text", ["Zinsen, Hauptforderung", "Zinsen, Zinsen, Kosten", "Kosten, Zinsen, Gebühren",
                                  "", 3])
def test_an_incomplete_order_is_refused(text: object) -> None:
    with pytest.raises(ValidationError) as info:
        parse_order(text)
    assert info.value.message == ("Bitte die Reihenfolge der Tilgung mit allen drei Teilen je einmal angeben, "
                                  "z. B. „Kosten, Zinsen, Hauptforderung“.")
