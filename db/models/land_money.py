"""Money from the Land: its grant decision to the county, the county's calls for funds and the Land's payments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import RATE, Base, utcnow
from db.enums import CofinancingBase, enum_column
from db.models._mixins import Versioned
from db.models.programmes import Programme


class StateMoneyKind(StrEnum):
    call = "call"  # Mittelabruf of the county at the Land
    payment = "payment"  # money received from the Land


class StateGrant(Versioned, Base):
    """Zuwendungsbescheid of the Land to the county for a programme and year, with the co-financing rule."""

    __tablename__ = "state_grants"
    __table_args__ = (UniqueConstraint("programme_id", "fiscal_year"),
                      CheckConstraint("amount >= 0", name="amount_non_negative"))

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    fiscal_year: Mapped[int]
    amount: Mapped[Decimal]
    decided_on: Mapped[dt.date]
    ministry_file_number: Mapped[str] = mapped_column(String(80))
    cofinancing_rate: Mapped[Decimal] = mapped_column(RATE)
    cofinancing_base: Mapped[CofinancingBase] = mapped_column(enum_column(CofinancingBase))
    created_by: Mapped[str] = mapped_column(String(64))

    programme: Mapped[Programme] = relationship()


class StateMoneyMovement(Base):
    """A call for funds to the Land or a payment received from it."""

    __tablename__ = "state_money_movements"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    state_grant_id: Mapped[int] = mapped_column(ForeignKey("state_grants.id"), index=True)
    kind: Mapped[StateMoneyKind] = mapped_column(enum_column(StateMoneyKind))
    on: Mapped[dt.date]
    amount: Mapped[Decimal]
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
