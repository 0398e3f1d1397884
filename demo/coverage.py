"""What a demo office shows: every case state and every situation and warning the walked cases reach.

The generator walks cases through the services only until the office shows all of `FEATURES` (at least
`demo.generator.MIN_WALKED` cases, at most `WALKED`); the further cases are bulk copies of walked ones
(`demo.bulk`). The demo tests ask the same question of a generated database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Select, func, select

from db.enums import DeadlineKind, DecisionOutcome, DecisionState, Status
from db.models import (
    Application,
    Clawback,
    Consultation,
    Deadline,
    Decision,
    EligibilityResult,
    Hearing,
    Objection,
    Payment,
    Repayment,
    StatusChange,
)

STATES = frozenset(f"state:{status.value}" for status in Status)
SITUATIONS = frozenset({
    "warning:overdue-proof",  # an open proof-of-use deadline in the past (the applicant file's warning)
    "documents-requested-and-received",  # a case that went on after the documents came in
    "rule-overridden",  # a failed eligibility rule overridden with a justification
    "partial-approval", "confirmed-rejection", "objection",
    "two-instalments",  # a grant paid in two instalments
    "hearing", "clawback", "clawback-repaid", "clawback-open",
    "idea-from-consultation",  # a project idea recorded from its consultation
})
FEATURES = STATES | SITUATIONS


def reached(connection: Connection, today: dt.date) -> frozenset[str]:
    """The states and situations present in the database on `today`."""
    found = {f"state:{status}" for status in connection.scalars(select(Application.status).distinct())}

    def has(query: Select[Any]) -> bool:
        return bool(connection.scalar(query.limit(1).exists().select()))

    checks = {
        "warning:overdue-proof": select(Deadline.id).where(
            Deadline.kind == DeadlineKind.proof_of_use, Deadline.done_at.is_(None), Deadline.due_on < today),
        "documents-requested-and-received": select(StatusChange.id).where(
            StatusChange.from_status == Status.documents_requested),
        "rule-overridden": select(EligibilityResult.id).where(EligibilityResult.overridden_by.is_not(None)),
        "partial-approval": select(Decision.id).where(Decision.outcome == DecisionOutcome.partial,
                                                      Decision.state == DecisionState.confirmed),
        "confirmed-rejection": select(Decision.id).where(Decision.outcome == DecisionOutcome.reject,
                                                         Decision.state == DecisionState.confirmed),
        "objection": select(Objection.id),
        "two-instalments": select(Payment.application_id).group_by(Payment.application_id)
        .having(func.count() >= 2),
        "hearing": select(Hearing.id),
        "clawback": select(Clawback.id),
        "clawback-repaid": select(Repayment.id),
        "clawback-open": select(Clawback.id).where(Clawback.repaid_on.is_(None)),
        "idea-from-consultation": select(Consultation.id).where(Consultation.application_id.is_not(None)),
    }
    found |= {name for name, query in checks.items() if has(query)}
    return frozenset(found)
