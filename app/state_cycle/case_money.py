"""What each Träger case of a programme-year received and gave back: the figures the Land is accounted to with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.kernel.budget import HOLDS_APPROVAL
from db.models import Application, Clawback, Payment, Repayment

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class CaseMoney:
    application_id: int
    paid: Decimal  # Auszahlungen
    claimed: Decimal  # Rückforderungen (principal fixed by clawbacks)
    repaid: Decimal  # principal repaid on them (interest is the county's income, not the grant's)

    @property
    def net(self) -> Decimal:
        """Used by the Träger: paid − repaid."""
        return self.paid - self.repaid


def _sums(session: Session, query: object) -> dict[int, Decimal]:
    return {int(key): Decimal(value or 0).quantize(Decimal("0.01")) for key, value in session.execute(query)}  # type: ignore[call-overload]


def case_money(session: Session, application_ids: Sequence[int]) -> dict[int, CaseMoney]:
    """Paid, claimed and repaid principal per case (three grouped queries)."""
    ids = list(application_ids)
    if not ids:
        return {}
    paid = _sums(session, select(Payment.application_id, func.sum(Payment.amount))
                 .where(Payment.application_id.in_(ids)).group_by(Payment.application_id))
    claimed = _sums(session, select(Clawback.application_id, func.sum(Clawback.amount))
                    .where(Clawback.application_id.in_(ids)).group_by(Clawback.application_id))
    repaid = _sums(session, select(Clawback.application_id, func.sum(Repayment.amount - Repayment.interest_part))
                   .join(Repayment, Repayment.clawback_id == Clawback.id)
                   .where(Clawback.application_id.in_(ids)).group_by(Clawback.application_id))
    return {i: CaseMoney(i, paid.get(i, ZERO), claimed.get(i, ZERO), repaid.get(i, ZERO)) for i in ids}


def funded_cases(session: Session, programme_ids: Sequence[int], fiscal_year: int) -> list[Application]:
    """The programme-year's cases that hold an approval, in file-number order."""
    if not programme_ids:
        return []
    return list(session.scalars(select(Application).where(
        Application.programme_id.in_(list(programme_ids)), Application.fiscal_year == fiscal_year,
        Application.status.in_(HOLDS_APPROVAL)).order_by(Application.file_number)))


def net_paid(session: Session, programme_id: int, fiscal_year: int) -> Decimal:
    cases = funded_cases(session, [programme_id], fiscal_year)
    return sum((m.net for m in case_money(session, [a.id for a in cases]).values()), ZERO)
