"""The history of an organisation across all its cases (Trägerakte, tab "Verlauf"): decisions, payments, proofs of
use (open, overdue, received), hearings, objections and clawbacks, newest first, each with its case and state."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.case_records import case_file_number
from app.kernel.claim_balance import claim_balance
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from db.enums import DeadlineKind, DecisionOutcome, DecisionState, HearingPurpose
from db.models import Application, Clawback, Deadline, Decision, Hearing, Objection, Payment, ProofOfUse

# the states a caseworker has to act on (module constants, translated once at import like other labels)
OPEN = _("offen")
OVERDUE = _("überfällig")


@dataclass(frozen=True)
class HistoryEvent:
    day: dt.date
    file_number: str  # file number of the case
    text: str
    state: str  # "" when nothing is open; OPEN and OVERDUE need attention


def _outcome(outcome: DecisionOutcome) -> str:
    return {DecisionOutcome.approve: _("Bewilligung"), DecisionOutcome.partial: _("Teilbewilligung"),
            DecisionOutcome.reject: _("Ablehnung")}[outcome]


def _purpose(purpose: HearingPurpose) -> str:
    return {HearingPurpose.rejection: _("vor Ablehnung"), HearingPurpose.revocation: _("vor Widerruf"),
            HearingPurpose.clawback: _("vor Rückforderung")}[purpose]


def _due_state(due: dt.date | None, today: dt.date) -> str:
    return OVERDUE if due is not None and due < today else OPEN


def _decisions(session: Session, cases: dict[int, str]) -> list[HistoryEvent]:
    rows = session.scalars(select(Decision).where(Decision.application_id.in_(cases),
                                                  Decision.state == DecisionState.confirmed))
    return [HistoryEvent(d.decision_date or (d.confirmed_at or d.proposed_at).date(), cases[d.application_id],
                         _outcome(d.outcome) + (f" {format_eur(d.amount)}" if d.amount else ""), "")
            for d in rows]


def _payments(session: Session, cases: dict[int, str]) -> list[HistoryEvent]:
    rows = session.scalars(select(Payment).where(Payment.application_id.in_(cases)))
    return [HistoryEvent(p.paid_on, cases[p.application_id], _("Auszahlung {amount}").format(
        amount=format_eur(p.amount)), "") for p in rows]


def _proofs(session: Session, cases: dict[int, str], today: dt.date) -> list[HistoryEvent]:
    due = session.scalars(select(Deadline).where(Deadline.application_id.in_(cases), Deadline.done_at.is_(None),
                                                 Deadline.kind == DeadlineKind.proof_of_use))
    events = [HistoryEvent(d.due_on, cases[d.application_id or 0], _("Verwendungsnachweis fällig"),
                           _due_state(d.due_on, today)) for d in due]
    received = session.scalars(select(ProofOfUse).where(ProofOfUse.application_id.in_(cases)))
    events += [HistoryEvent(p.received_on, cases[p.application_id],
                            _("Zwischennachweis eingegangen") if p.interim else _("Verwendungsnachweis eingegangen"),
                            _("geprüft am {day}").format(day=format_date(p.checked_on)) if p.checked_on
                            else _("in Prüfung")) for p in received]
    return events


def _hearings(session: Session, cases: dict[int, str], today: dt.date) -> list[HistoryEvent]:
    rows = session.scalars(select(Hearing).where(Hearing.application_id.in_(cases)))
    return [HistoryEvent(h.sent_on, cases[h.application_id], _("Anhörung {purpose}: {subject}").format(
        purpose=_purpose(h.purpose), subject=h.subject),
        _("Stellungnahme am {day}").format(day=format_date(h.response_received_on)) if h.response_received_on
        else _("offen bis {day}").format(day=format_date(h.response_due)) if h.response_due >= today else OVERDUE)
        for h in rows]


def _objections(session: Session, cases: dict[int, str]) -> list[HistoryEvent]:
    rows = session.scalars(select(Objection).where(Objection.application_id.in_(cases)))
    return [HistoryEvent(o.lodged_on, cases[o.application_id], _("Widerspruch eingegangen"),
                         OPEN if o.decided_on is None else (_("abgeholfen") if o.remedied else _("nicht abgeholfen")))
            for o in rows]


def _clawbacks(session: Session, cases: dict[int, str], today: dt.date) -> list[HistoryEvent]:
    events = []
    for c in session.scalars(select(Clawback).where(Clawback.application_id.in_(cases))):
        balance = claim_balance(session, c, max(c.repaid_on or today, c.decided_on))  # interest to payment or today
        interest = balance.interest_accrued
        text = _("Rückforderung {amount}").format(amount=format_eur(c.amount))
        if interest:
            text += _(" zzgl. Zinsen {interest}").format(interest=format_eur(interest))
        state = _("bezahlt") if c.repaid_on is not None or balance.total <= Decimal(0) else \
            f"{_due_state(c.due_on, today)}: {format_eur(balance.total)}"
        events.append(HistoryEvent(c.decided_on, cases[c.application_id], text, state))
    return events


def history_events(session: Session, applicant_id: int, today: dt.date) -> list[HistoryEvent]:
    """Everything that happened in this organisation's cases, newest first."""
    cases = {a.id: case_file_number(a) for a in session.scalars(select(Application).where(
        Application.applicant_id == applicant_id))}
    if not cases:
        return []
    # in the order things follow each other on one day: a payment is shown above the decision of the same day
    sources = [_decisions(session, cases), _payments(session, cases), _proofs(session, cases, today),
               _hearings(session, cases, today), _objections(session, cases), _clawbacks(session, cases, today)]
    ranked = [(event.day, rank, event.file_number, event) for rank, events in enumerate(sources) for event in events]
    return [event for *_key, event in sorted(ranked, key=lambda r: r[:3], reverse=True)]


def attention(event: HistoryEvent) -> str | None:
    """OVERDUE or OPEN when the event still needs action (the view colours it), else None."""
    return next((state for state in (OVERDUE, OPEN) if event.state.startswith(state)), None)
