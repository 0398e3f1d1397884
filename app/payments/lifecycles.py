"""The lifecycles of payment orders, payment requests (Mittelabruf) and clawback claims, declared once.

Every state change of these records goes through `ORDERS`, `REQUESTS` or `CLAIMS` (`app.kernel.lifecycle`):
a step that is not declared for the record's state is refused with the German sentence given here.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.orm import object_session

from app.cases.bescheide import suspension_reason
from app.cases.payment_rules import LIVE_ORDER_STATES
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.lifecycle import Lifecycle, step
from db.enums import OrderState, PaymentRequestState
from db.models import Clawback

OS = OrderState
RS = PaymentRequestState

ORDER_STATE_LABELS: dict[OrderState, str] = {
    OS.draft: _("Entwurf"), OS.factual: _("sachlich richtig"), OS.ordered: _("angeordnet"),
    OS.exported: _("an die Kasse übergeben"), OS.paid: _("bezahlt"), OS.cancelled: _("storniert"),
}

# States in which an order still binds money (`LIVE_ORDER_STATES`, counted by the case's payment rules).
ORDERS: Lifecycle[OrderState] = Lifecycle(
    "payment-order", _("Auszahlungsanordnung"), ORDER_STATE_LABELS, OS.draft, (
        step("sign-factual", _("Sachlich richtig zeichnen"), [OS.draft], OS.factual, "payment.sign_factual"),
        step("sign-arithmetic", _("Rechnerisch richtig zeichnen und anordnen"), [OS.factual], OS.ordered,
             "payment.sign_arithmetic"),
        step("export", _("Zahlungslauf an die Kasse exportieren"), [OS.ordered], OS.exported, "payment.export"),
        step("reexport", _("Zahlungslauf erneut exportieren"), [OS.exported], None, "payment.reexport"),
        step("book-paid", _("Zahlung der Kasse buchen"), [OS.exported], OS.paid, "payment.book"),
        step("cancel", _("Stornieren"), LIVE_ORDER_STATES, OS.cancelled, "payment.order"),
    ),
    _("Die Auszahlungsanordnung Nr. {id} ist »{state}«; das ist in diesem Stand nicht möglich."))

REQUEST_STATE_LABELS: dict[PaymentRequestState, str] = {
    RS.open: _("offen"), RS.paid: _("ausgezahlt"), RS.rejected: _("abgelehnt"),
}

REQUESTS: Lifecycle[PaymentRequestState] = Lifecycle(
    "payment-request", _("Mittelabruf"), REQUEST_STATE_LABELS, RS.open, (
        step("order", _("Auszahlungsanordnung anlegen"), [RS.open], None, "payment.order"),
        step("pay", _("Auszahlung buchen"), [RS.open], RS.paid, "case.pay"),
    ),
    _("Der Mittelabruf Nr. {id} ist bereits erledigt."), ValidationError)


class ClaimState(StrEnum):
    """A clawback is open until principal and interest are paid in full (`Clawback.repaid_on` set); while an
    objection against its Bescheid is pending without an order of immediate enforcement it is suspended
    (§ 80 Abs. 1 VwGO): it may be paid, but not reminded or enforced, and interest still accrues."""

    open = "open"
    suspended = "suspended"
    settled = "settled"


CLAIM_STATE_LABELS: dict[ClaimState, str] = {ClaimState.open: _("offen"),
                                             ClaimState.suspended: _("ausgesetzt (Widerspruch)"),
                                             ClaimState.settled: _("beglichen")}
PAYABLE = (ClaimState.open, ClaimState.suspended)

CLAIMS: Lifecycle[ClaimState] = Lifecycle(
    "claim", _("Rückforderung"), CLAIM_STATE_LABELS, ClaimState.open, (
        step("repay", _("Teilrückzahlung erfassen"), PAYABLE, None, "case.record-repayment"),
        step("settle", _("Rückzahlung erfassen (Forderung beglichen)"), PAYABLE, ClaimState.settled,
             "case.record-repayment"),
        step("remind", _("Mahnung ausstellen"), [ClaimState.open], None, "payment.remind"),
    ),
    _("Die Rückforderung Nr. {id} ist »{state}«; »{action}« ist nicht möglich."))


def claim_state(claim: Clawback) -> ClaimState:
    if claim.repaid_on is not None:
        return ClaimState.settled
    session = object_session(claim)
    if session is not None and suspension_reason(session, claim):
        return ClaimState.suspended
    return ClaimState.open
