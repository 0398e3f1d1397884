"""Declarative base shared by all models.

The naming convention gives every constraint and index a stable name, so Alembic
migrations (and SQLite batch migrations in particular) can address them.
Money is `Decimal` mapped to Numeric(12, 2) everywhere; a bare `Decimal`
annotation means money.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import DateTime, MetaData, Numeric, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MONEY = Numeric(12, 2, asdecimal=True)
RATE = Numeric(7, 4, asdecimal=True)  # a fraction such as 0.8000 (80 %)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC timestamps on both backends.

    SQLite has no time-zone type; values are stored naive in UTC and come back
    aware, so comparisons never mix naive and aware datetimes.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


_clock: Callable[[], dt.datetime] | None = None


def utcnow() -> dt.datetime:
    """Default for timestamp columns; the domain may replace the clock (demo data, tests)."""
    return _clock() if _clock is not None else dt.datetime.now(dt.UTC)


def set_clock(provider: Callable[[], dt.datetime] | None) -> None:
    global _clock
    _clock = provider


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        Decimal: MONEY,
        dt.datetime: UTCDateTime(),
        str: String(255),
    }
