"""Today's date and the current time for the rules, replaceable so demo data and tests can act on other days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db.base import set_clock

_today: Callable[[], dt.date] | None = None


def today() -> dt.date:
    return _today() if _today is not None else dt.datetime.now().date()  # noqa: DTZ005 - the office's local calendar day


def now() -> dt.datetime:
    """Aware UTC timestamp; on a replaced day, that day at the current time of day."""
    current = dt.datetime.now(dt.UTC)
    if _today is None:
        return current
    return dt.datetime.combine(_today(), current.timetz())


def provider() -> Callable[[], dt.date] | None:
    """The current replacement of today's date (None: the real calendar), to restore it later."""
    return _today


def set_today(provider: Callable[[], dt.date] | None) -> None:
    """Use `provider` for today's date (None restores the real calendar)."""
    global _today
    _today = provider
    set_clock(now if provider is not None else None)
