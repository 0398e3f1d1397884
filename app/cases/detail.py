"""Everything about one case, as plain dataclasses for the detail view, the CLI and letters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.cases.bescheide import Bescheid, bescheide
from app.cases.rules.eligibility import NOT_OVERRIDABLE, rule_label
from app.cases.rules.plan import PlanSums, plan_sums
from app.kernel import clock, settings
from app.kernel.case_records import case_file_number, load_case
from app.kernel.claim_balance import claim_balance
from app.kernel.i18n import _
from app.kernel.stored_text import render, unpack
from app.social_plan.reviews import summary_of
from db.enums import DecisionOutcome, DecisionState, FinancingType, Status
from db.models import (
    Application,
    Clawback,
    Deadline,
    Decision,
    Document,
    EligibilityResult,
    Hearing,
    Note,
    Objection,
    Payment,
    PaymentRequest,
    ProofOfUse,
    StatusChange,
    User,
)


@dataclass(frozen=True)
class PlanLine:
    kind: str  # cost category or funding kind
    description: str
    amount: Decimal
    eligible: bool | None = None


@dataclass(frozen=True)
class RuleRow:
    rule: str
    label: str
    passed: bool
    message: str
    overridable: bool
    override_justification: str | None
    overridden_by: str | None


@dataclass(frozen=True)
class DecisionRow:
    id: int
    outcome: DecisionOutcome
    state: DecisionState
    amount: Decimal | None
    reasons: str
    proposed_by: str
    proposed_at: dt.datetime
    confirmed_by: str | None
    decision_date: dt.date | None
    return_reason: str | None


@dataclass(frozen=True)
class PaymentRow:
    id: int
    paid_on: dt.date
    amount: Decimal
    use_by: dt.date | None
    reference: str | None  # the cash office's booking reference (Buchungszeichen), not the file number


@dataclass(frozen=True)
class RequestRow:
    id: int
    requested_on: dt.date
    amount: Decimal
    state: str


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    kind: str
    title: str
    due_on: dt.date
    done: bool
    version: int


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    user: str
    from_status: Status | None
    to_status: Status
    action: str
    reason: str | None
    user_display: str = ""  # the person's display name (the user name where there is none)


@dataclass(frozen=True)
class SimpleRow:
    """A dated line for documents, notes, hearings and objections."""

    day: dt.date | dt.datetime | None
    title: str
    text: str | None = None


@dataclass(frozen=True)
class ProofRow:
    received_on: dt.date
    actual_total_costs: Decimal
    actual_eligible_costs: Decimal
    actual_own_funds: Decimal
    actual_third_party_funds: Decimal
    actual_other_income: Decimal
    report_text: str | None


@dataclass(frozen=True)
class ClawbackRow:
    decided_on: dt.date
    amount: Decimal
    interest: Decimal  # up to the day it was settled, or today (`app.kernel.claim_balance`)
    interest_waived: bool
    due_on: dt.date | None
    repaid_amount: Decimal
    repaid_on: dt.date | None
    outstanding: Decimal = Decimal("0.00")  # open today


@dataclass(frozen=True)
class CaseDetail:
    id: int
    version: int
    file_number: str  # the Aktenzeichen, or `IDEE-<id>` for a project idea that has none yet
    status: Status
    title: str
    description: str | None
    programme_code: str
    programme_name: str
    fiscal_year: int
    applicant_id: int
    applicant: str
    applicant_type: str
    applicant_address: str
    contact: str | None
    contact_person_id: int | None
    caseworker: str | None
    caseworker_username: str | None
    municipality: str | None
    life_phase: str | None
    life_phase_code: str | None
    field_of_action: str | None
    measure: str | None
    measure_id: int | None
    catalogue_justification: str | None
    received_on: dt.date | None
    start_date: dt.date | None
    end_date: dt.date | None
    project_started_on: dt.date | None
    early_start_approved_on: dt.date | None
    financing_type: FinancingType
    funding_rate: Decimal | None
    requested: Decimal
    approved: Decimal | None
    paid: Decimal
    final: Decimal | None
    decided_on: dt.date | None
    closed_on: dt.date | None
    retention_until: dt.date | None
    sums: PlanSums
    cost_lines: list[PlanLine]
    funding_lines: list[PlanLine]
    rules: list[RuleRow]
    decisions: list[DecisionRow]
    requests: list[RequestRow]
    payments: list[PaymentRow]
    deadlines: list[DeadlineRow]
    history: list[HistoryRow]
    documents: list[SimpleRow]
    notes: list[SimpleRow]
    hearings: list[SimpleRow]
    objections: list[SimpleRow]
    proofs: list[ProofRow]
    clawbacks: list[ClawbackRow]
    actions: tuple[str, ...] = ()  # workflow actions offered to the reading user (see app.cases.actions)
    # default deadlines of a request for documents and of a hearing (settings, in days from today)
    documents_deadline_days: int = 14
    hearing_response_days: int = 14
    bescheide: tuple[Bescheid, ...] = ()  # the confirmed Bescheide, oldest first
    panel_summary: str | None = None  # the reviewers' summary (several reviewers, issue 23), if any scored
    micro: bool = False  # the programme is a micro-project fund (simplified proof of use)


def _names(session: Session) -> dict[int, str]:
    return {u.id: u.display_name for u in session.scalars(select(User))}


# the tables whose rows belong to one case (constrained, so each one's `application_id` is checked)
_Row = TypeVar("_Row", EligibilityResult, Decision, PaymentRequest, Payment, Deadline, StatusChange, Note, Hearing,
               Objection, ProofOfUse, Clawback)


def _rows(session: Session, model: type[_Row], app_id: int, order: InstrumentedAttribute[Any]) -> list[_Row]:
    return list(session.scalars(select(model).where(model.application_id == app_id).order_by(order)))


def case_detail(session: Session, file_number: str) -> CaseDetail:
    app = load_case(session, file_number)
    names = _names(session)
    people = {user: display for user, display in session.execute(select(User.username, User.display_name))}
    applicant = app.applicant
    address = ", ".join(p for p in (applicant.street, " ".join(
        x for x in (applicant.postcode, applicant.city) if x)) if p)
    return CaseDetail(
        id=app.id, version=app.version, file_number=case_file_number(app),
        status=app.status, title=app.title, description=app.description, programme_code=app.programme.code,
        programme_name=app.programme.name, micro=bool(app.programme.micro), fiscal_year=app.fiscal_year,
        applicant_id=applicant.id,
        applicant=applicant.name, applicant_type=applicant.applicant_type.name, applicant_address=address,
        contact=app.contact_person.name if app.contact_person else None, contact_person_id=app.contact_person_id,
        caseworker=app.caseworker.display_name if app.caseworker else None,
        caseworker_username=app.caseworker.username if app.caseworker else None,
        municipality=app.municipality.name if app.municipality else None,
        life_phase=app.life_phase.name if app.life_phase else None,
        life_phase_code=app.life_phase.code if app.life_phase else None,
        field_of_action=app.field_of_action.name if app.field_of_action else None,
        measure=app.measure.title if app.measure else None, measure_id=app.measure_id,
        catalogue_justification=app.catalogue_justification,
        received_on=app.received_on, start_date=app.start_date, end_date=app.end_date,
        project_started_on=app.project_started_on, early_start_approved_on=app.early_start_approved_on,
        financing_type=app.financing_type, funding_rate=app.funding_rate, requested=app.requested_amount,
        approved=app.approved_amount, paid=app.paid_amount, final=app.final_amount, decided_on=app.decided_on,
        closed_on=app.closed_on, retention_until=app.retention_until, sums=plan_sums(app),
        cost_lines=[PlanLine(c.category.value, c.description, c.planned_amount, c.eligible) for c in app.cost_lines],
        funding_lines=[PlanLine(f.kind.value, f.source, f.planned_amount) for f in app.funding_lines],
        rules=[RuleRow(r.rule, rule_label(r.rule), r.passed, render(r.message, r.message_params),
                       r.rule not in NOT_OVERRIDABLE, r.override_justification, r.overridden_by)
               for r in _rows(session, EligibilityResult, app.id, EligibilityResult.id)],
        decisions=[DecisionRow(d.id, d.outcome, d.state, d.amount, d.reasons, names.get(d.proposed_by_id, "?"),
                               d.proposed_at, names.get(d.confirmed_by_id) if d.confirmed_by_id else None,
                               d.decision_date, d.return_reason)
                   for d in _rows(session, Decision, app.id, Decision.id)],
        requests=[RequestRow(r.id, r.requested_on, r.amount, r.state.value)
                  for r in _rows(session, PaymentRequest, app.id, PaymentRequest.id)],
        payments=[PaymentRow(p.id, p.paid_on, p.amount, p.use_by, p.reference)
                  for p in _rows(session, Payment, app.id, Payment.paid_on)],
        deadlines=[DeadlineRow(d.id, d.kind.value, render(d.title, d.title_params), d.due_on,
                               d.done_at is not None, d.version)
                   for d in _rows(session, Deadline, app.id, Deadline.due_on)],
        history=[HistoryRow(h.at, h.user_name, h.from_status, h.to_status, h.action, unpack(h.reason),
                            people.get(h.user_name) or h.user_name)
                 for h in _rows(session, StatusChange, app.id, StatusChange.id)],
        documents=[SimpleRow(d.received_on, _(d.document_type.name), unpack(d.note))
                   for d in _case_documents(session, app)],
        notes=[SimpleRow(n.created_at, n.created_by, n.text) for n in _rows(session, Note, app.id, Note.id)],
        hearings=[SimpleRow(h.sent_on, h.subject, h.response_text)
                  for h in _rows(session, Hearing, app.id, Hearing.id)],
        objections=[SimpleRow(o.lodged_on, o.channel.value, o.outcome)
                    for o in _rows(session, Objection, app.id, Objection.id)],
        proofs=[ProofRow(p.received_on, p.actual_total_costs, p.actual_eligible_costs, p.actual_own_funds,
                         p.actual_third_party_funds, p.actual_other_income, p.report_text)
                for p in _rows(session, ProofOfUse, app.id, ProofOfUse.id)],
        clawbacks=[_clawback_row(session, c) for c in _rows(session, Clawback, app.id, Clawback.id)],
        documents_deadline_days=settings.get_int(session, "documents_deadline_days"),
        hearing_response_days=settings.get_int(session, "hearing_response_days"),
        bescheide=tuple(bescheide(session, app.id)),
        panel_summary=_panel_summary(session, app),
    )


def _panel_summary(session: Session, app: Application) -> str | None:
    summary = summary_of(session, app)
    return summary.text if summary is not None else None


def _clawback_row(session: Session, claim: Clawback) -> ClawbackRow:
    balance = claim_balance(session, claim, max(claim.repaid_on or clock.today(), claim.decided_on))
    return ClawbackRow(claim.decided_on, claim.amount, balance.interest_accrued, claim.interest_waived, claim.due_on,
                       claim.repaid_amount, claim.repaid_on, balance.total)


def _case_documents(session: Session, app: Application) -> list[Document]:
    return list(session.scalars(select(Document).where(
        (Document.application_id == app.id) | (Document.applicant_id == app.applicant_id)).order_by(
        Document.received_on, Document.id)))
