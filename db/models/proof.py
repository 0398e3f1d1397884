"""Proof of use (Verwendungsnachweis) and clawback (Rückforderung)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import RATE, Base, utcnow
from db.enums import DecisionState, SampleResult, enum_column
from db.models._mixins import Versioned


class ProofOfUse(Versioned, Base):
    """Narrative report plus actual costs and funds; `interim` for multi-year projects."""

    __tablename__ = "proofs_of_use"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    interim: Mapped[bool] = mapped_column(default=False)
    received_on: Mapped[dt.date]
    report_text: Mapped[str | None] = mapped_column(Text)
    actual_total_costs: Mapped[Decimal]
    actual_eligible_costs: Mapped[Decimal]
    actual_own_funds: Mapped[Decimal]
    actual_third_party_funds: Mapped[Decimal]
    actual_other_income: Mapped[Decimal]
    checked_on: Mapped[dt.date | None]
    checked_by: Mapped[str | None] = mapped_column(String(64))
    result_note: Mapped[str | None] = mapped_column(Text)


class ProofCostLine(Base):
    """Actual amount of one cost line of the approved plan."""

    __tablename__ = "proof_cost_lines"

    proof_id: Mapped[int] = mapped_column(ForeignKey("proofs_of_use.id", ondelete="CASCADE"), primary_key=True)
    cost_line_id: Mapped[int] = mapped_column(ForeignKey("cost_lines.id"), primary_key=True)
    actual_amount: Mapped[Decimal]


class Clawback(Versioned, Base):
    """Rückforderung with § 49a interest (Abs. 3 on the amount to repay, Abs. 4 on idle money)."""

    __tablename__ = "clawbacks"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    amount: Mapped[Decimal]
    interest_from: Mapped[dt.date | None]
    interest_to: Mapped[dt.date | None]
    interest_abs3: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    interest_abs4: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    interest_waived: Mapped[bool] = mapped_column(default=False)
    waiver_reason: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[dt.date]
    due_on: Mapped[dt.date | None]
    repaid_on: Mapped[dt.date | None]
    repaid_amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    created_by: Mapped[str] = mapped_column(String(64))
    # the confirmed four-eyes proposal it was fixed from (empty for clawbacks fixed before schema 0010)
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("clawback_proposals.id"))
    posted_on: Mapped[dt.date | None]
    notified_on: Mapped[dt.date | None]
    objection_until: Mapped[dt.date | None]
    # an order of immediate enforcement (§ 80 Abs. 2 Nr. 4 VwGO) lifts the suspensive effect of an objection
    enforcement_ordered_on: Mapped[dt.date | None]
    enforcement_ordered_by: Mapped[str | None] = mapped_column(String(64))
    enforcement_reasons: Mapped[str | None] = mapped_column(Text)


class ClawbackProposal(Versioned, Base):
    """A revocation and clawback (or a § 49a Abs. 4 interest claim): proposed by a caseworker with its amounts
    and reasons, confirmed by a different supervisor (four eyes) or returned with a reason."""

    __tablename__ = "clawback_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    state: Mapped[DecisionState] = mapped_column(enum_column(DecisionState, name="clawback_proposal_state"))
    final_amount: Mapped[Decimal]
    amount: Mapped[Decimal]  # the principal to repay (0 for an interest claim alone)
    interest_abs3: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))  # as computed at the proposal
    interest_abs4: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    interest_from: Mapped[dt.date]
    interest_until: Mapped[dt.date | None]  # empty: until the due date of the confirmed Bescheid
    closed_on: Mapped[dt.date]
    waiver_reason: Mapped[str | None] = mapped_column(Text)
    reasons: Mapped[str] = mapped_column(Text)  # facts and the discretion exercised (§ 39 Abs. 1 VwVfG)
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    proposed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    confirmed_at: Mapped[dt.datetime | None]
    returned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    return_reason: Mapped[str | None] = mapped_column(Text)


class Repayment(Base):
    """Money coming back on a clawback: partial payments, each with the interest it settled."""

    __tablename__ = "repayments"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clawback_id: Mapped[int] = mapped_column(ForeignKey("clawbacks.id"), index=True)
    paid_on: Mapped[dt.date]
    amount: Mapped[Decimal]
    interest_part: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Reminder(Base):
    """Mahnung after the due date of a clawback."""

    __tablename__ = "reminders"

    id: Mapped[int] = mapped_column(primary_key=True)
    clawback_id: Mapped[int] = mapped_column(ForeignKey("clawbacks.id"), index=True)
    sent_on: Mapped[dt.date]
    due_on: Mapped[dt.date]
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    created_by: Mapped[str] = mapped_column(String(64))


class Receipt(Versioned, Base):
    """One line of the receipt list (Belegliste) of a proof of use, with its sample-check result."""

    __tablename__ = "receipts"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    proof_id: Mapped[int] = mapped_column(ForeignKey("proofs_of_use.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    receipt_date: Mapped[dt.date]
    payee: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(String(255))
    amount: Mapped[Decimal]
    cost_line_id: Mapped[int | None] = mapped_column(ForeignKey("cost_lines.id"))
    paid_on: Mapped[dt.date | None]
    in_sample: Mapped[bool] = mapped_column(default=False)
    result: Mapped[SampleResult | None] = mapped_column(enum_column(SampleResult))
    accepted_amount: Mapped[Decimal | None]
    result_reason: Mapped[str | None] = mapped_column(Text)
    checked_by: Mapped[str | None] = mapped_column(String(64))
    checked_at: Mapped[dt.datetime | None]


class SampleDraw(Base):
    """A reproducible random sample of receipts: share, minimum and the seed are kept."""

    __tablename__ = "sample_draws"

    id: Mapped[int] = mapped_column(primary_key=True)
    proof_id: Mapped[int] = mapped_column(ForeignKey("proofs_of_use.id", ondelete="CASCADE"), index=True)
    seed: Mapped[str] = mapped_column(String(64))
    share: Mapped[Decimal] = mapped_column(RATE)
    minimum: Mapped[int]
    receipt_ids: Mapped[str] = mapped_column(Text)  # JSON list, in drawing order
    drawn_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    drawn_by: Mapped[str] = mapped_column(String(64))
