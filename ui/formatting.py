"""German display of amounts, dates and statuses in widgets (Babel via the app layer)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.cases.workflow import STATUS_LABELS
from app.kernel.money import format_eur
from app.kernel.periods import format_date


def money(value: Decimal | None) -> str:
    return "–" if value is None else format_eur(value)


def date(value: dt.date | None) -> str:
    return "–" if value is None else format_date(value)


def timestamp(value: dt.datetime | None) -> str:
    return "–" if value is None else value.astimezone().strftime("%d.%m.%Y %H:%M")


def status(value: str) -> str:
    return STATUS_LABELS.get(value, value)
