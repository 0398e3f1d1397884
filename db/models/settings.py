"""Configurable values and dated tables an administrator maintains."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models._mixins import Versioned


class ConfigValue(Versioned, Base):
    """One setting, stored as JSON text under a dotted key (e.g. `letters.notification_days`)."""

    __tablename__ = "config_values"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime | None]
    updated_by: Mapped[str | None] = mapped_column(String(64))


class BaseRate(Base):
    """Basiszinssatz (§ 247 BGB) valid from a date, in percent (may be negative)."""

    __tablename__ = "base_rates"

    valid_from: Mapped[dt.date] = mapped_column(primary_key=True)
    rate: Mapped[Decimal] = mapped_column(Numeric(6, 2))


class InterestSurcharge(Base):
    """Percentage points above the base rate (§ 49a Abs. 3 VwVfG) valid from a date."""

    __tablename__ = "interest_surcharges"

    valid_from: Mapped[dt.date] = mapped_column(primary_key=True)
    points: Mapped[Decimal] = mapped_column(Numeric(6, 2))
