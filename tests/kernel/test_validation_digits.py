"""Whole numbers take the digits 0–9 only: int() would read Arabic-Indic or full-width digits."""

from __future__ import annotations

import pytest

from app.kernel.validation import ascii_int


@pytest.mark.parametrize(("text", "number"), [("14", 14), (" 2026 ", 2026), ("-3", -3), ("+7", 7), (5, 5)])
def test_ascii_digits_are_read(text: object, number: int) -> None:
    assert ascii_int(text) == number


@pytest.mark.parametrize("text", ["١٢٣", "１２３", "12a", "", "1.5", "1e3", "٣", True])
def test_anything_else_is_refused(text: object) -> None:
    assert int("١٢٣") == 123  # what int() alone would have done
    with pytest.raises(ValueError):
        ascii_int(text)
