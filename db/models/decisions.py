"""Decisions (proposal and four-eyes confirmation), hearings and objections."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import RATE, Base, utcnow
from db.enums import (
    DecisionOutcome,
    DecisionState,
    FinancingType,
    HearingPurpose,
    ObjectionChannel,
    enum_column,
)
from db.models._mixins import Versioned
from db.models.users import User


class Decision(Versioned, Base):
    """Entscheidung: proposed by a caseworker, confirmed by a different supervisor."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    outcome: Mapped[DecisionOutcome] = mapped_column(enum_column(DecisionOutcome))
    state: Mapped[DecisionState] = mapped_column(enum_column(DecisionState))
    amount: Mapped[Decimal | None]
    funding_rate: Mapped[Decimal | None] = mapped_column(RATE)
    financing_type: Mapped[FinancingType | None] = mapped_column(enum_column(FinancingType))
    eligible_costs: Mapped[Decimal | None]
    reasons: Mapped[str] = mapped_column(Text)
    conditions: Mapped[str | None] = mapped_column(Text)
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    proposed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    confirmed_at: Mapped[dt.datetime | None]
    returned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    return_reason: Mapped[str | None] = mapped_column(Text)
    decision_date: Mapped[dt.date | None]
    posted_on: Mapped[dt.date | None]
    notified_on: Mapped[dt.date | None]
    objection_until: Mapped[dt.date | None]

    proposed_by: Mapped[User] = relationship(foreign_keys=[proposed_by_id])
    confirmed_by: Mapped[User | None] = relationship(foreign_keys=[confirmed_by_id])


class Hearing(Versioned, Base):
    """Anhörung (§ 28 VwVfG) with a response deadline."""

    __tablename__ = "hearings"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    purpose: Mapped[HearingPurpose] = mapped_column(enum_column(HearingPurpose))
    subject: Mapped[str] = mapped_column(Text)
    sent_on: Mapped[dt.date]
    response_due: Mapped[dt.date]
    response_received_on: Mapped[dt.date | None]
    response_text: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))


class Objection(Versioned, Base):
    """Widerspruch against a decision: date, channel, timeliness, remedy and outcome."""

    __tablename__ = "objections"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    clawback_id: Mapped[int | None] = mapped_column(ForeignKey("clawbacks.id"))  # or the Bescheid it attacks
    lodged_on: Mapped[dt.date]
    channel: Mapped[ObjectionChannel] = mapped_column(enum_column(ObjectionChannel))
    deadline: Mapped[dt.date | None]
    in_time: Mapped[bool | None]
    grounds: Mapped[str | None] = mapped_column(Text)
    remedied: Mapped[bool | None]  # Abhilfe by the office itself
    outcome: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[dt.date | None]
    created_by: Mapped[str] = mapped_column(String(64))
