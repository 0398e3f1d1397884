"""The decision brief (Entscheidungsvorlage): what a supervisor needs to confirm a proposed decision, on one page.

Outcome, amount, funding rate, the financing plan, the results of the formal check and of the content rules
of a proposal, the social-plan score, the budget left after this decision and the proposer's reason, read
in one short read transaction as plain values (`DecisionBrief`). The confirm dialog shows them; the same
values print as a one-page PDF (`reports.decision_brief`), from the dialog and from
`foerderdesk case brief AKTENZEICHEN -o DATEI.pdf`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.financing import financing_label
from app.cases.rules.eligibility import rule_label
from app.cases.rules.plan import PlanSums, plan_sums
from app.kernel.budget import committed_amount
from app.kernel.case_records import case_file_number, load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.letterhead import letterhead_values
from app.kernel.money import ZERO, format_eur, format_percent, round_cent
from app.kernel.uow import UnitOfWork
from app.social_plan.alignment import aligned_goals, alignment_problem, result_of, score_lines
from db.enums import DecisionOutcome, DecisionState
from db.models import Application, Budget, Decision, EligibilityResult

PERMISSION = "case.read"


def outcome_label(outcome: DecisionOutcome) -> str:
    return {DecisionOutcome.approve: _("Bewilligung"), DecisionOutcome.partial: _("Teilbewilligung"),
            DecisionOutcome.reject: _("Ablehnung")}[outcome]


@dataclass(frozen=True)
class CheckLine:
    """One rule: passed or not, with its reason; a failed formal rule may have been overridden."""

    label: str
    passed: bool
    detail: str
    overridden: bool = False

    @property
    def mark(self) -> str:
        return "✓" if self.passed else ("⚠" if self.overridden else "✗")


@dataclass(frozen=True)
class BudgetLeft:
    programme_code: str
    fiscal_year: int
    allocation: Decimal | None  # None: no budget set for the programme-year
    committed: Decimal  # approved in the programme-year before this decision
    this_decision: Decimal  # what confirming this proposal commits (0 for a rejection or once confirmed)

    @property
    def left_after(self) -> Decimal | None:
        if self.allocation is None:
            return None
        return self.allocation - self.committed - self.this_decision


@dataclass(frozen=True)
class DecisionBrief:
    file_number: str
    title: str
    applicant: str
    programme: str
    fiscal_year: int
    decision_id: int
    state: DecisionState
    outcome: DecisionOutcome
    amount: Decimal | None
    requested: Decimal
    funding_rate: Decimal | None  # amount / eligible costs
    max_funding_rate: Decimal
    financing_type: str  # German label
    plan: PlanSums
    formal_checks: tuple[CheckLine, ...]
    content_checks: tuple[CheckLine, ...]
    score: str | None  # e.g. "73,33 %"; None while the scoring sheet is not filled in
    alignment: str  # the goals and measures the case serves
    budget: BudgetLeft
    proposer: str
    proposed_at: dt.datetime
    reasons: str
    conditions: str | None
    office: str = ""  # the letterhead's office name, for the printed brief

    @property
    def outcome_label(self) -> str:
        return outcome_label(self.outcome)

    @property
    def plan_lines(self) -> tuple[tuple[str, Decimal], ...]:
        """The financing plan in short: costs, then how they are covered."""
        p = self.plan
        return ((_("Gesamtkosten"), p.total_costs), (_("davon zuwendungsfähig"), p.eligible_costs),
                (_("Eigenmittel"), p.own_funds), (_("Drittmittel"), p.third_party_funds),
                (_("Sonstige Einnahmen"), p.other_income), (_("Beantragte Zuwendung"), p.requested))


def _proposal(session: Session, app: Application) -> Decision:
    """The open proposal, else the newest decision of the case."""
    decisions = list(session.scalars(select(Decision).where(Decision.application_id == app.id)
                                     .order_by(Decision.id.desc())))
    open_ones = [d for d in decisions if d.state == DecisionState.proposed]
    chosen = open_ones[0] if open_ones else (decisions[0] if decisions else None)
    if chosen is None:
        raise ValidationError(_("Zu {ref} liegt noch kein Entscheidungsvorschlag vor.").format(
            ref=case_file_number(app)))
    return chosen


def _formal(session: Session, app: Application) -> tuple[CheckLine, ...]:
    rows = session.scalars(select(EligibilityResult).where(EligibilityResult.application_id == app.id)
                           .order_by(EligibilityResult.id))
    lines = []
    for r in rows:
        detail = r.message
        if not r.passed and r.override_justification:
            detail = _("{message} – übersteuert: {why}").format(message=r.message, why=r.override_justification)
        lines.append(CheckLine(rule_label(r.rule), r.passed, detail, bool(r.override_justification)))
    return tuple(lines)


def _content(session: Session, app: Application, decision: Decision, sums: PlanSums) -> tuple[CheckLine, ...]:
    """The rules a proposal must meet (`app.cases.rules.proposal`), each shown with its figures."""
    programme, gap = app.programme, sums.gap
    lines = [CheckLine(_("Finanzierungsplan ausgeglichen"), gap == 0,
                       _("Differenz {gap}").format(gap=format_eur(gap)))]
    problem = alignment_problem(session, app)
    lines.append(CheckLine(_("Sozialplan: Ziel zugeordnet oder Ausnahme begründet"), problem is None,
                           problem or _("zugeordnet")))
    amount = decision.amount
    if decision.outcome == DecisionOutcome.reject or amount is None:
        return tuple(lines)
    maximum = round_cent(programme.max_funding_rate * sums.eligible_costs)
    lines += [
        CheckLine(_("Nicht mehr als beantragt"), amount <= app.requested_amount,
                  _("{amount} von {requested}").format(amount=format_eur(amount),
                                                       requested=format_eur(app.requested_amount))),
        CheckLine(_("Höchstfördersatz {rate} eingehalten").format(rate=format_percent(programme.max_funding_rate)),
                  amount <= maximum, _("höchstens {maximum}").format(maximum=format_eur(maximum))),
        CheckLine(_("Bagatellgrenze erreicht"), amount >= programme.min_grant,
                  _("mindestens {minimum}").format(minimum=format_eur(programme.min_grant))),
    ]
    return tuple(lines)


def _budget(session: Session, app: Application, decision: Decision) -> BudgetLeft:
    budget = session.scalar(select(Budget).where(Budget.programme_id == app.programme_id,
                                                 Budget.fiscal_year == app.fiscal_year))
    committed = committed_amount(session, app.programme_id, app.fiscal_year)
    pending = decision.state == DecisionState.proposed and decision.outcome != DecisionOutcome.reject
    return BudgetLeft(app.programme.code, app.fiscal_year, budget.allocation if budget else None, committed,
                      (decision.amount or ZERO) if pending else ZERO)


def decision_brief(session: Session, file_number: str) -> DecisionBrief:
    app = load_case(session, file_number)
    decision = _proposal(session, app)
    sums = plan_sums(app)
    lines = score_lines(session, app)
    result = result_of(lines)
    goals = ", ".join(f"{a.goal_code} ({a.measure_code})" if a.measure_code else a.goal_code
                      for a in aligned_goals(session, app))
    rate = decision.funding_rate
    if rate is None and decision.amount is not None and sums.eligible_costs > 0:
        rate = (decision.amount / sums.eligible_costs).quantize(Decimal("0.0001"))
    return DecisionBrief(
        file_number=case_file_number(app), title=app.title, applicant=app.applicant.name,
        programme=f"{app.programme.code} – {app.programme.name}", fiscal_year=app.fiscal_year,
        decision_id=decision.id, state=decision.state, outcome=decision.outcome, amount=decision.amount,
        requested=app.requested_amount, funding_rate=rate, max_funding_rate=app.programme.max_funding_rate,
        financing_type=financing_label(decision.financing_type or app.financing_type), plan=sums,
        formal_checks=_formal(session, app), content_checks=_content(session, app, decision, sums),
        score=result.text if result else None,
        alignment=goals or (_("Ausnahme außerhalb des Katalogs") if app.catalogue_justification else "–"),
        budget=_budget(session, app, decision), proposer=decision.proposed_by.display_name,
        proposed_at=decision.proposed_at, reasons=decision.reasons, conditions=decision.conditions,
        office=letterhead_values(session)["office"])


def money(value: Decimal | None) -> str:
    return format_eur(value) if value is not None else "–"


def rate(value: Decimal | None) -> str:
    return format_percent(value) if value is not None else "–"


def budget_text(brief: DecisionBrief) -> str:
    """"12.000,00 € (LPF 2026)" or why there is no figure."""
    b = brief.budget
    left = b.left_after
    if left is None:
        return _("kein Haushaltsansatz {code} {year}").format(code=b.programme_code, year=b.fiscal_year)
    return _("{left} ({code} {year})").format(left=format_eur(left), code=b.programme_code, year=b.fiscal_year)


def key_figures(brief: DecisionBrief) -> tuple[tuple[str, str], ...]:
    return ((_("Ergebnis"), brief.outcome_label), (_("Betrag"), money(brief.amount)),
            (_("Fördersatz"), rate(brief.funding_rate)),
            (_("Sozialplan-Bewertung"), brief.score or _("nicht ausgefüllt")),
            (_("Haushalt danach frei"), budget_text(brief)))


def read_decision_brief(uow: UnitOfWork, file_number: str) -> DecisionBrief:
    """The brief of the case's open proposal (else its newest decision), for the confirm dialog and the CLI."""
    with uow.read(PERMISSION) as scope:
        return decision_brief(scope.session, file_number)

