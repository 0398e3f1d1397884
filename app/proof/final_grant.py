"""Proof of use, closing with the final grant, clawback with § 49a interest, repayment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from app.cases.date_order import check_closing_date, check_proof_received
from app.cases.deadlines import close_deadlines, open_deadline
from app.cases.decisions import CLAWBACK_PROPOSALS
from app.cases.financing import clawback_amount
from app.cases.transitions import perform, precheck
from app.kernel import clock, settings
from app.kernel.case_records import check_version, load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.interest import InterestResult, compute_interest
from app.kernel.money import ZERO, MoneyInput, format_eur, require_non_negative, to_money
from app.kernel.periods import retention_end
from app.kernel.rates import base_rate_table, surcharge_table
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, parse_date, require_justification
from app.payments import repayments
from app.payments.repayments import RepaymentResult
from app.proof.calculation import FinalCalculation
from app.proof.loading import latest_draw, latest_proof, load_final_review, not_accepted_total, proof_figures
from app.proof.review import final_calculation
from db.enums import DeadlineKind
from db.models import Application, ClawbackProposal, Payment, ProofOfUse, Receipt


@dataclass(frozen=True)
class ProofInput:
    actual_total_costs: MoneyInput
    actual_eligible_costs: MoneyInput
    actual_own_funds: MoneyInput = "0"
    actual_third_party_funds: MoneyInput = "0"
    actual_other_income: MoneyInput = "0"
    received_on: dt.date | str | None = None
    report_text: str | None = None


@dataclass(frozen=True)
class CloseResult:
    calculation: FinalCalculation
    clawback: Decimal
    interest: InterestResult | None
    interest_waived: bool
    interest_abs4: Decimal = ZERO  # § 49a Abs. 4 on money used after the period (0 when waived)
    proposal_id: int | None = None  # set: a clawback proposal waits for a supervisor, the case is not closed yet

    @property
    def closed(self) -> bool:
        return self.proposal_id is None


def _money(value: MoneyInput, label: str, field: str) -> Decimal:
    return require_non_negative(to_money(value, field), label, field)


def receive_proof(uow: UnitOfWork, file_number: str, data: ProofInput, expected_version: int | None = None) -> int:
    total = _money(data.actual_total_costs, _("Ist-Gesamtkosten"), "actual_total_costs")
    eligible = _money(data.actual_eligible_costs, _("Zuwendungsfähige Ist-Ausgaben"), "actual_eligible_costs")
    if eligible > total:
        raise ValidationError(_("Die zuwendungsfähigen Ausgaben können nicht höher sein als die Gesamtkosten."),
                              "actual_eligible_costs")
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        perform(uow, app, "receive-proof")
        proof = ProofOfUse(
            application_id=app.id, interim=False, actual_total_costs=total, actual_eligible_costs=eligible,
            actual_own_funds=_money(data.actual_own_funds, _("Eigenmittel (Ist)"), "actual_own_funds"),
            actual_third_party_funds=_money(data.actual_third_party_funds, _("Drittmittel (Ist)"),
                                            "actual_third_party_funds"),
            actual_other_income=_money(data.actual_other_income, _("Einnahmen (Ist)"), "actual_other_income"),
            received_on=_received_on(app, data.received_on),
            report_text=clean_text(data.report_text, _("Sachbericht"), required=False, max_len=50000,
                                   multiline=True))
        uow.session.add(proof)
        close_deadlines(uow.session, app, (DeadlineKind.proof_of_use,), uow.actor.username)
        uow.session.flush()
        proof_id = proof.id
        uow.commit()
    return proof_id


def _received_on(app: Application, value: dt.date | str | None) -> dt.date:
    received = parse_date(value, _("Eingang"), required=False) or clock.today()
    check_proof_received(app, received)
    return received


def _final_proof(uow: UnitOfWork, app: Application) -> ProofOfUse:
    proof = latest_proof(uow.session, app.id)
    if proof is None:
        raise ValidationError(_("Es liegt kein Verwendungsnachweis vor."))
    return proof


def calculate_final(app: Application, proof: ProofOfUse) -> FinalCalculation:
    """The final grant (Nr. 2 ANBest-P), with the amounts not accepted in the receipt check taken out."""
    session = object_session(proof)
    if session is None:
        raise ValueError("calculate_final needs a proof of use loaded in a session")
    deducted = not_accepted_total(session, proof.id) if proof.id is not None else ZERO
    return final_calculation(proof_figures(session, app, proof), deducted)


def _require_sample_checked(uow: UnitOfWork, proof: ProofOfUse) -> None:
    if latest_draw(uow.session, proof.id) is None:
        return
    open_items = uow.session.scalar(select(func.count()).select_from(Receipt).where(
        Receipt.proof_id == proof.id, Receipt.in_sample.is_(True), Receipt.result.is_(None)))
    if open_items:
        raise ValidationError(_("Die Stichprobe ist noch nicht vollständig geprüft: {n} Belege ohne Ergebnis.").format(
            n=open_items))


@dataclass(frozen=True)
class FinalFigures:
    calculation: FinalCalculation
    clawback: Decimal
    abs4_interest: Decimal


def final_figures(uow: UnitOfWork, app: Application) -> FinalFigures:
    """The final grant with what goes back; refused while the sample is unchecked or money is still to be paid."""
    proof = _final_proof(uow, app)
    _require_sample_checked(uow, proof)
    review = load_final_review(uow.session, app, proof)
    calculation = review.calculation
    if calculation.final > app.paid_amount:
        raise ValidationError(_("Es sind noch {amount} auszuzahlen (endgültige Zuwendung {final}, ausgezahlt "
                                "{paid}); bitte zuerst die Restzahlung buchen.").format(
            amount=format_eur(calculation.final - app.paid_amount), final=format_eur(calculation.final),
            paid=format_eur(app.paid_amount)))
    return FinalFigures(calculation, clawback_amount(app.paid_amount, calculation.final), review.abs4_interest)


def close_case(uow: UnitOfWork, file_number: str, *, closed_on: dt.date | str | None = None,
               ineffective_on: dt.date | str | None = None, interest_until: dt.date | str | None = None,
               waive_interest_reason: str | None = None, reasons: str | None = None,
               expected_version: int | None = None) -> CloseResult:
    """Fix the final grant (amounts not accepted taken out). If more was paid, or money was used after the
    period, nothing is closed yet: the revocation and clawback with § 49a Abs. 3 and Abs. 4 interest (hearing
    first) becomes a proposal with `reasons` (facts and discretion) that a supervisor confirms
    (`app.proof.clawback_decision`)."""
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        precheck(uow, app, "close")
        figures = final_figures(uow, app)
        day = parse_date(closed_on, _("Abschlussdatum"), required=False) or clock.today()
        check_closing_date(app, _final_proof(uow, app), day)
        if figures.clawback > 0 or figures.abs4_interest > 0:
            result = _propose_clawback(uow, app, figures, day, (ineffective_on, interest_until),
                                       waive_interest_reason, reasons)
        else:
            perform(uow, app, "close", params={"clawback": ZERO})
            finish_close(uow, app, figures.calculation.final, day)
            result = CloseResult(figures.calculation, ZERO, None, False)
        uow.commit()
    return result


def finish_close(uow: UnitOfWork, app: Application, final: Decimal, day: dt.date) -> None:
    app.final_amount, app.closed_on = final, day
    app.retention_until = retention_end(day, settings.get_int(uow.session, "retention_years"))
    open_deadline(uow.session, app, DeadlineKind.retention, coded(N_("Aufbewahrungsfrist endet")), app.retention_until,
                  uow.actor.username)


def interest_window(session: Session, app: Application, decided: dt.date, ineffective_on: dt.date | str | None,
                    interest_until: dt.date | str | None) -> tuple[dt.date, dt.date | None]:
    """Interest from the day the grant became ineffective (default: the last payment), until the given day or
    (None) the due date of the Bescheid."""
    last_payment = session.scalar(select(func.max(Payment.paid_on)).where(Payment.application_id == app.id))
    start = parse_date(ineffective_on, _("Unwirksam ab"), required=False) or last_payment or decided
    return start, parse_date(interest_until, _("Zinsen bis"), required=False)


def due_date(session: Session, decided: dt.date) -> dt.date:
    return decided + dt.timedelta(days=settings.get_int(session, "repayment_due_days"))


def _propose_clawback(uow: UnitOfWork, app: Application, figures: FinalFigures, day: dt.date,
                      window: tuple[dt.date | str | None, dt.date | str | None], waive_reason: str | None,
                      reasons: str | None) -> CloseResult:
    session = uow.session
    perform(uow, app, "propose-clawback", reason=reasons,
            params={"clawback": figures.clawback + figures.abs4_interest})
    text = require_justification(reasons, _("Begründung der Rückforderung (Sachverhalt und Ermessen)"),
                                 minimum=20, field="reasons")
    waived = require_justification(waive_reason, _("Begründung des Zinsverzichts"), minimum=20) if waive_reason \
        else None
    start, until = interest_window(session, app, day, *window)
    interest = None if waived else compute_interest(figures.clawback, start, until or due_date(session, day),
                                                    base_rate_table(session), surcharge_table(session))
    proposal = ClawbackProposal(
        application_id=app.id, state=CLAWBACK_PROPOSALS.initial, final_amount=figures.calculation.final,
        amount=figures.clawback, interest_abs3=interest.total if interest else ZERO,
        interest_abs4=ZERO if waived else figures.abs4_interest, interest_from=start, interest_until=until,
        closed_on=day, waiver_reason=waived, reasons=text, proposed_by_id=uow.actor.id)
    session.add(proposal)
    session.flush()
    return CloseResult(figures.calculation, figures.clawback, interest, bool(waived), proposal.interest_abs4,
                       proposal.id)


def record_repayment(uow: UnitOfWork, file_number: str, amount: MoneyInput,
                     paid_on: dt.date | str | None = None) -> RepaymentResult:
    """Money received on the open clawback: a partial or final repayment with interest until the day of payment
    (`app.payments.repayments`)."""
    return repayments.record_repayment(uow, file_number, amount, paid_on)
