"""§ 49a interest of clawbacks not yet issued follows the rate table; issued clawbacks never change.

A clawback fixes its interest up to a day that often lies ahead (the due date). When that period reaches into a
half-year whose base rate was not yet published, the interest was computed with the last known rate. Once an
administrator enters the new rate, the stored amount and a fresh computation differ, and a letter drafted from
the claim would state an amount the table no longer gives. So entering a rate recomputes, in the same
transaction, every clawback whose Rückforderungsbescheid has not been issued (a draft); a claim whose letter
went out, or on which money came back, keeps what the recipient was told.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.kernel.interest import compute_interest
from app.kernel.rates import base_rate_table, surcharge_table
from db.models import Clawback, Letter, Repayment

CLAWBACK_LETTER = "clawback"  # `app.letters.kinds.LetterKind.clawback` (letters sit above proof)


def _drafts(session: Session) -> list[Clawback]:
    issued = exists().where(Letter.application_id == Clawback.application_id, Letter.kind == CLAWBACK_LETTER)
    repaid = exists().where(Repayment.clawback_id == Clawback.id)
    return list(session.scalars(select(Clawback).where(
        ~issued, ~repaid, Clawback.interest_waived.is_(False), Clawback.interest_from.is_not(None),
        Clawback.interest_to.is_not(None)).order_by(Clawback.id)))


def recompute_draft_interest(session: Session) -> int:
    """Recompute the Abs. 3 interest of every clawback not yet issued; returns how many changed."""
    session.flush()  # the rate just entered
    base, surcharge = base_rate_table(session), surcharge_table(session)
    changed = 0
    for claim in _drafts(session):
        assert claim.interest_from is not None and claim.interest_to is not None
        total = compute_interest(claim.amount, claim.interest_from, claim.interest_to, base, surcharge).total
        if total != claim.interest_abs3:
            claim.interest_abs3 = total
            changed += 1
    return changed
