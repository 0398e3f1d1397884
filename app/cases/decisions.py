"""Decision proposal by a caseworker and four-eyes confirmation by a supervisor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.applicants.file import coded_warnings_for
from app.cases.bescheide import BescheidDates, bescheid_dates, decision_bescheid, open_objection_deadline
from app.cases.date_order import check_decision_dates
from app.cases.deadlines import close_deadlines, open_deadline
from app.cases.rules.plan import plan_sums
from app.cases.transitions import perform, precheck
from app.kernel import clock
from app.kernel.case_records import check_version, load_case
from app.kernel.errors import NeedsAcknowledgement, ValidationError
from app.kernel.i18n import _
from app.kernel.lifecycle import Lifecycle, step
from app.kernel.money import MoneyInput, to_money
from app.kernel.periods import proof_of_use_due
from app.kernel.stored_text import N_, Lines, StoredText, coded, joined
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date
from app.social_plan.alignment import proposal_note
from db.base import utcnow
from db.enums import DeadlineKind, DecisionOutcome, DecisionState, Status
from db.models import Application, Decision

RATE_STEP = Decimal("0.0001")
D = DecisionState

DECISION_STATE_LABELS: dict[DecisionState, str] = {
    D.proposed: _("vorgeschlagen"), D.confirmed: _("bestätigt"), D.returned: _("zurückgegeben"),
}

# A decision is proposed by a caseworker and then confirmed or returned by a supervisor (`app.cases.workflow`
# checks the case side of these steps: roles, four eyes, budget).
DECISIONS: Lifecycle[DecisionState] = Lifecycle(
    "decision", _("Entscheidungsvorschlag"), DECISION_STATE_LABELS, D.proposed, (
        step("confirm", _("Entscheidung bestätigen"), [D.proposed], D.confirmed, "case.confirm-decision"),
        step("return", _("Vorschlag zurückgeben"), [D.proposed], D.returned, "case.return-proposal"),
    ),
    _("Der Entscheidungsvorschlag Nr. {id} ist »{state}«; »{action}« ist nicht möglich."))

# A clawback (or § 49a Abs. 4 interest claim) is proposed by a caseworker through `close` and confirmed or
# returned by a supervisor who did not propose it (`app.proof.clawback_decision`).
CLAWBACK_PROPOSALS: Lifecycle[DecisionState] = Lifecycle(
    "clawback-proposal", _("Rückforderungsvorschlag"), DECISION_STATE_LABELS, D.proposed, (
        step("confirm", _("Rückforderung bestätigen"), [D.proposed], D.confirmed, "case.confirm-clawback"),
        step("return", _("Rückforderungsvorschlag zurückgeben"), [D.proposed], D.returned, "case.return-clawback"),
    ),
    _("Der Rückforderungsvorschlag Nr. {id} ist »{state}«; »{action}« ist nicht möglich."))


def _outcome(value: str | DecisionOutcome) -> DecisionOutcome:
    try:
        return DecisionOutcome(value)
    except ValueError:
        raise ValidationError(_("Unbekanntes Ergebnis »{value}«; möglich: approve, partial, reject.").format(
            value=value), "outcome") from None


def propose(uow: UnitOfWork, file_number: str, outcome: str | DecisionOutcome, *, amount: MoneyInput | None = None,
            reasons: str | None = None, conditions: str | None = None, expected_version: int | None = None,
            acknowledge_warnings: bool = False, score_basis: str | None = None) -> int:
    """Caseworker proposes approve / partial / reject with amount and reasons.

    `score_basis` "panel" makes the reviewers' mean the proposal's score (several reviewers); "sheet" or None
    keeps the caseworker's scoring sheet. Either way the note quotes the reviewers' summary when there is one.

    If the organisation has an overdue proof of use or an open repayment, a grant can only be proposed
    after the caseworker acknowledged these warnings; the acknowledgement is part of the audit reason.
    """
    result = _outcome(outcome)
    money = None if amount in (None, "") or result == DecisionOutcome.reject else to_money(amount, "amount")
    text = clean_text(reasons, _("Begründung"), field="reasons", required=False, max_len=20000, multiline=True)
    extra = clean_text(conditions, _("Nebenbestimmungen"), required=False, max_len=20000, multiline=True)
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        note = _acknowledged(uow, app, result, proposal_note(uow.session, app, text, panel_score=_panel(score_basis)),
                             acknowledge_warnings)
        perform(uow, app, "propose", reason=note,  # the history quotes the score and acknowledged warnings
                params={"outcome": result, "amount": money, "reasons": text})
        sums = plan_sums(app)
        rate = None
        if money is not None and sums.eligible_costs > 0:
            rate = (money / sums.eligible_costs).quantize(RATE_STEP)
        decision = Decision(application_id=app.id, outcome=result, state=DECISIONS.initial, amount=money,
                            funding_rate=rate, financing_type=app.financing_type if money else None,
                            eligible_costs=sums.eligible_costs if money else None, reasons=text or "",
                            conditions=extra, proposed_by_id=uow.actor.id)
        uow.session.add(decision)
        uow.session.flush()
        decision_id = decision.id
        uow.commit()
    return decision_id


def _panel(score_basis: str | None) -> bool:
    if score_basis in (None, "", "sheet"):
        return False
    if score_basis == "panel":
        return True
    raise ValidationError(_("Unbekannte Grundlage der Bewertung »{value}«; möglich: sheet, panel.").format(
        value=score_basis), "score_basis")


def _acknowledged(uow: UnitOfWork, app: Application, outcome: DecisionOutcome, note: StoredText,
                  acknowledged: bool) -> StoredText:
    if outcome == DecisionOutcome.reject:
        return note
    stored = coded_warnings_for(uow.session, app.applicant_id, clock.today())
    warnings = [warning.render() for warning in stored]
    if warnings and not acknowledged:
        raise NeedsAcknowledgement(_("Vor einem Bewilligungsvorschlag bitte zur Kenntnis nehmen: {warnings}").format(
            warnings=" ".join(warnings)), warnings)
    if not warnings:
        return note
    return joined(note, coded(N_("Zur Kenntnis genommen: {warnings}"), warnings=Lines(tuple(stored), " ")))


def _open_proposal(uow: UnitOfWork, app: Application) -> Decision:
    decision = uow.session.scalar(select(Decision).where(
        Decision.application_id == app.id, Decision.state == DECISIONS.initial).order_by(Decision.id.desc()))
    if decision is None:
        raise ValidationError(_("Es liegt kein offener Entscheidungsvorschlag vor."))
    return decision


def return_proposal(uow: UnitOfWork, file_number: str, reason: str, expected_version: int | None = None) -> None:
    """Supervisor sends the proposal back to the caseworker with a reason."""
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        perform(uow, app, "return-proposal", reason=reason)
        decision = _open_proposal(uow, app)
        DECISIONS.move(decision, "return", id=decision.id)
        decision.returned_by_id = uow.actor.id
        decision.return_reason = reason
        uow.commit()


def confirm_decision(uow: UnitOfWork, file_number: str, *, decision_date: dt.date | str | None = None,
                     posted_on: dt.date | str | None = None, expected_version: int | None = None) -> Status:
    """Supervisor (not the proposer) confirms; an approval must fit the budget, under a lock."""
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        status = confirm_in_transaction(uow, app, decision_date, posted_on)
        uow.commit()
    return status


def confirm_in_transaction(uow: UnitOfWork, app: Application, decision_date: dt.date | str | None = None,
                           posted_on: dt.date | str | None = None) -> Status:
    """The confirmation inside the caller's transaction (one case of `confirm_decision`, or of a batch that
    confirms many in one transaction); the caller has locked the case row and commits."""
    decided = parse_date(decision_date, _("Bescheiddatum"), required=False) or clock.today()
    posted = parse_date(posted_on, _("Aufgabe zur Post"), required=False) or decided
    check_decision_dates(app, decided, posted)
    precheck(uow, app, "confirm-decision")
    proposal = _open_proposal(uow, app)
    target = Status.rejected if proposal.outcome == DecisionOutcome.reject else Status.approved
    dates = _periods(uow, app, posted)  # before the budget lock: the holiday calendar may load first
    perform(uow, app, "confirm-decision", target=target)
    _record_confirmation(uow, app, proposal, decided, posted, dates)
    return app.status


@dataclass(frozen=True)
class DecisionPeriods:
    bescheid: BescheidDates
    proof_due: dt.date | None


def _periods(uow: UnitOfWork, app: Application, posted: dt.date) -> DecisionPeriods:
    proof_due = proof_of_use_due(app.end_date, app.programme.proof_of_use_months) if app.end_date else None
    return DecisionPeriods(bescheid_dates(uow.session, posted), proof_due)


def _record_confirmation(uow: UnitOfWork, app: Application, proposal: Decision, decided: dt.date,
                         posted: dt.date, dates: DecisionPeriods) -> None:
    session = uow.session
    DECISIONS.move(proposal, "confirm", id=proposal.id)
    proposal.confirmed_by_id, proposal.confirmed_at = uow.actor.id, utcnow()
    proposal.decision_date, proposal.posted_on = decided, posted
    proposal.notified_on = dates.bescheid.notified_on
    proposal.objection_until = dates.bescheid.objection_until
    app.decided_on = decided
    if proposal.outcome != DecisionOutcome.reject:
        app.approved_amount = proposal.amount
        app.funding_rate = proposal.funding_rate
        app.financing_type = proposal.financing_type or app.financing_type
    session.flush()
    open_objection_deadline(session, app, decision_bescheid(proposal), uow.actor.username)
    if proposal.outcome != DecisionOutcome.reject and dates.proof_due is not None:
        open_deadline(session, app, DeadlineKind.proof_of_use,
                      coded(N_("Verwendungsnachweis fällig {due}"), due=dates.proof_due),
                      dates.proof_due, uow.actor.username)
    if proposal.outcome == DecisionOutcome.reject:
        close_deadlines(session, app, (DeadlineKind.documents, DeadlineKind.hearing), uow.actor.username)
