"""The revocation and clawback Bescheid (or the § 49a Abs. 4 interest claim) decided by two people.

A caseworker's `close` that claws money back proposes it (`app.proof.final_grant.close_case`); a supervisor who
did not propose it confirms it here (the case closes, the Clawback is fixed with its Bescheid date, posting,
notification and objection deadline) or returns it with a reason. A supervisor may order immediate enforcement
(§ 80 Abs. 2 Nr. 4 VwGO) of a claim that a pending objection suspends.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.cases.bescheide import bescheid_dates, clawback_bescheid, open_objection_deadline, suspension_reason
from app.cases.deadlines import open_deadline
from app.cases.decisions import CLAWBACK_PROPOSALS
from app.cases.time_limits import open_limitation_deadline
from app.cases.transitions import perform, precheck
from app.kernel import clock
from app.kernel.case_records import check_version, load_case
from app.kernel.errors import TransitionRefused, ValidationError
from app.kernel.i18n import _
from app.kernel.interest import InterestResult, compute_interest
from app.kernel.money import ZERO, format_eur
from app.kernel.rates import base_rate_table, surcharge_table
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import parse_date, require_justification
from app.proof.final_grant import CloseResult, due_date, final_figures, finish_close
from db.base import utcnow
from db.enums import DeadlineKind
from db.models import Application, Clawback, ClawbackProposal


def open_proposal(uow: UnitOfWork, app: Application) -> ClawbackProposal:
    proposal = uow.session.scalar(select(ClawbackProposal).where(
        ClawbackProposal.application_id == app.id, ClawbackProposal.state == CLAWBACK_PROPOSALS.initial
    ).order_by(ClawbackProposal.id.desc()))
    if proposal is None:
        raise TransitionRefused(_("Es liegt kein offener Rückforderungsvorschlag vor."))
    return proposal


def confirm_clawback(uow: UnitOfWork, file_number: str, *, decision_date: dt.date | str | None = None,
                     posted_on: dt.date | str | None = None, expected_version: int | None = None) -> CloseResult:
    """Supervisor (not the proposer) confirms: the case closes with the proposed final grant and the Clawback
    is fixed; refused when the final calculation no longer gives what was proposed."""
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        decided = parse_date(decision_date, _("Bescheiddatum"), required=False) or clock.today()
        posted = parse_date(posted_on, _("Aufgabe zur Post"), required=False) or decided
        if posted < decided:
            raise ValidationError(_("Der Bescheid kann nicht vor seinem Datum zur Post gegeben werden."), "posted_on")
        precheck(uow, app, "confirm-clawback")
        proposal = open_proposal(uow, app)
        figures = final_figures(uow, app)
        if (figures.calculation.final, figures.clawback) != (proposal.final_amount, proposal.amount):
            raise ValidationError(_("Die Endabrechnung ergibt inzwischen {final} (Rückforderung {amount}) statt des "
                                    "Vorschlags; bitte den Vorschlag zurückgeben.").format(
                final=format_eur(figures.calculation.final), amount=format_eur(figures.clawback)))
        perform(uow, app, "confirm-clawback", params={"clawback": proposal.amount + proposal.interest_abs4})
        CLAWBACK_PROPOSALS.move(proposal, "confirm", id=proposal.id)
        proposal.confirmed_by_id, proposal.confirmed_at = uow.actor.id, utcnow()
        finish_close(uow, app, proposal.final_amount, decided)
        claim, interest = _fix_clawback(uow, app, proposal, decided, posted)
        result = CloseResult(figures.calculation, proposal.amount, interest, claim.interest_waived,
                             claim.interest_abs4)
        uow.commit()
    return result


def _fix_clawback(uow: UnitOfWork, app: Application, proposal: ClawbackProposal, decided: dt.date,
                  posted: dt.date) -> tuple[Clawback, InterestResult | None]:
    session = uow.session
    due = due_date(session, decided)
    end = proposal.interest_until or due
    waived = proposal.waiver_reason is not None
    interest = None if waived else compute_interest(proposal.amount, proposal.interest_from, end,
                                                    base_rate_table(session), surcharge_table(session))
    dates = bescheid_dates(session, posted)
    claim = Clawback(application_id=app.id, amount=proposal.amount, interest_from=proposal.interest_from,
                     interest_to=end, interest_abs3=interest.total if interest else ZERO,
                     interest_abs4=proposal.interest_abs4,
                     interest_waived=waived, waiver_reason=proposal.waiver_reason, decided_on=decided, due_on=due,
                     created_by=uow.actor.username, proposal_id=proposal.id, posted_on=posted,
                     notified_on=dates.notified_on, objection_until=dates.objection_until)
    session.add(claim)
    session.flush()
    owed = claim.amount + claim.interest_abs3 + claim.interest_abs4
    open_deadline(session, app, DeadlineKind.follow_up, coded(N_("Rückzahlung {amount} fällig am {due}"),
                                                              amount=owed, due=due), due, uow.actor.username)
    open_objection_deadline(session, app, clawback_bescheid(claim), uow.actor.username)
    open_limitation_deadline(session, app, claim, uow.actor.username)
    return claim, interest


def return_clawback(uow: UnitOfWork, file_number: str, reason: str, expected_version: int | None = None) -> None:
    """Supervisor sends the clawback proposal back to the caseworker with a reason; the case stays in review."""
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        perform(uow, app, "return-clawback", reason=reason)
        proposal = open_proposal(uow, app)
        CLAWBACK_PROPOSALS.move(proposal, "return", id=proposal.id)
        proposal.returned_by_id, proposal.return_reason = uow.actor.id, reason.strip()
        uow.commit()


def order_immediate_enforcement(uow: UnitOfWork, file_number: str, reasons: str,
                                ordered_on: dt.date | str | None = None) -> None:
    """§ 80 Abs. 2 Nr. 4 VwGO: the supervisor orders immediate enforcement with written reasons (§ 80 Abs. 3
    VwGO); reminders are possible again although the objection is pending."""
    text = require_justification(reasons, _("Begründung der sofortigen Vollziehung"), minimum=20, field="reason")
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        perform(uow, app, "order-enforcement", reason=text)
        claim = next(c for c in uow.session.scalars(select(Clawback).where(
            Clawback.application_id == app.id, Clawback.repaid_on.is_(None)).order_by(Clawback.id))
            if suspension_reason(uow.session, c))  # the suspended_claim guard found one
        claim.enforcement_ordered_on = parse_date(ordered_on, _("Angeordnet am"), required=False) or clock.today()
        claim.enforcement_ordered_by, claim.enforcement_reasons = uow.actor.username, text
        uow.commit()
