"""Interest under § 49a VwVfG: the court's worked example, hand-computed cases, properties."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kernel.errors import ValidationError
from app.kernel.interest import DEFAULT_BASE_RATES, DEFAULT_SURCHARGES, RatePeriod, RateTable, compute_interest
from app.kernel.money import round_cent

D = Decimal

# Base rates of the OVG Sachsen-Anhalt case 1 L 22/06 (2002/2003).
OVG_BASE_RATES = RateTable(
    [
        RatePeriod(date(2002, 7, 1), D("2.47")),
        RatePeriod(date(2003, 1, 1), D("1.97")),
        RatePeriod(date(2003, 7, 1), D("1.22")),
    ]
)
THREE_POINTS = RateTable([RatePeriod(date(2002, 1, 1), D("3"))], "Zinsaufschlag")
FIVE_POINTS = RateTable([RatePeriod(date(2000, 1, 1), D("5"))], "Zinsaufschlag")
ZERO_BASE = RateTable([RatePeriod(date(2000, 1, 1), D("0"))])


def table(*entries: tuple[date, str], name: str = "Basiszinssatz") -> RateTable:
    return RateTable([RatePeriod(day, D(rate)) for day, rate in entries], name)


# --- worked examples -------------------------------------------------------------


def test_court_example_gives_636_55() -> None:
    # 13.340,00 € from 20.12.2002 to 31.12.2003, base rate + 3 points:
    #   20.12.–31.12.2002:  12 days × 5,47 % → 13.340 × 5,47 × 12 / 36.500 =  23,9901…
    #   01.01.–30.06.2003: 181 days × 4,97 % → 13.340 × 4,97 × 181 / 36.500 = 328,7743…
    #   01.07.–31.12.2003: 184 days × 4,22 % → 13.340 × 4,22 × 184 / 36.500 = 283,7875…
    #   sum 636,5519… → 636,55 €
    result = compute_interest(
        D("13340.00"), date(2002, 12, 20), date(2003, 12, 31), OVG_BASE_RATES, THREE_POINTS
    )
    assert result.total == D("636.55")
    assert [p.days for p in result.parts] == [12, 181, 184]
    assert [p.rate for p in result.parts] == [D("5.47"), D("4.97"), D("4.22")]
    assert [p.base_rate for p in result.parts] == [D("2.47"), D("1.97"), D("1.22")]
    assert all(p.surcharge == D("3") for p in result.parts)
    assert [(p.start, p.end) for p in result.parts] == [
        (date(2002, 12, 20), date(2002, 12, 31)),
        (date(2003, 1, 1), date(2003, 6, 30)),
        (date(2003, 7, 1), date(2003, 12, 31)),
    ]


def test_court_example_explanation() -> None:
    result = compute_interest(
        D("13340.00"), date(2002, 12, 20), date(2003, 12, 31), OVG_BASE_RATES, THREE_POINTS
    )
    assert result.explain() == [
        "20.12.2002–31.12.2002: 12 Tage × 5,47 % auf 13.340,00 € = 23,99 €",
        "01.01.2003–30.06.2003: 181 Tage × 4,97 % auf 13.340,00 € = 328,77 €",
        "01.07.2003–31.12.2003: 184 Tage × 4,22 % auf 13.340,00 € = 283,79 €",
        "Zinsen insgesamt (Summe der ungerundeten Teilbeträge, auf den Cent gerundet): 636,55 €",
    ]


def test_total_is_rounded_once_not_per_part() -> None:
    # 1.000,00 € for 3 days at 3 %, then 3 days at 3,0001 % (a tiny change forces a split):
    #   1000 × 3 × 3 / 36.500 = 0,24657… and 1000 × 3,0001 × 3 / 36.500 = 0,24658…
    #   rounding each part would give 0,25 + 0,25 = 0,50 €; the sum 0,49315… rounds to 0,49 €
    base = table((date(2000, 1, 1), "3"), (date(2020, 1, 4), "3.0001"))
    zero = table((date(2000, 1, 1), "0"), name="Zinsaufschlag")
    result = compute_interest(D("1000.00"), date(2020, 1, 1), date(2020, 1, 6), base, zero)
    assert [p.days for p in result.parts] == [3, 3]
    assert [round_cent(p.raw) for p in result.parts] == [D("0.25"), D("0.25")]
    assert result.total == D("0.49")


def test_default_tables_for_2024() -> None:
    # 10.000,00 € for 2024 (a leap year, still /365):
    #   01.01.–30.06.2024: 182 days × (3,62 + 5) % → 10.000 × 8,62 × 182 / 36.500 = 429,8191…
    #   01.07.–31.12.2024: 184 days × (3,37 + 5) % → 10.000 × 8,37 × 184 / 36.500 = 421,9397…
    #   sum 851,7588… → 851,76 €
    result = compute_interest(
        D("10000.00"), date(2024, 1, 1), date(2024, 12, 31), DEFAULT_BASE_RATES, DEFAULT_SURCHARGES
    )
    assert [p.days for p in result.parts] == [182, 184]
    assert result.total == D("851.76")


def test_negative_base_rate_reduces_the_rate() -> None:
    # 01.07.–31.12.2016: 184 days × (−0,88 + 5) % = 4,12 % → 10.000 × 4,12 × 184 / 36.500
    # = 207,6931… → 207,69 €
    result = compute_interest(
        D("10000.00"), date(2016, 7, 1), date(2016, 12, 31), DEFAULT_BASE_RATES, DEFAULT_SURCHARGES
    )
    assert result.parts[0].rate == D("4.12")
    assert result.total == D("207.69")


def test_unchanged_rate_entry_does_not_split_the_period() -> None:
    # 1.7.2025 and 1.1.2026 both 1,27 %: one part of 274 days × 6,27 %
    # → 10.000 × 6,27 × 274 / 36.500 = 470,6794… → 470,68 €
    result = compute_interest(
        D("10000.00"), date(2025, 7, 1), date(2026, 3, 31), DEFAULT_BASE_RATES, DEFAULT_SURCHARGES
    )
    assert len(result.parts) == 1
    assert result.parts[0].days == 274
    assert result.total == D("470.68")


def test_surcharge_change_splits_the_period() -> None:
    # base 0 %; surcharge 3 points until 31.12.2012, 5 points from 1.1.2013.
    # 36.500,00 € × 3 % × 31 / 365 = 93,00 €; × 5 % × 31 / 365 = 155,00 € → 248,00 €
    result = compute_interest(
        D("36500.00"), date(2012, 12, 1), date(2013, 1, 31), ZERO_BASE, DEFAULT_SURCHARGES
    )
    assert [(p.surcharge, p.days) for p in result.parts] == [(D("3"), 31), (D("5"), 31)]
    assert result.total == D("248.00")


def test_whole_year_at_five_percent_leap_and_common_year() -> None:
    # 1.000,00 € × 5 % × 365 / 365 = 50,00 €; in 2024 366 days → 50,1369… → 50,14 €
    assert compute_interest(
        D("1000.00"), date(2023, 1, 1), date(2023, 12, 31), ZERO_BASE, FIVE_POINTS
    ).total == D("50.00")
    assert compute_interest(
        D("1000.00"), date(2024, 1, 1), date(2024, 12, 31), ZERO_BASE, FIVE_POINTS
    ).total == D("50.14")


def test_single_day_counts_as_one_day() -> None:
    # 36.500,00 € × 5 % × 1 / 365 = 5,00 €
    result = compute_interest(D("36500.00"), date(2023, 3, 1), date(2023, 3, 1), ZERO_BASE, FIVE_POINTS)
    assert result.parts[0].days == 1
    assert result.total == D("5.00")
    assert result.explain()[0] == "01.03.2023–01.03.2023: 1 Tag × 5 % auf 36.500,00 € = 5,00 €"


def test_rate_below_zero_earns_no_interest() -> None:
    base = table((date(2000, 1, 1), "-6"))
    result = compute_interest(D("10000.00"), date(2020, 1, 1), date(2020, 12, 31), base, FIVE_POINTS)
    assert result.parts[0].rate == D("0")
    assert result.total == D("0.00")


def test_zero_amount_earns_nothing() -> None:
    result = compute_interest(
        D("0.00"), date(2024, 1, 1), date(2024, 12, 31), DEFAULT_BASE_RATES, DEFAULT_SURCHARGES
    )
    assert result.total == D("0.00")


# --- tables and validation -----------------------------------------------------------


def test_rate_on_and_change_dates() -> None:
    assert DEFAULT_BASE_RATES.rate_on(date(2016, 6, 30)) == D("-0.83")
    assert DEFAULT_BASE_RATES.rate_on(date(2016, 7, 1)) == D("-0.88")
    assert DEFAULT_BASE_RATES.rate_on(date(2022, 12, 31)) == D("-0.88")
    assert DEFAULT_BASE_RATES.rate_on(date(2030, 1, 1)) == D("1.27")
    assert DEFAULT_SURCHARGES.rate_on(date(2012, 12, 31)) == D("3")
    assert DEFAULT_SURCHARGES.rate_on(date(2013, 1, 1)) == D("5")
    # the start day itself is no split point; the end day is
    assert DEFAULT_BASE_RATES.change_dates_between(date(2023, 1, 1), date(2024, 1, 1)) == [
        date(2023, 7, 1),
        date(2024, 1, 1),
    ]
    # 1.1.2026 repeats 1,27 % and is no change
    assert DEFAULT_BASE_RATES.change_dates_between(date(2025, 1, 1), date(2026, 12, 31)) == [date(2025, 7, 1)]


def test_table_is_sorted_whatever_the_input_order() -> None:
    shuffled = table((date(2003, 7, 1), "1.22"), (date(2002, 7, 1), "2.47"), (date(2003, 1, 1), "1.97"))
    assert shuffled.periods == OVG_BASE_RATES.periods


def test_day_before_first_entry_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        DEFAULT_BASE_RATES.rate_on(date(2001, 1, 1))
    assert info.value.message == "Für den 01.01.2001 ist kein Basiszinssatz hinterlegt."
    with pytest.raises(ValidationError, match=r"Für den 31\.12\.2001 ist kein Zinsaufschlag hinterlegt\."):
        compute_interest(D("1.00"), date(2001, 12, 31), date(2002, 1, 1), ZERO_BASE, DEFAULT_SURCHARGES)


def test_duplicate_and_empty_tables_are_refused() -> None:
    with pytest.raises(ValidationError, match=r"01\.07\.2016 ist doppelt eingetragen"):
        table((date(2016, 7, 1), "-0.88"), (date(2016, 7, 1), "-0.83"))
    with pytest.raises(ValidationError, match="keinen Eintrag"):
        RateTable([])


def test_rate_period_refuses_float() -> None:
    with pytest.raises(ValidationError, match="keine gültige Zahl"):
        RatePeriod(date(2020, 1, 1), -0.88)  # type: ignore[arg-type]


def test_negative_amount_and_reversed_period_are_refused() -> None:
    with pytest.raises(ValidationError, match="Der zu verzinsende Betrag darf nicht negativ sein"):
        compute_interest(
            D("-1.00"), date(2024, 1, 1), date(2024, 1, 2), DEFAULT_BASE_RATES, DEFAULT_SURCHARGES
        )
    with pytest.raises(ValidationError) as info:
        compute_interest(
            D("1.00"), date(2024, 1, 2), date(2024, 1, 1), DEFAULT_BASE_RATES, DEFAULT_SURCHARGES
        )
    assert info.value.message == "Das Ende des Zinszeitraums (01.01.2024) liegt vor dem Beginn (02.01.2024)."


def test_float_amount_is_refused() -> None:
    with pytest.raises(ValidationError):
        compute_interest(100.0, date(2024, 1, 1), date(2024, 1, 2), DEFAULT_BASE_RATES, DEFAULT_SURCHARGES)  # type: ignore[arg-type]


# --- properties ----------------------------------------------------------------------

FIRST_DAY = date(2000, 1, 1)
amounts = st.decimals(
    min_value=D("0.00"), max_value=D("10000000.00"), places=2, allow_nan=False, allow_infinity=False
)
days = st.dates(min_value=date(2000, 1, 2), max_value=date(2030, 12, 31))
periods = st.tuples(days, days).map(sorted)


def rate_tables(low: str, high: str) -> st.SearchStrategy[RateTable]:
    rates = st.decimals(min_value=D(low), max_value=D(high), places=2, allow_nan=False, allow_infinity=False)
    later = st.lists(st.tuples(days, rates), max_size=15, unique_by=lambda entry: entry[0])
    return st.tuples(rates, later).map(
        lambda first_rest: RateTable(
            [RatePeriod(FIRST_DAY, first_rest[0])] + [RatePeriod(day, rate) for day, rate in first_rest[1]]
        )
    )


base_tables = rate_tables("-8", "10")
surcharge_tables = rate_tables("0", "6")


@settings(deadline=None)
@given(amounts, periods, base_tables, surcharge_tables)
def test_interest_is_never_negative_and_total_is_the_rounded_sum(
    amount: Decimal, period: list[date], base: RateTable, surcharge: RateTable
) -> None:
    start, end = period
    result = compute_interest(amount, start, end, base, surcharge)
    assert result.total >= 0
    assert all(part.raw >= 0 and part.rate >= 0 for part in result.parts)
    assert result.total == round_cent(sum((part.raw for part in result.parts), D(0)))


@settings(deadline=None)
@given(amounts, periods, base_tables, surcharge_tables)
def test_parts_cover_the_period_without_gaps(
    amount: Decimal, period: list[date], base: RateTable, surcharge: RateTable
) -> None:
    start, end = period
    parts = compute_interest(amount, start, end, base, surcharge).parts
    assert parts[0].start == start
    assert parts[-1].end == end
    for earlier, later in pairwise(parts):
        assert later.start == earlier.end + timedelta(days=1)
        # a split only where the base rate or the surcharge really changes
        assert (later.base_rate, later.surcharge) != (earlier.base_rate, earlier.surcharge)
    assert sum(part.days for part in parts) == (end - start).days + 1
    for part in parts:
        assert part.base_rate == base.rate_on(part.end)
        assert part.surcharge == surcharge.rate_on(part.end)


@settings(deadline=None)
@given(amounts, periods, st.integers(min_value=0, max_value=20000), base_tables, surcharge_tables)
def test_splitting_the_period_changes_the_total_by_at_most_a_cent(
    amount: Decimal, period: list[date], offset: int, base: RateTable, surcharge: RateTable
) -> None:
    start, end = period
    if start == end:
        end = start + timedelta(days=1)
    middle = start + timedelta(days=offset % (end - start).days)  # start <= middle < end
    whole = compute_interest(amount, start, end, base, surcharge).total
    first = compute_interest(amount, start, middle, base, surcharge).total
    second = compute_interest(amount, middle + timedelta(days=1), end, base, surcharge).total
    assert abs(first + second - whole) <= D("0.01")


@settings(deadline=None)
@given(amounts, amounts, periods, base_tables, surcharge_tables)
def test_interest_is_additive_in_the_amount_within_a_cent(
    a: Decimal, b: Decimal, period: list[date], base: RateTable, surcharge: RateTable
) -> None:
    start, end = period
    together = compute_interest(a + b, start, end, base, surcharge).total
    apart = (
        compute_interest(a, start, end, base, surcharge).total
        + compute_interest(b, start, end, base, surcharge).total
    )
    assert abs(together - apart) <= D("0.01")


@settings(deadline=None)
@given(
    amounts,
    periods,
    st.decimals(min_value=D("0"), max_value=D("15"), places=2, allow_nan=False, allow_infinity=False),
)
def test_constant_rate_matches_the_closed_formula(amount: Decimal, period: list[date], rate: Decimal) -> None:
    start, end = period
    flat = table((FIRST_DAY, str(rate)))
    zero = table((FIRST_DAY, "0"), name="Zinsaufschlag")
    days_counted = (end - start).days + 1
    expected = round_cent(amount * rate * days_counted / 36500)
    assert compute_interest(amount, start, end, flat, zero).total == expected
