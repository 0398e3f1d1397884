"""Money and percentages as exact Decimals, parsed and printed the German way.

Grants, clawbacks and interest end up in legally binding letters, so every
amount must be exact to the cent: binary floats are refused everywhere, input
is accepted in the forms caseworkers type ("1.234,50 €", "1234,5") and in the
plain forms code uses ("1234.50"), and output follows German conventions
("12.345,67 €", "80 %"). Amounts are limited to what the database column
Numeric(12, 2) can hold.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

from app.kernel.errors import ValidationError
from app.kernel.i18n import _

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

# An amount as the user interfaces hand it over: typed text ("1.234,50") or an already exact value.
MoneyInput = Decimal | int | str
MAX_AMOUNT = Decimal("9999999999.99")
"""Largest amount that fits Numeric(12, 2) (absolute value below 10**10)."""

_PERCENT_STEP = Decimal("0.0001")
_MAX_PERCENT = Decimal(1000)
# ASCII digits only: re's \d would also take Arabic-Indic "١٢٣" or full-width "１２３", which Decimal reads as
# numbers; an amount a caseworker cannot read back is refused rather than guessed.
_GROUPED = r"\d{1,3}(?:\.\d{3})+"
_GERMAN = re.compile(rf"(?P<int>{_GROUPED}|\d+),(?P<frac>\d+)", re.ASCII)
_GROUPED_ONLY = re.compile(rf"{_GROUPED}", re.ASCII)
_AMBIGUOUS = re.compile(r"\d{1,3}\.\d{3}", re.ASCII)
_PLAIN = re.compile(r"\d+(?:\.\d+)?", re.ASCII)
_SPACES = "\u00a0\u202f\u2009"


class MoneyTypeError(ValidationError, TypeError):
    """A value of a type that cannot be an exact amount (float, bool, None …)."""


def _german_number(value: Decimal) -> str:
    """Show a Decimal as typed, only with a decimal comma (for error messages)."""
    return format(value, "f").replace(".", ",")


def _check_type(value: object, field: str | None) -> None:
    if isinstance(value, float):
        raise MoneyTypeError(
            _(
                "Gleitkommazahlen sind für Beträge nicht zulässig "
                "(bitte Decimal oder Text verwenden): {value}"
            ).format(value=value),
            field,
        )
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        raise MoneyTypeError(_("Kein gültiger Betrag: {value!r}").format(value=value), field)


def _clean_text(text: str, units: tuple[str, ...]) -> str:
    """Strip blanks and a trailing unit ("€", "%"); unify the minus sign."""
    for space in _SPACES:
        text = text.replace(space, " ")
    text = text.strip()
    for unit in units:
        if text.endswith(unit):
            text = text[: -len(unit)].rstrip()
            break
    return text.replace("\u2212", "-")


def _parse_number(raw: str, units: tuple[str, ...], field: str | None) -> Decimal:
    """Parse German ("1.234,5") or plain ("1234.5") notation, sign allowed."""
    text = _clean_text(raw, units)
    sign = ""
    if text[:1] in ("-", "+"):
        sign, text = text[0], text[1:].lstrip()
    if match := _GERMAN.fullmatch(text):
        digits = match["int"].replace(".", "") + "." + match["frac"]
    elif _AMBIGUOUS.fullmatch(text):
        raise ValidationError(
            _(
                "Die Angabe „{text}“ ist mehrdeutig: bitte mit Komma als "
                "Dezimaltrennzeichen schreiben, z. B. {text},00."
            ).format(text=raw.strip()),
            field,
        )
    elif _GROUPED_ONLY.fullmatch(text):
        digits = text.replace(".", "")
    elif _PLAIN.fullmatch(text):
        digits = text
    else:
        raise ValidationError(_("Keine gültige Zahl: „{text}“").format(text=raw.strip()), field)
    return Decimal(sign + digits)


def _to_decimal(value: Decimal | int | str, units: tuple[str, ...], field: str | None) -> Decimal:
    """Turn an accepted input type into a finite Decimal (not yet range-checked)."""
    _check_type(value, field)
    if isinstance(value, str):
        return _parse_number(value, units, field)
    number = Decimal(value)
    if not number.is_finite():
        raise ValidationError(_("Kein gültiger Betrag: {value}").format(value=value), field)
    return number


def to_money(value: Decimal | int | str, field: str | None = None) -> Decimal:
    """Return `value` as an exact amount with two decimal places.

    Accepts Decimal, int and text in German or plain notation, with an
    optional "€"; negative amounts are allowed (see `require_positive`).
    Raises ValidationError for floats, NaN/infinity, garbage, more than two
    decimal places and amounts that do not fit Numeric(12, 2).
    """
    number = _to_decimal(value, ("€", "EUR"), field)
    if abs(number) > MAX_AMOUNT:
        raise ValidationError(
            _("Betrag ist zu groß: höchstens {maximum} sind möglich.").format(maximum=format_eur(MAX_AMOUNT)),
            field,
        )
    if number != number.quantize(CENT):
        raise ValidationError(
            _("Betrag hat mehr als zwei Nachkommastellen: {value}").format(value=_german_number(number)),
            field,
        )
    return number.quantize(CENT)


def round_cent(value: Decimal) -> Decimal:
    """Round to the cent, half up (kaufmännisch), as German offices do."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_percent(value: Decimal | int | str, field: str | None = None) -> Decimal:
    """Return a percent figure as a Decimal ("-0,88 %" → Decimal("-0.88")).

    Used for rates stored in percent, e.g. the base rate table; at most four
    decimal places.
    """
    number = _to_decimal(value, ("%",), field)
    if abs(number) > _MAX_PERCENT:
        raise ValidationError(
            _("Prozentsatz außerhalb des zulässigen Bereichs: {value}").format(value=_german_number(number)),
            field,
        )
    if number != number.quantize(_PERCENT_STEP):
        raise ValidationError(
            _("Prozentsatz hat mehr als vier Nachkommastellen: {value}").format(value=_german_number(number)),
            field,
        )
    return number


def parse_rate(value: Decimal | int | str, field: str | None = None) -> Decimal:
    """Return a funding rate given in percent as a fraction ("80 %" → 0.80).

    The input is always a percent figure, also when it is a Decimal
    (Decimal("80") → Decimal("0.80")); it must lie between 0 and 100 %.
    """
    percent = parse_percent(value, field)
    if percent < 0 or percent > 100:
        raise ValidationError(_("Der Fördersatz muss zwischen 0 % und 100 % liegen."), field)
    return percent.scaleb(-2)


_GERMAN_SEPARATORS = str.maketrans(",.", ".,")


def format_eur(value: Decimal) -> str:
    """Format as "12.345,67 €" (rounded half up; plain space before €).

    The same text as Babel's German currency format (a test compares them), without its per-call locale work:
    a batch of letters prints about ten amounts per letter (issue 26).
    """
    amount = round_cent(value)
    if amount == 0:
        return "0,00 €"  # never "-0,00 €"
    digits = f"{abs(amount):,.2f}".translate(_GERMAN_SEPARATORS)  # "12,345.67" → "12.345,67"
    return f"-{digits} €" if amount < 0 else f"{digits} €"


def format_percent(fraction: Decimal) -> str:
    """Format a fraction as a German percentage: 0.80 → "80 %", 0.805 → "80,5 %"."""
    percent = fraction.scaleb(2)
    text = format_decimal(percent, format="#,##0.####", locale="de_DE")
    return f"{text} %"


def require_positive(value: Decimal, field_label: str, field: str | None = None) -> Decimal:
    """Return `value` if it is above zero, else raise a German ValidationError."""
    if value <= 0:
        raise ValidationError(
            _("{label} muss größer als 0,00 € sein.").format(label=field_label),
            field,
        )
    return value


def require_non_negative(value: Decimal, field_label: str, field: str | None = None) -> Decimal:
    """Return `value` if it is zero or more, else raise a German ValidationError."""
    if value < 0:
        raise ValidationError(_("{label} darf nicht negativ sein.").format(label=field_label), field)
    return value
