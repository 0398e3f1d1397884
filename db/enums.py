"""Enumerations stored in columns.

One enum per concept, shared by the schema and the domain: the workflow state
machine in `app.cases.workflow` is declared over `Status`, and the same enum types
the `applications.status` column. Values are the stable codes stored in the
database; German labels live in `app.labels`.
"""

from __future__ import annotations

from enum import StrEnum

import sqlalchemy as sa


class Status(StrEnum):
    idea = "idea"
    received = "received"
    eligibility_check = "eligibility_check"
    documents_requested = "documents_requested"
    social_plan_review = "social_plan_review"
    decision_proposed = "decision_proposed"
    approved = "approved"
    rejected = "rejected"
    funding = "funding"
    proof_review = "proof_review"
    closed = "closed"
    withdrawn = "withdrawn"


class Role(StrEnum):
    reader = "reader"
    caseworker = "caseworker"
    supervisor = "supervisor"
    admin = "admin"


class FinancingType(StrEnum):
    share = "share"
    deficit = "deficit"
    fixed_amount = "fixed_amount"
    full = "full"


class DecisionOutcome(StrEnum):
    approve = "approve"
    partial = "partial"
    reject = "reject"


class DecisionState(StrEnum):
    proposed = "proposed"
    confirmed = "confirmed"
    returned = "returned"


class CostCategory(StrEnum):
    personnel = "personnel"
    material = "material"
    fees = "fees"
    investment = "investment"
    other = "other"


class FundingKind(StrEnum):
    own = "own"
    third_party = "third_party"
    other_income = "other_income"


class NonprofitProofKind(StrEnum):
    exemption_notice = "exemption_notice"  # Freistellungsbescheid
    assessment_60a = "assessment_60a"  # Feststellungsbescheid nach § 60a AO


class HearingPurpose(StrEnum):
    rejection = "rejection"
    revocation = "revocation"
    clawback = "clawback"


class ObjectionChannel(StrEnum):
    written = "written"
    electronic = "electronic"
    on_record = "on_record"


class DeadlineKind(StrEnum):
    documents = "documents"
    hearing = "hearing"
    proof_of_use = "proof_of_use"
    objection = "objection"
    retention = "retention"
    payment_use = "payment_use"
    follow_up = "follow_up"
    revocation_limit = "revocation_limit"  # one year after the office learned the facts (§ 48 Abs. 4 VwVfG)
    limitation = "limitation"  # Verjährung of a refund claim (§§ 195, 199 BGB analogously)


class ConsultationStatus(StrEnum):
    booked = "booked"  # gebucht
    held = "held"  # stattgefunden
    cancelled = "cancelled"  # abgesagt


class PaymentRequestState(StrEnum):
    open = "open"
    paid = "paid"
    rejected = "rejected"


class PaymentMode(StrEnum):
    instalments = "instalments"  # fixed in the approval: dates and amounts
    requests = "requests"  # the recipient calls funds (Mittelabruf)


class OrderState(StrEnum):
    draft = "draft"
    factual = "factual"  # "sachlich richtig" signed
    ordered = "ordered"  # "rechnerisch richtig" and "angeordnet" by a second person
    exported = "exported"  # handed to the cash office in an export batch
    paid = "paid"  # the cash office paid it (booked as a payment)
    cancelled = "cancelled"


class SampleResult(StrEnum):
    accepted = "accepted"
    not_accepted = "not_accepted"


def enum_column(enum_cls: type[StrEnum], length: int = 30, name: str | None = None) -> sa.Enum:
    """A portable enum column: VARCHAR plus CHECK constraint, storing the values.

    `name` names the CHECK constraint; give one when a table has two columns of the same enum.
    """
    return sa.Enum(
        enum_cls,
        native_enum=False,
        length=length,
        create_constraint=True,
        name=name or enum_cls.__name__.lower(),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class CofinancingBase(StrEnum):
    """What the county's co-financing share of the Land programme is a share of (sources disagree: a setting)."""

    grant = "grant"  # of the Land's grant: co-financing ≥ rate × Land money (app.state_cycle.cofinancing)
    eligible_costs = "eligible_costs"  # of the county's eligible expense: ≥ rate × (Land money + co-financing)


class StateLineKind(StrEnum):
    micro_fund = "micro_fund"  # Mikroprojektefonds: a planned sum for the year
    planning_post = "planning_post"  # the county's own planning and coordination post


class Committee(StrEnum):
    youth_welfare = "youth_welfare"  # Jugendhilfeausschuss
    district_council = "district_council"  # Kreistag


class ResolutionOutcome(StrEnum):
    approved = "approved"
    rejected = "rejected"
    changed = "changed"  # approved with a changed amount
