"""The county's yearly application to the Land, as figures: the planned lines of the year, their split between the
Land and the county, the totals by Handlungsfeld and Sozialraum, and the checks (ceiling, co-financing rule).

Each line's grant (Zuwendung) is the county's expense for the measure, split by the one co-financing rule
(`app.state_cycle.cofinancing`) into the Land's share and the county's; the Träger's own funds are not part of it.
Lines come from three sources: the standing projects (the programme's cases of that year, in the amount the
committee resolved, else approved, else proposed, else requested), the micro-project fund and the county's own
planning posts (both entered as `StatePlanLine`s). Totals are sums of the lines, so they match to the cent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.kernel import clock
from app.kernel.case_records import case_file_number
from app.kernel.errors import NotFound
from app.kernel.i18n import _
from app.kernel.money import format_eur
from app.kernel.periods import format_date
from app.social_plan.plans import plan_for_year
from app.state_cycle.cofinancing import CofinancingRule, Split
from db.enums import DecisionOutcome, DecisionState, ResolutionOutcome, StateLineKind, Status
from db.models import (
    Application,
    CommitteeResolution,
    CostLine,
    Decision,
    FieldOfAction,
    Municipality,
    Programme,
    SocialArea,
    StateApplication,
)

ZERO = Decimal("0.00")
NOT_PLANNED = (Status.idea, Status.rejected, Status.withdrawn)
KIND_LABELS = {"project": _("Projekt"), StateLineKind.micro_fund.value: _("Mikroprojektefonds"),
               StateLineKind.planning_post.value: _("Planungsstelle")}


@dataclass(frozen=True)
class PlannedLine:
    """One measure of the application; `kind` is "project", "micro_fund" or "planning_post"."""

    kind: str
    reference: str  # the case's file number, or "" for an entered line
    title: str
    applicant: str
    field_of_action: str  # "HF 3 Bildung im familiären Umfeld", or "" when none is set
    municipality: str
    social_area: str
    split: Split
    line_id: int | None = None  # the StatePlanLine, editable
    version: int | None = None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class Totals:
    key: str
    count: int
    eligible_costs: Decimal
    funding: Decimal
    state_share: Decimal
    county_share: Decimal


@dataclass(frozen=True)
class Check:
    ok: bool
    message: str  # German, shown as it is
    blocking: bool = False  # an error (the application should not go out), not only a warning


@dataclass(frozen=True)
class LandApplication:
    id: int
    version: int
    programme_code: str
    programme_name: str
    legal_basis: str
    year: int
    recipient: tuple[str, ...]
    ceiling: Decimal | None
    rule: CofinancingRule
    submission_due_on: dt.date
    applicant_due_on: dt.date | None
    submitted_on: dt.date | None
    plan_period: str  # "Integrierter Sozialplan … (Kreistagsbeschluss Nr. … vom …)" or ""
    lines: tuple[PlannedLine, ...]
    checks: tuple[Check, ...] = ()

    @property
    def total(self) -> Totals:
        return totals(_("Summe"), self.lines)

    def by_field_of_action(self) -> list[Totals]:
        return grouped(self.lines, lambda line: line.field_of_action or _("ohne Handlungsfeld"))

    def by_social_area(self) -> list[Totals]:
        return grouped(self.lines, lambda line: line.social_area or _("kreisweit"))

    @property
    def rule_text(self) -> str:
        """"30 % der Zuwendung des Landes" (`CofinancingRule.text`)."""
        return self.rule.text


def totals(key: str, lines: Iterable[PlannedLine]) -> Totals:
    chosen = list(lines)
    return Totals(key, len(chosen), sum((x.split.eligible_costs for x in chosen), ZERO),
                  sum((x.split.funding for x in chosen), ZERO), sum((x.split.state_share for x in chosen), ZERO),
                  sum((x.split.county_share for x in chosen), ZERO))


def grouped(lines: Iterable[PlannedLine], key: object) -> list[Totals]:
    groups: dict[str, list[PlannedLine]] = {}
    for line in lines:
        groups.setdefault(key(line), []).append(line)  # type: ignore[operator]
    return [totals(name, members) for name, members in sorted(groups.items())]


# -- loading -------------------------------------------------------------------------------------------------

def load_state_application(session: Session, year: int, programme_code: str | None = None) -> StateApplication:
    """The application for `year` (of the programme, if several programmes have one); a German refusal if none."""
    query = select(StateApplication).join(Programme, Programme.id == StateApplication.programme_id) \
        .where(StateApplication.year == year)
    if programme_code:
        query = query.where(Programme.code == programme_code.strip().upper())
    found = list(session.scalars(query.order_by(Programme.code)))
    if not found:
        raise NotFound(_("Für {year} ist kein Antrag an das Land angelegt.").format(year=year))
    if len(found) > 1:
        raise NotFound(_("Für {year} gibt es Anträge an das Land für mehrere Programme; bitte das Programm "
                         "angeben.").format(year=year))
    return found[0]


def land_application(session: Session, record: StateApplication) -> LandApplication:
    programme = session.get(Programme, record.programme_id)
    assert programme is not None  # a foreign key
    rule = CofinancingRule(record.cofinancing_rate, record.cofinancing_base)
    places = _places(session)
    fields = _fields(session)
    lines = [*project_lines(session, record, rule, places, fields), *_entered_lines(record, rule, places, fields)]
    figures = LandApplication(
        record.id, record.version, programme.code, programme.name, programme.legal_basis or "", record.year,
        tuple(line for line in record.recipient.splitlines() if line.strip()), record.ceiling, rule,
        record.submission_due_on, record.applicant_due_on, record.submitted_on, plan_period_text(session, record.year),
        tuple(lines))
    return replace(figures, checks=tuple(checks(figures)))


def field_label(field: FieldOfAction | None) -> str:
    return f"HF {field.label} {field.name}" if field is not None else ""


def _fields(session: Session) -> dict[int, str]:
    return {f.id: field_label(f) for f in session.scalars(select(FieldOfAction))}


def _places(session: Session) -> dict[int, tuple[str, str]]:
    rows = session.execute(select(Municipality.id, Municipality.name, SocialArea.name)
                           .outerjoin(SocialArea, SocialArea.id == Municipality.social_area_id))
    return {m_id: (name, area or "") for m_id, name, area in rows}


def plan_period_text(session: Session, year: int) -> str:
    plan = plan_for_year(session, year)
    if plan is None:
        return ""
    if plan.resolution_number and plan.resolution_date:
        return _("{name} (Kreistagsbeschluss Nr. {number} vom {day})").format(
            name=plan.name, number=plan.resolution_number, day=format_date(plan.resolution_date))
    return plan.name


def project_lines(session: Session, record: StateApplication, rule: CofinancingRule,
                  places: dict[int, tuple[str, str]], fields: dict[int, str]) -> list[PlannedLine]:
    """The standing projects: the programme's cases of the year still planned (the committee's refusal drops one)."""
    cases = list(session.scalars(select(Application).where(
        Application.programme_id == record.programme_id, Application.fiscal_year == record.year,
        Application.status.not_in(NOT_PLANNED)).order_by(Application.file_number, Application.id)))
    ids = [c.id for c in cases]
    eligible = dict(session.execute(select(CostLine.application_id, func.sum(CostLine.planned_amount)).where(
        CostLine.application_id.in_(ids), CostLine.eligible).group_by(CostLine.application_id)).all())
    proposed = proposed_amounts(session, ids)
    resolved = latest_resolutions(session, ids)
    lines = []
    for case in cases:
        resolution = resolved.get(case.id)
        if resolution is not None and resolution.outcome == ResolutionOutcome.rejected:
            continue
        funding = planned_funding(case, proposed.get(case.id), resolution)
        costs = Decimal(eligible.get(case.id) or funding)
        place, area = places.get(case.municipality_id, ("", "")) if case.municipality_id else ("", "")
        lines.append(PlannedLine("project", case_file_number(case), case.title, case.applicant.name,
                                 fields.get(case.field_of_action_id, "") if case.field_of_action_id else "",
                                 place, area, rule.split(costs, funding)))
    return lines


def planned_funding(case: Application, proposed: Decimal | None, resolution: CommitteeResolution | None) -> Decimal:
    if resolution is not None and resolution.outcome == ResolutionOutcome.changed and resolution.amount is not None:
        return resolution.amount
    if case.approved_amount is not None:
        return case.approved_amount
    return proposed if proposed is not None else case.requested_amount


def proposed_amounts(session: Session, ids: list[int]) -> dict[int, Decimal]:
    rows = session.execute(select(Decision.application_id, Decision.amount).where(
        Decision.application_id.in_(ids), Decision.state == DecisionState.proposed,
        Decision.outcome != DecisionOutcome.reject, Decision.amount.is_not(None)).order_by(Decision.id))
    return {app_id: amount for app_id, amount in rows if amount is not None}


def latest_resolutions(session: Session, ids: list[int]) -> dict[int, CommitteeResolution]:
    rows = session.scalars(select(CommitteeResolution).where(CommitteeResolution.application_id.in_(ids))
                           .order_by(CommitteeResolution.resolved_on, CommitteeResolution.id))
    return {row.application_id: row for row in rows}


def _entered_lines(record: StateApplication, rule: CofinancingRule, places: dict[int, tuple[str, str]],
                   fields: dict[int, str]) -> list[PlannedLine]:
    lines = []
    for line in record.lines:
        place, area = places.get(line.municipality_id, ("", "")) if line.municipality_id else ("", "")
        lines.append(PlannedLine(line.kind.value, "", line.title, _("Landkreis (eigene Planung)"),
                                 fields.get(line.field_of_action_id, "") if line.field_of_action_id else "",
                                 place, area, rule.split(line.eligible_costs, line.funding), line.id, line.version))
    return lines


# -- checks --------------------------------------------------------------------------------------------------

def checks(figures: LandApplication) -> list[Check]:
    """What the application is checked against, each with a German sentence (✓ or the problem)."""
    total = figures.total
    result = [_ceiling_check(figures.ceiling, total.state_share), _rule_check(figures, total)]
    over = [line for line in figures.lines if line.split.funding > line.split.eligible_costs]
    result.append(Check(not over, _("Keine Förderung übersteigt die zuwendungsfähigen Ausgaben.") if not over else
                        _("Die Förderung übersteigt die zuwendungsfähigen Ausgaben bei: {lines}.").format(
                            lines=", ".join(line.reference or line.title for line in over)), bool(over)))
    missing = [line for line in figures.lines if not line.field_of_action and line.kind != "micro_fund"]
    result.append(Check(not missing, _("Jede Maßnahme ist einem Handlungsfeld zugeordnet.") if not missing else
                        _("Ohne Handlungsfeld: {lines}.").format(
                            lines=", ".join(line.reference or line.title for line in missing))))
    result.append(Check(bool(figures.plan_period), _("Fachplan: {plan}.").format(plan=figures.plan_period)
                        if figures.plan_period else
                        _("Für {year} gilt kein Fachplan (Planperiode); Maßnahmen müssen einem Ziel des vom "
                          "Kreistag beschlossenen Fachplans dienen.").format(year=figures.year)))
    result.append(_deadline_check(figures))
    return result


def _ceiling_check(ceiling: Decimal | None, state_share: Decimal) -> Check:
    if ceiling is None:
        return Check(False, _("Für dieses Jahr ist keine Obergrenze des Landkreises eingetragen."))
    if state_share > ceiling:
        return Check(False, _("Der beantragte Landesanteil ({amount}) übersteigt die Obergrenze des Landkreises "
                              "({ceiling}) um {over}.").format(amount=format_eur(state_share),
                                                             ceiling=format_eur(ceiling),
                                                             over=format_eur(state_share - ceiling)), True)
    return Check(True, _("Landesanteil {amount} innerhalb der Obergrenze von {ceiling} (frei: {left}).").format(
        amount=format_eur(state_share), ceiling=format_eur(ceiling), left=format_eur(ceiling - state_share)))


def _rule_check(figures: LandApplication, total: Totals) -> Check:
    if figures.rule.holds(total.state_share, total.county_share):
        return Check(True, _("Kofinanzierung des Landkreises {amount} erfüllt die Regel: {rule}.").format(
            amount=format_eur(total.county_share), rule=figures.rule_text))
    return Check(False, _("Die Kofinanzierung des Landkreises ({amount}) erfüllt nicht die Regel: {rule}.").format(
        amount=format_eur(total.county_share), rule=figures.rule_text), True)


def _deadline_check(figures: LandApplication) -> Check:
    if figures.submitted_on is not None:
        return Check(True, _("Eingereicht am {day}.").format(day=format_date(figures.submitted_on)))
    if clock.today() > figures.submission_due_on:
        return Check(False, _("Die Frist für den Antrag an das Land ({due}) ist verstrichen.").format(
            due=format_date(figures.submission_due_on)))
    return Check(True, _("Einzureichen bis {due}.").format(due=format_date(figures.submission_due_on)))
