"""Read access to payments for the user interface and the CLI: each call its own read session, reader's right
checked; and the Auszahlungsanordnung as PDF (`reports.payment_order`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.kernel import clock, permissions
from app.kernel.database import Database
from app.kernel.permissions import Actor
from app.kernel.uow import load_actor
from app.payments import queries
from db.enums import OrderState


@dataclass
class PaymentReader:
    database: Database
    user_name: str

    def _actor(self, session: Session) -> Actor:
        actor = load_actor(session, self.user_name)
        permissions.require(actor, "case.read")
        return actor

    def case(self, reference: str) -> queries.CasePayments:
        with self.database.read() as session:
            self._actor(session)
            return queries.case_payments(session, reference, clock.today())

    def orders(self, states: Iterable[OrderState] = ()) -> tuple[queries.OrderRow, ...]:
        with self.database.read() as session:
            self._actor(session)
            return queries.list_orders(session, states)

    def batches(self) -> tuple[queries.BatchRow, ...]:
        with self.database.read() as session:
            self._actor(session)
            return queries.list_batches(session)

    def overdue(self) -> tuple[queries.OverdueRow, ...]:
        with self.database.read() as session:
            self._actor(session)
            return queries.overdue_claims(session, clock.today())

    def order_pdf(self, order_id: int) -> bytes:
        with self.database.read() as session:
            self._actor(session)
            from app.payments.order_document import order_pdf  # reportlab on first use, not at start

            return order_pdf(session, order_id)
