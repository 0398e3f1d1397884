"""Dates as people type them: "1.3.27" is 01.03.2027, never the year 27 (issue 23)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.kernel.errors import ValidationError
from app.kernel.validation import parse_date


@pytest.mark.parametrize(("text", "day"), [
    ("1.3.27", dt.date(2027, 3, 1)), ("01.03.2027", dt.date(2027, 3, 1)), ("31.12.46", dt.date(2046, 12, 31)),
    ("2027-03-01", dt.date(2027, 3, 1)), (" 5.11.2026 ", dt.date(2026, 11, 5)),
])
def test_german_and_iso_dates_are_read(text: str, day: dt.date, today: object) -> None:
    assert parse_date(text, "Datum") == day


@pytest.mark.parametrize("text", ["1.3.027", "1.3.7", "1.3.0027", "1.3.1899", "31.2.2026", "1.3.", "1.3.20271",
                                  "31.12.99", "1.1.47"])
def test_a_year_that_cannot_be_meant_is_refused(text: str, today: object) -> None:  # today: 02.02.2026
    with pytest.raises(ValidationError, match="kein gültiges Datum"):
        parse_date(text, "Datum")
