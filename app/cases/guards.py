"""Guards named in `app.cases.workflow.TRANSITIONS`.

A guard looks at the case and the action's input and returns the German reason
why the action must not happen, or None. Guards only read; the use case writes
after all guards passed.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from app.cases.bescheide import suspension_reason
from app.cases.guard_context import Guard, GuardContext
from app.cases.payment_rules import open_order_sum, open_request_sum
from app.cases.rules.proposal import proposal_problem
from app.kernel import budget
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.kernel.stored_text import render
from db.enums import DecisionOutcome, DecisionState, HearingPurpose
from db.models import (
    Clawback,
    ClawbackProposal,
    CostLine,
    Decision,
    EligibilityResult,
    Hearing,
    Objection,
)


def application_complete(ctx: GuardContext) -> str | None:
    app = ctx.application
    missing = [label for label, ok in (
        (_("Titel"), bool(app.title)),
        (_("Gemeinde"), app.municipality_id is not None),
        (_("Bewilligungszeitraum"), app.start_date is not None and app.end_date is not None),
        (_("beantragte Zuwendung"), app.requested_amount > 0),
    ) if not ok]
    has_costs = ctx.session.scalar(select(func.count()).select_from(CostLine).where(
        CostLine.application_id == app.id)) if app.id else len(app.cost_lines)
    if not has_costs:
        missing.append(_("Kostenplan"))
    if missing:
        return _("Für die Registrierung fehlen noch: {missing}.").format(missing=", ".join(missing))
    return None


def deadline_in_future(ctx: GuardContext) -> str | None:
    due = ctx.params.get("due_on")
    if due is None:
        return _("Bitte eine Frist angeben.")
    if due <= ctx.today:
        return _("Die Frist ({due}) muss in der Zukunft liegen.").format(due=format_date(due))
    return None


def eligibility_passed(ctx: GuardContext) -> str | None:
    results = ctx.session.scalars(select(EligibilityResult).where(
        EligibilityResult.application_id == ctx.application.id)).all()
    if not results:
        return _("Die formelle Prüfung wurde noch nicht durchgeführt.")
    open_rules = [render(r.message, r.message_params) for r in results if not r.passed and not r.override_justification]
    if open_rules:
        return _("Die formelle Prüfung ist nicht bestanden: {problems}").format(problems=" ".join(open_rules))
    return None


def proposal_valid(ctx: GuardContext) -> str | None:
    return proposal_problem(ctx)


def reason_given(ctx: GuardContext) -> str | None:
    reason = (ctx.params.get("reason") or "").strip()
    if len(reason) < 10:
        return _("Bitte eine nachvollziehbare Begründung angeben (mindestens 10 Zeichen).")
    return None


def _open_proposal(ctx: GuardContext) -> Decision | None:
    return ctx.session.scalar(select(Decision).where(
        Decision.application_id == ctx.application.id, Decision.state == DecisionState.proposed
    ).order_by(Decision.id.desc()).limit(1))


def four_eyes(ctx: GuardContext) -> str | None:
    proposal = _open_proposal(ctx)
    if proposal is None:
        return _("Es liegt kein offener Entscheidungsvorschlag vor.")
    if proposal.proposed_by_id == ctx.actor.id:
        return _("Vier-Augen-Prinzip: Wer die Entscheidung vorgeschlagen hat, darf sie nicht selbst bestätigen.")
    return None


def budget_available(ctx: GuardContext) -> str | None:
    proposal = _open_proposal(ctx)
    if proposal is None or proposal.outcome == DecisionOutcome.reject or proposal.amount is None:
        return None
    return budget.shortfall_message(ctx.session, ctx.application, proposal.amount)


def within_approved(ctx: GuardContext) -> str | None:
    amount: Decimal = ctx.params["amount"]
    approved = ctx.application.approved_amount or Decimal("0.00")
    # paid + payment orders not yet paid or cancelled (issue 14: ordered plus paid never exceeds approved)
    committed = ctx.application.paid_amount + open_order_sum(ctx.session, ctx.application.id,
                                                             ctx.params.get("order_id"))
    if ctx.params.get("include_open_requests"):
        committed += open_request_sum(ctx.session, ctx.application.id, ctx.params.get("request_id"))
    if committed + amount > approved:
        return _("Der Betrag {amount} übersteigt den noch verfügbaren bewilligten Betrag "
                 "({available} von {approved}).").format(
            amount=format_eur(amount), available=format_eur(max(approved - committed, Decimal("0.00"))),
            approved=format_eur(approved))
    return None


def open_hearing(ctx: GuardContext) -> str | None:
    hearing = ctx.session.scalar(select(Hearing).where(
        Hearing.application_id == ctx.application.id, Hearing.response_received_on.is_(None)).limit(1))
    return None if hearing else _("Es gibt keine offene Anhörung zu diesem Vorgang.")


def hearing_before_clawback(ctx: GuardContext) -> str | None:
    if ctx.params.get("clawback", Decimal("0.00")) <= 0:
        return None
    hearings = ctx.session.scalars(select(Hearing).where(
        Hearing.application_id == ctx.application.id,
        Hearing.purpose.in_([HearingPurpose.clawback, HearingPurpose.revocation]))).all()
    if not hearings:
        return _("Vor einer Rückforderung ({amount}) ist eine Anhörung nach § 28 VwVfG erforderlich.").format(
            amount=format_eur(ctx.params["clawback"]))
    if any(h.response_received_on is not None or h.response_due < ctx.today for h in hearings):
        return None
    due = min(h.response_due for h in hearings)
    return _("Die Anhörungsfrist läuft noch bis {due}; erst danach kann zurückgefordert werden.").format(
        due=format_date(due))


def open_objection(ctx: GuardContext) -> str | None:
    objection = ctx.session.scalar(select(Objection).where(
        Objection.application_id == ctx.application.id, Objection.decided_on.is_(None)).limit(1))
    return None if objection else _("Es liegt kein offener Widerspruch vor.")


def objection_remedied(ctx: GuardContext) -> str | None:
    objection = ctx.session.scalar(select(Objection).where(
        Objection.application_id == ctx.application.id, Objection.remedied.is_(True)).limit(1))
    return None if objection else _("Eine Wiederaufnahme setzt einen Widerspruch voraus, dem abgeholfen wurde.")


def open_clawback(ctx: GuardContext) -> str | None:
    clawback = ctx.session.scalar(select(Clawback).where(
        Clawback.application_id == ctx.application.id, Clawback.repaid_on.is_(None)).limit(1))
    return None if clawback else _("Es gibt keine offene Rückforderung zu diesem Vorgang.")


def no_open_payment_orders(ctx: GuardContext) -> str | None:
    """Issue 14: a case is not closed while a payment order may still be paid out."""
    open_sum = open_order_sum(ctx.session, ctx.application.id)
    if open_sum:
        return _("Es sind noch Auszahlungsanordnungen über {amount} offen; bitte zuerst als bezahlt buchen oder "
                 "stornieren.").format(amount=format_eur(open_sum))
    return None


def _open_clawback_proposal(ctx: GuardContext) -> ClawbackProposal | None:
    return ctx.session.scalar(select(ClawbackProposal).where(
        ClawbackProposal.application_id == ctx.application.id, ClawbackProposal.state == DecisionState.proposed
    ).order_by(ClawbackProposal.id.desc()).limit(1))


def no_open_clawback_proposal(ctx: GuardContext) -> str | None:
    proposal = _open_clawback_proposal(ctx)
    if proposal is None:
        return None
    return _("Es liegt bereits ein Rückforderungsvorschlag über {amount} vor; die Sachgebietsleitung bestätigt "
             "ihn oder gibt ihn zurück.").format(amount=format_eur(proposal.amount + proposal.interest_abs4))


def open_clawback_proposal(ctx: GuardContext) -> str | None:
    return None if _open_clawback_proposal(ctx) else _("Es liegt kein offener Rückforderungsvorschlag vor.")


def clawback_four_eyes(ctx: GuardContext) -> str | None:
    proposal = _open_clawback_proposal(ctx)
    if proposal is None:
        return _("Es liegt kein offener Rückforderungsvorschlag vor.")
    if proposal.proposed_by_id == ctx.actor.id:
        return _("Vier-Augen-Prinzip: Wer die Rückforderung vorgeschlagen hat, darf sie nicht selbst bestätigen.")
    return None


def suspended_claim(ctx: GuardContext) -> str | None:
    """Immediate enforcement is ordered only for a claim an objection suspends."""
    for claim in ctx.session.scalars(select(Clawback).where(
            Clawback.application_id == ctx.application.id, Clawback.repaid_on.is_(None))):
        if suspension_reason(ctx.session, claim):
            return None
    return _("Keine offene Forderung dieses Vorgangs ist durch einen Widerspruch ausgesetzt.")


GUARDS: dict[str, Guard] = {
    "application_complete": application_complete,
    "deadline_in_future": deadline_in_future,
    "eligibility_passed": eligibility_passed,
    "proposal_valid": proposal_valid,
    "reason_given": reason_given,
    "four_eyes": four_eyes,
    "budget_available": budget_available,
    "within_approved": within_approved,
    "open_hearing": open_hearing,
    "hearing_before_clawback": hearing_before_clawback,
    "open_objection": open_objection,
    "objection_remedied": objection_remedied,
    "open_clawback": open_clawback,
    "no_open_payment_orders": no_open_payment_orders,
    "no_open_clawback_proposal": no_open_clawback_proposal,
    "open_clawback_proposal": open_clawback_proposal,
    "clawback_four_eyes": clawback_four_eyes,
    "suspended_claim": suspended_claim,
}
