"""Read access to payments for the user interface and the CLI: each call its own read session, reader's right
checked; and the Auszahlungsanordnung as PDF (`reports.payment_order`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.kernel import clock
from app.kernel.uow import ReaderBase
from app.payments import queries
from app.payments.overdue import OverdueReader, OverdueRow
from db.enums import OrderState


@dataclass
class PaymentReader(ReaderBase):
    def case(self, file_number: str) -> queries.CasePayments:
        with self._session() as session:
            return queries.case_payments(session, file_number, clock.today())

    def claims(self, file_number: str, day: dt.date | None = None) -> tuple[queries.ClaimRow, ...]:
        """The case's clawbacks with what is owed on `day` (default today)."""
        with self._session() as session:
            return queries.claims_on(session, file_number, day or clock.today())

    def orders(self, states: Iterable[OrderState] = ()) -> tuple[queries.OrderRow, ...]:
        with self._session() as session:
            return queries.list_orders(session, states)

    def batches(self) -> tuple[queries.BatchRow, ...]:
        with self._session() as session:
            return queries.list_batches(session)

    def overdue(self) -> tuple[OverdueRow, ...]:
        return OverdueReader(self.database, self.user_name).overdue()

    def order_pdf(self, order_id: int) -> bytes:
        with self._session() as session:
            from app.payments.order_document import order_pdf  # reportlab on first use, not at start

            return order_pdf(session, order_id)
