"""Overdue repayment claims (Mahnliste): open clawbacks past their due date, with what is owed today, the reminders
sent and whether a pending objection suspends them. The start page's reminder panel reads them through
`OverdueReader` without the rest of the payment queries (issue 26)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.cases.bescheide import suspension_reason
from app.kernel import clock
from app.kernel.claim_balance import claim_balance
from app.kernel.uow import ReaderBase
from db.models import Applicant, Application, Clawback, Reminder


@dataclass(frozen=True)
class OverdueRow:
    file_number: str
    applicant: str
    claim_id: int
    due_on: dt.date
    days_overdue: int
    outstanding: Decimal
    reminders: int
    last_reminder: dt.date | None
    suspended: str | None = None  # why no reminder may go out: a pending objection (§ 80 Abs. 1 VwGO)



def overdue_claims(session: Session, today: dt.date) -> tuple[OverdueRow, ...]:
    """Open clawbacks whose due date has passed, the longest overdue first."""
    query = select(Clawback, Application.file_number, Applicant.name).join(
        Application, Clawback.application_id == Application.id).join(
        Applicant, Application.applicant_id == Applicant.id).where(
        Clawback.repaid_on.is_(None), Clawback.due_on < today).order_by(Clawback.due_on, Clawback.id)
    counts = dict(session.execute(select(Reminder.clawback_id, func.count()).group_by(Reminder.clawback_id))
                  .all())
    last = dict(session.execute(select(Reminder.clawback_id, func.max(Reminder.sent_on))
                                .group_by(Reminder.clawback_id)).all())
    rows = []
    for claim, number, applicant in session.execute(query):
        assert claim.due_on is not None
        rows.append(OverdueRow(number or "", applicant, claim.id, claim.due_on, (today - claim.due_on).days,
                               claim_balance(session, claim, today).total, int(counts.get(claim.id, 0)),
                               last.get(claim.id), suspension_reason(session, claim)))
    return tuple(rows)


@dataclass
class OverdueReader(ReaderBase):
    def overdue(self) -> tuple[OverdueRow, ...]:
        with self._session() as session:
            return overdue_claims(session, clock.today())
