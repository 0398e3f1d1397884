"""Today's date for the rules, replaceable so that demo data and tests can act on other days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

_today: Callable[[], dt.date] = dt.date.today


def today() -> dt.date:
    return _today()


def set_today(provider: Callable[[], dt.date] | None) -> None:
    """Use `provider` for today's date (None restores the real calendar)."""
    global _today
    _today = provider or dt.date.today
