"""Payment requests (Mittelabruf) and payments (Auszahlung)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow
from db.enums import OrderState, PaymentRequestState, enum_column
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


class PaymentInstalment(Versioned, Base):
    """A fixed instalment of the payment plan (printed in the Zuwendungsbescheid)."""

    __tablename__ = "payment_instalments"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    position: Mapped[int]
    due_on: Mapped[dt.date]
    amount: Mapped[Decimal]


class ExportBatch(Base):
    """One hand-over of payment orders to the cash office (SEPA pain.001 or CSV), with its control sum."""

    __tablename__ = "export_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(10))
    order_count: Mapped[int]
    control_sum: Mapped[Decimal]
    file_name: Mapped[str | None] = mapped_column(String(255))
    sha256: Mapped[str | None] = mapped_column(String(64))
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("export_batches.id"))
    reason: Mapped[str | None] = mapped_column(Text)


class PendingExportFile(Base):
    """The file of an export batch until it lies under its name: committed with the batch, deleted once the file
    is in place. A crash between the two leaves this row, and the next export writes the file from it."""

    __tablename__ = "pending_export_files"

    batch_id: Mapped[int] = mapped_column(ForeignKey("export_batches.id"), primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    partial: Mapped[str | None] = mapped_column(Text)  # the hidden file written before the commit
    content: Mapped[bytes] = mapped_column(LargeBinary)


class PaymentOrder(Versioned, Base):
    """Auszahlungsanordnung: "sachlich richtig" by one person, "rechnerisch richtig" and "angeordnet" by another."""

    __tablename__ = "payment_orders"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    payment_request_id: Mapped[int | None] = mapped_column(ForeignKey("payment_requests.id"))
    instalment_id: Mapped[int | None] = mapped_column(ForeignKey("payment_instalments.id"))
    amount: Mapped[Decimal]
    due_on: Mapped[dt.date]
    state: Mapped[OrderState] = mapped_column(enum_column(OrderState), index=True)
    budget_position: Mapped[str | None] = mapped_column(String(60))
    purpose: Mapped[str] = mapped_column(String(140))
    payee: Mapped[str] = mapped_column(String(140))
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    factual_by: Mapped[str | None] = mapped_column(String(64))
    factual_at: Mapped[dt.datetime | None]
    arithmetic_by: Mapped[str | None] = mapped_column(String(64))
    arithmetic_at: Mapped[dt.datetime | None]
    # SHA-256 of the content and the signers at each signature (`app.payments.seal`), checked by the export
    factual_seal: Mapped[str | None] = mapped_column(String(64))
    arithmetic_seal: Mapped[str | None] = mapped_column(String(64))
    export_batch_id: Mapped[int | None] = mapped_column(ForeignKey("export_batches.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
