"""Validation of typed text, names and dates, with German messages naming the field.

One rule for all free text: control characters (ANSI escape sequences start with one) and
bidirectional-override marks are refused, never silently removed: they can hide text in letters and
lists (a right-to-left override makes "exe.pdf" read as "fdp.exe"), and a refusal shows the person
what was wrong. Line breaks and tabs are allowed only in multi-line fields. Every field has a length
limit no larger than its column (tests/kernel/test_field_limits.py); reasons for the audit trail are
checked once, in `UnitOfWork.act`. Dates take ASCII digits only.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from app.kernel import clock
from app.kernel.errors import ValidationError
from app.kernel.i18n import _

MAX_REASON = 25_000
"""Longest reason a use case records in the audit trail (a decision's 20,000-character reasons with its score)."""
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
MULTILINE_OK = frozenset("\n\t\r")


def clean_text(value: str | None, label: str, *, field: str | None = None, max_len: int = 255,
               required: bool = True, multiline: bool = False) -> str | None:
    """Strip surrounding spaces and check the text; returns None for an empty optional field."""
    if value is None or not str(value).strip():
        if required:
            raise ValidationError(_("Bitte »{label}« angeben.").format(label=label), field)
        return None
    text = unicodedata.normalize("NFC", str(value).strip())
    if len(text) > max_len:
        raise ValidationError(
            _("»{label}« ist zu lang ({length} Zeichen, höchstens {max}).").format(
                label=label, length=len(text), max=max_len), field)
    for char in text:
        if char in BIDI_CONTROLS:
            raise ValidationError(
                _("»{label}« enthält ein unsichtbares Steuerzeichen für die Schreibrichtung (U+{code:04X}).").format(
                    label=label, code=ord(char)), field)
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co") and not (multiline and char in MULTILINE_OK):
            raise ValidationError(
                _("»{label}« enthält ein unzulässiges Steuerzeichen (U+{code:04X}).").format(
                    label=label, code=ord(char)), field)
    return text


def require_text(value: str | None, label: str, *, field: str | None = None, max_len: int = 255,
                 multiline: bool = False) -> str:
    text = clean_text(value, label, field=field, max_len=max_len, required=True, multiline=multiline)
    assert text is not None
    return text


def clean_reason(value: str | None) -> str | None:
    """A reason for the audit trail, checked like any typed text (every use case passes it through `uow.act`)."""
    return clean_text(value, _("Begründung"), field="reason", max_len=MAX_REASON, required=False, multiline=True)


TWO_DIGIT_YEARS_AHEAD = 20
"""A two-digit year means 20YY while that is at most this many years ahead; "31.12.99" is refused, not 2099."""


def _full_year(year: str) -> int:
    """A year as written in a German date: four digits, or two meaning 20YY when plausible ("1.3.27" is 01.03.2027,
    never the year 27). Three digits, a year before 1900 or an implausible two-digit year: ValueError."""
    if len(year) == 2:
        full = 2000 + int(year)
        if full > clock.today().year + TWO_DIGIT_YEARS_AHEAD:
            raise ValueError(year)
        return full
    if len(year) != 4 or int(year) < 1900:
        raise ValueError(year)
    return int(year)


def parse_date(value: dt.date | str | None, label: str, *, field: str | None = None,
               required: bool = True) -> dt.date | None:
    """Accept a date, ISO `2026-11-25` or German `25.11.2026`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(_("Bitte »{label}« angeben.").format(label=label), field)
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = value.strip()
    try:
        if not text.isascii():  # int() would read Arabic-Indic or full-width digits as a day
            raise ValueError(text)
        if "." in text:
            day, month, year = text.split(".")
            return dt.date(_full_year(year), int(month), int(day))
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            _("»{value}« ist kein gültiges Datum für »{label}« (Format TT.MM.JJJJ).").format(
                value=text, label=label), field) from None


def ascii_int(value: object) -> int:
    """A whole number written with the digits 0–9 (an optional sign), or ValueError.

    Python's int() also reads Arabic-Indic "١٢٣" or full-width "１２３" as 123: a number typed in another script is
    refused rather than read as something the person may not have meant."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if not re.fullmatch(r"[+-]?[0-9]+", text, re.ASCII):
        raise ValueError(text)
    return int(text)


def require_date(value: dt.date | str | None, label: str, *, field: str | None = None) -> dt.date:
    result = parse_date(value, label, field=field, required=True)
    assert result is not None
    return result


def require_order(start: dt.date | None, end: dt.date | None, start_label: str, end_label: str,
                  field: str | None = None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            _("»{end_label}« darf nicht vor »{start_label}« liegen.").format(
                end_label=end_label, start_label=start_label), field)


def require_justification(text: str | None, label: str, *, minimum: int = 10, field: str | None = None) -> str:
    """A written justification: at least a short sentence, not a placeholder."""
    cleaned = require_text(text, label, field=field, max_len=4000, multiline=True)
    if len(cleaned) < minimum:
        raise ValidationError(
            _("»{label}« muss nachvollziehbar begründet werden (mindestens {minimum} Zeichen).").format(
                label=label, minimum=minimum), field)
    return cleaned
