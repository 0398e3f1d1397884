"""Payment requests (Mittelabruf) and payments (Auszahlung)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow
from db.enums import PaymentRequestState, enum_column
from db.models._mixins import Versioned


class PaymentRequest(Versioned, Base):
    """Mittelabruf by the recipient, paid or rejected by the office."""

    __tablename__ = "payment_requests"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    requested_on: Mapped[dt.date]
    amount: Mapped[Decimal]
    state: Mapped[PaymentRequestState] = mapped_column(enum_column(PaymentRequestState))
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))


class Payment(Base):
    """Money paid out; the sum never exceeds the approved amount."""

    __tablename__ = "payments"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    payment_request_id: Mapped[int | None] = mapped_column(ForeignKey("payment_requests.id"))
    amount: Mapped[Decimal]
    paid_on: Mapped[dt.date]
    use_by: Mapped[dt.date | None]  # funds must be used within the configured period
    reference: Mapped[str | None] = mapped_column(String(140))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
