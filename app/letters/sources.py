"""Which letter kinds fit a case, and the kind-specific placeholder values.

Each kind has a source function that finds the record the letter is about
(the confirmed decision, the payment, the clawback …) or refuses with a
German reason when the case is not in a state where that letter fits:

* receipt: any registered case (has a file number), not withdrawn;
* documents_request: status "Nachforderung" with an open documents deadline;
* hearing: an open hearing (no response recorded yet) while the case is in a
  state where hearings are held (not after closing);
* approval / partial_approval: status approved or later and the latest
  confirmed decision is "approve" / "partial";
* rejection: status rejected and the latest confirmed decision is "reject";
* payment_notice: a payment has been booked (the latest, or the one asked for);
* clawback: a clawback (Rückforderung) has been set;
* reminder: a Mahnung has been recorded for an open clawback (`app.letters.reminders.send_reminder`).

Clawbacks and reminders carry a GiroCode with the office's account (`app.payments.girocode`); without an office
IBAN they are refused with a German reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from app.cases.financing import financing_label
from app.cases.workflow import STATUS_LABELS, transition_named
from app.kernel.errors import ValidationError
from app.kernel.i18n import _, source_text
from app.kernel.interest import compute_interest
from app.kernel.letterhead import grouped_iban
from app.kernel.money import format_eur, format_percent
from app.kernel.periods import format_date, proof_of_use_due
from app.kernel.rates import base_rate_table, surcharge_table
from app.kernel.stored_text import render, unpack
from app.letters.clawback_grounds import clawback_considerations, clawback_facts, final_proof
from app.letters.grant_plan import grant_plan, plan_values
from app.letters.hearing_facts import intended_decision
from app.letters.kinds import KIND_LABELS, LetterKind
from app.payments.girocode import GiroCode, make_girocode
from app.payments.repayments import reminder_values
from app.proof.final_grant import calculate_final
from db.enums import DeadlineKind, DecisionOutcome, DecisionState, HearingPurpose, Status
from db.models import (
    Application,
    Clawback,
    Deadline,
    Decision,
    EligibilityResult,
    Hearing,
    Payment,
    Reminder,
    StatusChange,
    User,
)

Values = dict[str, str | None]
GRANTED = frozenset({Status.approved, Status.funding, Status.proof_review, Status.closed})


class NotApplicable(ValidationError):
    """The letter kind does not fit the case's state."""


@dataclass
class SourceContext:
    session: Session
    app: Application
    today: dt.date
    letterhead: dict[str, str]
    payment_id: int | None = None
    decisions: Mapping[int, Decision] | None = None  # preloaded for a batch: latest confirmed by case id


@dataclass
class KindData:
    """Values of one kind plus the letter's date, posting day and signer where the record fixes them."""

    values: Values = field(default_factory=dict)
    letter_date: dt.date | None = None
    posted_on: dt.date | None = None
    signer: str | None = None  # display name of who signs, where the record says so
    girocode: GiroCode | None = None  # clawbacks and reminders: the transfer to the office as EPC QR code
    deadline: dt.date | None = None  # the deadline the letter sets (documents, statement, payment): after its date


def money(value: Decimal | None) -> str | None:
    return None if value is None else format_eur(value)


def day(value: dt.date | None) -> str | None:
    return None if value is None else format_date(value)


def period(start: dt.date | None, end: dt.date | None) -> str | None:
    if start is None or end is None:
        return None
    return _("{start} bis {end}").format(start=format_date(start), end=format_date(end))


def months_text(months: int) -> str:
    return _("einem Monat") if months == 1 else _("{n} Monaten").format(n=months)


def _refuse(kind: LetterKind, reason: str) -> NotApplicable:
    return NotApplicable(_("»{kind}« passt nicht zu diesem Vorgang: {reason}").format(
        kind=KIND_LABELS[kind], reason=reason))


def _receipt(ctx: SourceContext) -> KindData:
    if ctx.app.file_number is None or ctx.app.status in (Status.idea, Status.withdrawn):
        raise _refuse(LetterKind.receipt, _("Der Antrag ist nicht (mehr) registriert."))
    return KindData()


def _documents_request(ctx: SourceContext) -> KindData:
    app, session = ctx.app, ctx.session
    deadline = session.scalar(select(Deadline).where(
        Deadline.application_id == app.id, Deadline.kind == DeadlineKind.documents, Deadline.done_at.is_(None))
        .order_by(Deadline.id.desc()).limit(1))
    if app.status != Status.documents_requested or deadline is None:
        raise _refuse(LetterKind.documents_request, _("Es sind keine Unterlagen mit Frist nachgefordert."))
    failed = [render(message, params) for message, params in session.execute(
        select(EligibilityResult.message, EligibilityResult.message_params).where(
            EligibilityResult.application_id == app.id, EligibilityResult.rule == "documents_complete",
            EligibilityResult.passed.is_(False)))]
    note = session.scalar(select(StatusChange.reason).where(
        StatusChange.application_id == app.id, StatusChange.action == "request-documents")
        .order_by(StatusChange.id.desc()).limit(1))
    note = unpack(note)  # a typed note, or a text the program stored language-neutral
    items = [*failed, *([note] if note else [])]
    return KindData({"frist": day(deadline.due_on), "nachforderung": "\n".join(items) or None},
                    deadline=deadline.due_on)


HEARING_REASONS = {
    HearingPurpose.rejection: _("Ihren Antrag auf Gewährung einer Zuwendung abzulehnen"),
    HearingPurpose.revocation: _("den Zuwendungsbescheid ganz oder teilweise zu widerrufen"),
    HearingPurpose.clawback: _("die gewährte Zuwendung teilweise zurückzufordern und den Erstattungsbetrag "
                               "zu verzinsen"),
}


def _hearing(ctx: SourceContext) -> KindData:
    hearing = ctx.session.scalar(select(Hearing).where(
        Hearing.application_id == ctx.app.id, Hearing.response_received_on.is_(None))
        .order_by(Hearing.id.desc()).limit(1))
    if hearing is None or ctx.app.status not in transition_named("start-hearing").sources:
        raise _refuse(LetterKind.hearing, _("Es gibt keine offene Anhörung."))
    return KindData({"frist": day(hearing.response_due), "anhoerung_anlass": HEARING_REASONS[hearing.purpose],
                     "anhoerung_gegenstand": hearing.subject,
                     "beabsichtigte_entscheidung": intended_decision(ctx.session, ctx.app, hearing)},
                    letter_date=hearing.sent_on, posted_on=hearing.sent_on, deadline=hearing.response_due)


def latest_decision(session: Session, app: Application) -> Decision | None:
    """The latest confirmed decision, with its confirming supervisor (the letter's signer)."""
    return session.scalar(select(Decision).where(
        Decision.application_id == app.id, Decision.state == DecisionState.confirmed)
        .options(joinedload(Decision.confirmed_by)).order_by(Decision.id.desc()).limit(1))


def latest_decisions(session: Session, application_ids: Sequence[int]) -> dict[int, Decision]:
    """The latest confirmed decision of each case, for a whole batch in one query."""
    rows = session.scalars(select(Decision).where(
        Decision.application_id.in_(list(application_ids)), Decision.state == DecisionState.confirmed)
        .options(joinedload(Decision.confirmed_by)).order_by(Decision.id))
    return {decision.application_id: decision for decision in rows}  # later ids overwrite earlier ones


def _decision(ctx: SourceContext, kind: LetterKind, outcome: DecisionOutcome,
              states: frozenset[Status]) -> Decision:
    preloaded = ctx.decisions
    decision = preloaded.get(ctx.app.id) if preloaded is not None else latest_decision(ctx.session, ctx.app)
    if ctx.app.status not in states:
        raise _refuse(kind, _("Der Vorgang steht im Status »{status}«.").format(status=STATUS_LABELS[ctx.app.status]))
    if decision is None or decision.outcome != outcome:
        raise _refuse(kind, _("Es liegt keine bestätigte Entscheidung dieser Art vor."))
    return decision


def _grant_values(ctx: SourceContext, decision: Decision) -> Values:
    app = ctx.app
    proof_due = proof_of_use_due(app.end_date, app.programme.proof_of_use_months) if app.end_date else None
    rate = decision.funding_rate
    return {
        "bescheiddatum": day(decision.decision_date), "betrag": money(decision.amount),
        "finanzierungsart": source_text(financing_label(decision.financing_type or app.financing_type)),
        "foerdersatz": None if rate is None else format_percent(rate),
        "zuwendungsfaehige_ausgaben": money(decision.eligible_costs),
        **plan_values(grant_plan(app, decision.amount)),
        "nachweisfrist": day(proof_due), "verwendungsfrist": months_text(app.programme.use_within_months),
        "nebenbestimmungen": decision.conditions or _("keine"), "begruendung": decision.reasons or None,
        "zahlungsweise": payment_terms(ctx.session, app),
    }


def payment_terms(session: Session, app: Application) -> str:
    """Point 4 of the Zuwendungsbescheid: the instalments of the payment plan, or payment on request."""
    from app.payments.plan import payment_terms_text

    return payment_terms_text(session, app)


def _decision_data(values: Values, decision: Decision) -> KindData:
    signer = decision.confirmed_by.display_name if decision.confirmed_by else None
    return KindData(values, letter_date=decision.decision_date,
                    posted_on=decision.posted_on or decision.decision_date, signer=signer)


def _approval(ctx: SourceContext) -> KindData:
    decision = _decision(ctx, LetterKind.approval, DecisionOutcome.approve, GRANTED)
    return _decision_data(_grant_values(ctx, decision), decision)


def _partial_approval(ctx: SourceContext) -> KindData:
    decision = _decision(ctx, LetterKind.partial_approval, DecisionOutcome.partial, GRANTED)
    return _decision_data(_grant_values(ctx, decision), decision)


def _rejection(ctx: SourceContext) -> KindData:
    decision = _decision(ctx, LetterKind.rejection, DecisionOutcome.reject, frozenset({Status.rejected}))
    return _decision_data({"bescheiddatum": day(decision.decision_date), "begruendung": decision.reasons or None},
                          decision)


def _payment(ctx: SourceContext) -> Payment:
    query = select(Payment).where(Payment.application_id == ctx.app.id)
    if ctx.payment_id is not None:
        query = query.where(Payment.id == ctx.payment_id)
    payment = ctx.session.scalar(query.order_by(Payment.paid_on.desc(), Payment.id.desc()).limit(1))
    if payment is None:
        reason = _("Es ist keine Auszahlung gebucht.") if ctx.payment_id is None else _(
            "Die Auszahlung Nr. {id} gehört nicht zu diesem Vorgang.").format(id=ctx.payment_id)
        raise _refuse(LetterKind.payment_notice, reason)
    return payment


def _payment_notice(ctx: SourceContext) -> KindData:
    app, payment = ctx.app, _payment(ctx)
    paid_so_far = ctx.session.scalar(select(func.coalesce(func.sum(Payment.amount), 0)).where(
        Payment.application_id == app.id,
        (Payment.paid_on < payment.paid_on) | ((Payment.paid_on == payment.paid_on) & (Payment.id <= payment.id))))
    paid = Decimal(paid_so_far or 0).quantize(Decimal("0.01"))
    approved = app.approved_amount
    return KindData({
        "betrag": money(payment.amount), "auszahlungsdatum": day(payment.paid_on), "verwenden_bis": day(payment.use_by),
        "bewilligt": money(approved), "ausgezahlt": money(paid),
        "restbetrag": None if approved is None else money(approved - paid),
        "verwendungsfrist": months_text(app.programme.use_within_months), "bescheiddatum": day(app.decided_on),
    })


def _interest_lines(ctx: SourceContext, claim: Clawback) -> str | None:
    if claim.interest_waived:
        return _("Von der Erhebung von Zinsen wird abgesehen: {reason}").format(reason=claim.waiver_reason or "")
    if claim.interest_from is None or claim.interest_to is None:
        return None
    result = compute_interest(claim.amount, claim.interest_from, claim.interest_to,
                              base_rate_table(ctx.session), surcharge_table(ctx.session))
    if result.total != claim.interest_abs3:
        raise ValidationError(_("Die Zinsberechnung ergibt heute {now}, festgesetzt wurden {stored}; der Zinssatz "
                                "wurde seither geändert. Bitte die Rückforderung prüfen.").format(
            now=format_eur(result.total), stored=format_eur(claim.interest_abs3)))
    lines = result.explain()
    if claim.amount > 0:  # the quote holds for payment on that day; the interest runs to the day of payment
        daily = compute_interest(claim.amount, claim.interest_to, claim.interest_to, base_rate_table(ctx.session),
                                 surcharge_table(ctx.session)).total
        lines.append(_("Die Zinsen sind bis zum {day} berechnet. Sie laufen bis zu dem Tag, an dem die Zahlung "
                       "eingeht: Für jeden Tag früher verringern, für jeden Tag später erhöhen sie sich um rund "
                       "{daily} (Zinssatz vom {day}).").format(day=format_date(claim.interest_to),
                                                                daily=format_eur(daily)))
    if claim.interest_abs4:
        lines.append(_("Zinsen nach § 49a Abs. 4 VwVfG (nicht rechtzeitig verwendete Mittel): {amount}").format(
            amount=format_eur(claim.interest_abs4)))
    return "\n".join(lines)


def _clawback(ctx: SourceContext) -> KindData:
    app, session = ctx.app, ctx.session
    claim = session.scalar(select(Clawback).where(Clawback.application_id == app.id)
                           .order_by(Clawback.id.desc()).limit(1))
    if claim is None:
        raise _refuse(LetterKind.clawback, _("Es ist keine Rückforderung festgesetzt."))
    proof = final_proof(session, app)
    interest = claim.interest_abs3 + claim.interest_abs4
    creator = session.scalar(select(User).where(User.username == claim.created_by))
    return KindData({
        "bescheiddatum": day(app.decided_on), "rueckforderung": money(claim.amount),
        "endgueltige_zuwendung": money(app.final_amount), "bewilligt": money(app.approved_amount),
        "ausgezahlt": money(app.paid_amount), "zinsen": money(interest),
        "gesamtforderung": money(claim.amount + interest), "faellig_am": day(claim.due_on),
        "zinszeitraum": period(claim.interest_from, claim.interest_to),
        "zinsberechnung": _interest_lines(ctx, claim),
        "berechnung": "\n".join(calculate_final(app, proof).lines) if proof else None,
        "rueckforderung_sachverhalt": clawback_facts(session, app, claim),
        "rueckforderung_gruende": clawback_considerations(session, app, claim),
        "behoerde_bank": ctx.letterhead["bank_name"] or None,
        "behoerde_iban": grouped_iban(ctx.letterhead["iban"]) or None,
        "behoerde_bic": ctx.letterhead["bic"] or None, "girocode": _("GiroCode"),
    }, letter_date=claim.decided_on, posted_on=claim.decided_on, signer=creator.display_name if creator else None,
        girocode=office_girocode(ctx, claim.amount + interest), deadline=claim.due_on)


def office_girocode(ctx: SourceContext, amount: Decimal) -> GiroCode:
    """The transfer of `amount` to the office, with the file number as Verwendungszweck."""
    head = ctx.letterhead
    return make_girocode(head["office"], head["iban"], amount, ctx.app.file_number or "", head["bic"] or None)


def _reminder(ctx: SourceContext) -> KindData:

    found = reminder_values(ctx.session, ctx.app)
    if found is None:
        raise _refuse(LetterKind.reminder, _("Es ist keine Mahnung zu einer offenen Rückforderung erfasst."))
    values, sent_on, outstanding = found
    values.update({"behoerde_bank": ctx.letterhead["bank_name"] or None,
                   "behoerde_iban": grouped_iban(ctx.letterhead["iban"]) or None,
                   "behoerde_bic": ctx.letterhead["bic"] or None, "girocode": _("GiroCode")})
    pay_by = ctx.session.scalar(select(Reminder.due_on).join(Clawback, Reminder.clawback_id == Clawback.id).where(
        Clawback.application_id == ctx.app.id).order_by(Reminder.id.desc()).limit(1))
    return KindData(values, letter_date=sent_on, posted_on=sent_on, girocode=office_girocode(ctx, outstanding),
                    deadline=pay_by)


SOURCES: dict[LetterKind, Callable[[SourceContext], KindData]] = {
    LetterKind.receipt: _receipt,
    LetterKind.documents_request: _documents_request,
    LetterKind.hearing: _hearing,
    LetterKind.approval: _approval,
    LetterKind.partial_approval: _partial_approval,
    LetterKind.rejection: _rejection,
    LetterKind.payment_notice: _payment_notice,
    LetterKind.clawback: _clawback,
    LetterKind.reminder: _reminder,
}
