"""Money parsing, rounding and German formatting: exact cases plus round-trip properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.kernel.errors import ValidationError
from app.kernel.money import (
    CENT,
    MAX_AMOUNT,
    MoneyTypeError,
    format_eur,
    format_percent,
    parse_percent,
    parse_rate,
    require_non_negative,
    require_positive,
    round_cent,
    to_money,
)

amounts = st.decimals(
    min_value=Decimal("-9999999999.99"),
    max_value=MAX_AMOUNT,
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.5", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1.234,50 €", "1234.50"),
        ("1.234,50\u00a0€", "1234.50"),  # as Babel prints it
        ("1234,5", "1234.50"),
        ("  12.345.678,9 EUR ", "12345678.90"),
        ("1.234.567", "1234567.00"),  # several groups: clearly thousands
        ("0", "0.00"),
        ("-1.234,50 €", "-1234.50"),
        ("\u22125,00", "-5.00"),  # typographic minus sign
        ("+7", "7.00"),
    ],
)
def test_to_money_parses_german_and_plain_text(text: str, expected: str) -> None:
    result = to_money(text)
    assert result == Decimal(expected)
    assert result.as_tuple().exponent == -2


def test_to_money_accepts_decimal_and_int() -> None:
    assert str(to_money(Decimal("12.3"))) == "12.30"
    assert str(to_money(Decimal("1.200"))) == "1.20"  # trailing zeros are not extra places
    assert str(to_money(42)) == "42.00"


def test_to_money_allows_negative_amounts() -> None:
    assert to_money("-0,01") == Decimal("-0.01")


def test_to_money_rejects_float() -> None:
    with pytest.raises(MoneyTypeError) as info:
        to_money(0.1)  # type: ignore[arg-type]
    assert isinstance(info.value, ValidationError)
    assert isinstance(info.value, TypeError)
    assert "Gleitkommazahlen" in info.value.message


@pytest.mark.parametrize("value", [True, None, [1]])
def test_to_money_rejects_other_types(value: object) -> None:
    with pytest.raises(MoneyTypeError):
        to_money(value)  # type: ignore[arg-type]


def test_to_money_rejects_three_decimal_places_with_german_message() -> None:
    with pytest.raises(ValidationError) as info:
        to_money("1,234")
    assert info.value.message == "Betrag hat mehr als zwei Nachkommastellen: 1,234"


def test_to_money_rejects_three_places_in_a_decimal() -> None:
    with pytest.raises(ValidationError, match="mehr als zwei Nachkommastellen: 0,005"):
        to_money(Decimal("0.005"))


def test_to_money_refuses_to_guess_a_single_thousands_group() -> None:
    # "1.234" is 1234 to a German reader but 1.234 to code: neither is assumed.
    with pytest.raises(ValidationError, match="mehrdeutig"):
        to_money("1.234")


@pytest.mark.parametrize("text", ["abc", "", "   ", "1.23.4", "12 34", "1,2,3", "€", "1e5", "80 %"])
def test_to_money_rejects_garbage(text: str) -> None:
    with pytest.raises(ValidationError, match="Keine gültige Zahl"):
        to_money(text)


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_to_money_rejects_nan_and_infinity(value: Decimal) -> None:
    with pytest.raises(ValidationError, match="Kein gültiger Betrag"):
        to_money(value)


@pytest.mark.parametrize("value", ["10000000000", Decimal("-1E+10"), Decimal("1E+40"), 10**12])
def test_to_money_rejects_amounts_beyond_numeric_12_2(value: Decimal | str | int) -> None:
    with pytest.raises(ValidationError, match=r"Betrag ist zu groß: höchstens 9\.999\.999\.999,99 €"):
        to_money(value)


def test_to_money_accepts_the_largest_amount() -> None:
    assert to_money("9.999.999.999,99") == MAX_AMOUNT


def test_to_money_passes_the_field_name_on() -> None:
    with pytest.raises(ValidationError) as info:
        to_money("abc", "approved")
    assert info.value.field == "approved"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),
        ("0.025", "0.03"),  # half up, not banker's rounding (which gives 0.02)
        ("0.0049", "0.00"),
        ("-0.005", "-0.01"),  # half away from zero
        ("8.6749999", "8.67"),
    ],
)
def test_round_cent_rounds_half_up(value: str, expected: str) -> None:
    assert str(round_cent(Decimal(value))) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("80", Decimal("0.80")),
        ("80 %", Decimal("0.80")),
        ("80,5", Decimal("0.805")),
        ("80.5%", Decimal("0.805")),
        ("100", Decimal(1)),
        ("0", Decimal(0)),
        (Decimal("66.67"), Decimal("0.6667")),
        (75, Decimal("0.75")),
    ],
)
def test_parse_rate_gives_a_fraction(value: str | Decimal | int, expected: Decimal) -> None:
    assert parse_rate(value) == expected


@pytest.mark.parametrize("value", ["100,01", "-1", "101 %"])
def test_parse_rate_rejects_rates_outside_0_to_100(value: str) -> None:
    with pytest.raises(ValidationError, match="zwischen 0 % und 100 %"):
        parse_rate(value)


def test_parse_rate_rejects_float_and_garbage() -> None:
    with pytest.raises(MoneyTypeError):
        parse_rate(0.8)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        parse_rate("achtzig")


def test_parse_percent_keeps_negative_base_rates() -> None:
    assert parse_percent("-0,88 %") == Decimal("-0.88")
    assert parse_percent("1,27") == Decimal("1.27")
    with pytest.raises(ValidationError, match="vier Nachkommastellen"):
        parse_percent("1,23456")
    with pytest.raises(ValidationError, match="außerhalb"):
        parse_percent("5000")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12345.67", "12.345,67 €"),
        ("-1234.5", "-1.234,50 €"),
        ("0", "0,00 €"),
        ("0.005", "0,01 €"),  # half up (Babel alone would round half even to 0,00 €)
        ("-0.001", "0,00 €"),  # never "-0,00 €"
        ("9999999999.99", "9.999.999.999,99 €"),
    ],
)
def test_format_eur(value: str, expected: str) -> None:
    text = format_eur(Decimal(value))
    assert text == expected
    assert "\u00a0" not in text


@pytest.mark.parametrize(
    ("fraction", "expected"),
    [
        ("0.80", "80 %"),
        ("0.8", "80 %"),
        ("0.805", "80,5 %"),
        ("1", "100 %"),
        ("0.0547", "5,47 %"),
        ("-0.0088", "-0,88 %"),
    ],
)
def test_format_percent(fraction: str, expected: str) -> None:
    assert format_percent(Decimal(fraction)) == expected


def test_require_positive() -> None:
    assert require_positive(Decimal("0.01"), "Zuwendung") == Decimal("0.01")
    with pytest.raises(ValidationError) as info:
        require_positive(Decimal("0.00"), "Zuwendung", "grant")
    assert info.value.message == "Zuwendung muss größer als 0,00 € sein."
    assert info.value.field == "grant"


def test_require_non_negative() -> None:
    assert require_non_negative(Decimal("0.00"), "Eigenmittel") == Decimal("0.00")
    with pytest.raises(ValidationError) as info:
        require_non_negative(Decimal("-0.01"), "Eigenmittel")
    assert info.value.message == "Eigenmittel darf nicht negativ sein."


@given(amounts | st.decimals(min_value=Decimal("-1000"), max_value=Decimal("1000"), places=4, allow_nan=False,
                             allow_infinity=False))
def test_format_eur_prints_what_babels_german_currency_format_prints(amount: Decimal) -> None:
    from babel.numbers import format_currency

    rounded = round_cent(amount)
    expected = format_currency(rounded if rounded else Decimal("0.00"), "EUR", locale="de_DE")
    assert format_eur(amount) == expected.replace("\u00a0", " ")


@given(amounts)
def test_formatted_amount_parses_back_to_the_same_value(amount: Decimal) -> None:
    assert to_money(format_eur(amount)) == amount


@given(amounts)
def test_plain_text_parses_back_to_the_same_value(amount: Decimal) -> None:
    assert to_money(f"{amount:f}") == amount


@given(st.decimals(min_value=-(10**6), max_value=10**6, places=6, allow_nan=False, allow_infinity=False))
def test_round_cent_is_on_the_cent_and_at_most_half_a_cent_away(value: Decimal) -> None:
    rounded = round_cent(value)
    assert rounded == rounded.quantize(CENT)
    assert abs(rounded - value) <= Decimal("0.005")
