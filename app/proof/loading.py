"""Reading the input of the proof-of-use calculations from the database (one case, one session)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.rules.plan import plan_sums
from app.kernel import settings
from app.kernel.money import ZERO
from app.kernel.periods import add_months
from app.kernel.rates import base_rate_table, surcharge_table
from app.proof.calculation import ApprovedPlan
from app.proof.idle_funds import PaidOut
from app.proof.review import FinalReview, ProofFigures, ReceiptFigures, final_review
from app.proof.statement import PlanLineActual, Statement, cost_statement
from db.enums import Status
from db.models import Application, CostLine, Payment, ProofCostLine, ProofOfUse, Receipt, SampleDraw


def latest_proof(session: Session, application_id: int) -> ProofOfUse | None:
    """The final proof of use (the newest one that is not an interim proof)."""
    return session.scalar(select(ProofOfUse).where(
        ProofOfUse.application_id == application_id, ProofOfUse.interim.is_(False)).order_by(ProofOfUse.id.desc())
        .limit(1))


def receipts_of(session: Session, proof_id: int) -> list[Receipt]:
    return list(session.scalars(select(Receipt).where(Receipt.proof_id == proof_id).order_by(Receipt.position)))


def latest_draw(session: Session, proof_id: int) -> SampleDraw | None:
    return session.scalar(select(SampleDraw).where(SampleDraw.proof_id == proof_id).order_by(SampleDraw.id.desc())
                          .limit(1))


def not_accepted_total(session: Session, proof_id: int) -> Decimal:
    return sum((r.amount - (r.accepted_amount or ZERO) for r in receipts_of(session, proof_id)
                if r.result is not None and r.result.value == "not_accepted"), ZERO)


def cost_line_label(line: CostLine) -> str:
    return f"{line.position}. {line.description}"


def plan_lines(session: Session, app: Application, proof: ProofOfUse | None) -> list[PlanLineActual]:
    actuals: dict[int, Decimal] = {}
    sums: dict[int, Decimal] = {}
    if proof is not None:
        actuals = {row.cost_line_id: row.actual_amount for row in session.scalars(
            select(ProofCostLine).where(ProofCostLine.proof_id == proof.id))}
        for receipt in receipts_of(session, proof.id):
            if receipt.cost_line_id is not None:
                sums[receipt.cost_line_id] = sums.get(receipt.cost_line_id, ZERO) + receipt.amount
    return [PlanLineActual(c.id, c.position, c.category.value, c.description, c.planned_amount, actuals.get(c.id),
                           c.eligible, sums.get(c.id, ZERO)) for c in app.cost_lines]


def statement(session: Session, app: Application, proof: ProofOfUse | None) -> Statement:
    stated = (proof.actual_total_costs, proof.actual_eligible_costs) if proof is not None else None
    return cost_statement(plan_lines(session, app, proof), app.programme.cost_line_tolerance, stated)


def receipt_figures(session: Session, app: Application, proof: ProofOfUse) -> tuple[ReceiptFigures, ...]:
    lines = {c.id: c for c in app.cost_lines}
    result = []
    for r in receipts_of(session, proof.id):
        line = lines.get(r.cost_line_id) if r.cost_line_id is not None else None
        result.append(ReceiptFigures(
            r.id, r.position, r.receipt_date, r.payee, r.purpose, r.amount, cost_line_label(line) if line else "–",
            line.eligible if line else False, r.paid_on, r.in_sample, r.result.value if r.result else None,
            r.accepted_amount, r.result_reason, r.checked_by, r.cost_line_id))
    return tuple(result)


def paid_out(session: Session, app: Application) -> tuple[PaidOut, ...]:
    payments = session.scalars(select(Payment).where(Payment.application_id == app.id)
                               .order_by(Payment.paid_on, Payment.id))
    months = app.programme.use_within_months
    return tuple(PaidOut(p.paid_on, p.amount, p.use_by or add_months(p.paid_on, months)) for p in payments)


def approved_plan(app: Application) -> ApprovedPlan:
    """The approval with its plan (frozen once decided: `app.cases.intake.update_application`)."""
    sums = plan_sums(app)
    return ApprovedPlan(app.financing_type, app.approved_amount or ZERO, sums.total_costs, sums.eligible_costs,
                        sums.own_funds, sums.third_party_funds, sums.other_income, app.funding_rate)


def final_grant_threshold(session: Session) -> Decimal:
    """The Bagatellgrenze of the final calculation (whole euros, `app.kernel.settings`)."""
    return Decimal(settings.get_int(session, "final_grant_threshold")).quantize(Decimal("0.01"))


def proof_figures(session: Session, app: Application, proof: ProofOfUse, receipts: tuple[ReceiptFigures, ...] = (),
                  payments: tuple[PaidOut, ...] = ()) -> ProofFigures:
    return ProofFigures(
        plan=approved_plan(app), paid=app.paid_amount,
        eligible_costs=proof.actual_eligible_costs, own_funds=proof.actual_own_funds,
        third_party_funds=proof.actual_third_party_funds, other_income=proof.actual_other_income,
        receipts=receipts, payments=payments, use_within_months=app.programme.use_within_months,
        threshold=final_grant_threshold(session),
        fixed=app.final_amount if app.status == Status.closed else None)


def load_final_review(session: Session, app: Application, proof: ProofOfUse) -> FinalReview:
    figures = proof_figures(session, app, proof, receipt_figures(session, app, proof), paid_out(session, app))
    return final_review(figures, base_rate_table(session), surcharge_table(session))
