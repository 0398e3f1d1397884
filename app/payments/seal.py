"""The seal of a signed payment order: SHA-256 over a canonical text of what was signed.

Each signature stores the seal of the order's content (case, amount, IBAN, BIC, payee, purpose, budget
position, due date) and of the signers so far. The export recomputes the seals and refuses an order whose
content changed after signing — for example by a direct `UPDATE` in the database — whose IBAN is not one of
the applicant's recorded accounts, or whose amount exceeds what remains of the approval
(`export_problems`). The canonical text is frozen: changing it would break every stored seal (migration
0006 seals orders signed before it with the same text).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.payment_rules import open_order_sum
from app.kernel.i18n import _
from app.kernel.money import format_eur
from db.models import Applicant, Application, PaymentOrder
from db.models.applicants import BankAccount

CENT = Decimal("0.01")


def canonical_text(order: PaymentOrder, signers: Sequence[str | None]) -> str:
    """One `key=value` line per sealed field, in a fixed order; the signers last."""
    fields = [("order", str(order.id)), ("case", str(order.application_id)),
              ("amount", str(Decimal(order.amount).quantize(CENT))), ("iban", order.iban or ""),
              ("bic", order.bic or ""), ("payee", order.payee or ""), ("purpose", order.purpose or ""),
              ("budget_position", order.budget_position or ""), ("due_on", order.due_on.isoformat())]
    fields += [(f"signer{n}", signer or "") for n, signer in enumerate(signers, start=1)]
    return "\n".join(f"{key}={value}" for key, value in fields) + "\n"


def seal(order: PaymentOrder, signers: Sequence[str | None]) -> str:
    return hashlib.sha256(canonical_text(order, signers).encode("utf-8")).hexdigest()


def factual_seal(order: PaymentOrder) -> str:
    return seal(order, [order.factual_by])


def arithmetic_seal(order: PaymentOrder) -> str:
    return seal(order, [order.factual_by, order.arithmetic_by])


def unchanged_since_signing(order: PaymentOrder) -> bool:
    """Both seals present and still matching the order as it is now."""
    return order.factual_seal == factual_seal(order) and order.arithmetic_seal == arithmetic_seal(order)


def export_problems(session: Session, orders: Sequence[PaymentOrder]) -> list[str]:
    """One German sentence per order that must not go to the cash office; empty when all may."""
    problems = []
    for order in orders:
        app = session.get_one(Application, order.application_id)
        ref = app.file_number or str(app.id)
        if not unchanged_since_signing(order):
            problems.append(_("Die Auszahlungsanordnung Nr. {id} ({ref}) wurde nach der Zeichnung verändert (Betrag, "
                              "Bankverbindung, Empfänger, Zweck, Haushaltsstelle oder Zeichnende).").format(
                id=order.id, ref=ref))
        if _compact(order.iban) not in _recorded_ibans(session, app.applicant_id):
            problems.append(_("Die IBAN der Auszahlungsanordnung Nr. {id} ({ref}) ist keine hinterlegte "
                              "Bankverbindung des Trägers.").format(id=order.id, ref=ref))
        remaining = max((app.approved_amount or Decimal("0")) - app.paid_amount - open_order_sum(
            session, app.id, exclude_order_id=order.id), Decimal("0"))
        if order.amount > remaining:
            problems.append(_("Die Auszahlungsanordnung Nr. {id} ({ref}) über {amount} übersteigt, was von der "
                              "Bewilligung noch offen ist ({remaining}).").format(
                id=order.id, ref=ref, amount=format_eur(order.amount), remaining=format_eur(remaining)))
    return problems


def _recorded_ibans(session: Session, applicant_id: int) -> set[str]:
    accounts = set(session.scalars(select(BankAccount.iban).where(BankAccount.applicant_id == applicant_id,
                                                                  BankAccount.active.is_(True))))
    primary = session.scalar(select(Applicant.iban).where(Applicant.id == applicant_id))
    return {_compact(iban) for iban in (*accounts, primary) if iban}


def _compact(iban: str | None) -> str:
    return "".join((iban or "").split()).upper()
