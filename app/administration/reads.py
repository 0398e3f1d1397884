"""What the administration window shows, loaded in one go (admins only, checked here).

The writes are in `app.administration.settings_service`, `app.administration.programmes`, `app.administration.users`,
`app.applicants.types`, `app.administration.municipalities`,
`app.social_plan.service` (weights, municipalities, goals), `app.micro_projects.required_documents`
(a micro fund's documents) and `app.letters` (letterhead, templates).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.required_documents import micro_document_codes
from app.kernel import budget, settings
from app.kernel.i18n import _
from app.kernel.letterhead import FIELDS, letterhead_values
from app.kernel.permissions import ROLE_LABELS
from app.kernel.uow import UnitOfWork
from app.letters.legal_basis import legal_basis
from app.social_plan.scoring import default_criteria, stored_criteria
from db.enums import Role
from db.models import (
    ApplicantType,
    BaseRate,
    Budget,
    ConfigValue,
    DocumentType,
    FieldOfAction,
    Goal,
    InterestSurcharge,
    LifePhase,
    Municipality,
    Programme,
    SocialPlan,
    User,
)

PERMISSION = "admin.configure"


@dataclass(frozen=True)
class Weight:
    code: str
    name: str
    weight: Decimal
    version: int | None  # None while the programme still uses the default sheet


@dataclass(frozen=True)
class ProgrammeRow:
    code: str
    name: str
    description: str | None
    default_financing_type: str
    max_funding_rate: Decimal  # fraction, 0.80 = 80 %
    min_grant: Decimal
    max_grant: Decimal | None
    file_number_pattern: str
    proof_of_use_months: int
    use_within_months: int
    allowed_applicant_types: tuple[str, ...]
    active: bool
    version: int
    weights: tuple[Weight, ...]
    cost_line_tolerance: Decimal = Decimal("0.20")  # fraction a cost line may exceed the plan
    legal_basis: str = ""  # what its Bescheide name as legal basis (the configured text, else the default)
    legal_basis_is_default: bool = True
    panel_review: bool | None = None  # several reviewers; None: as the office-wide setting
    micro: bool = False  # a micro-project fund (short application)
    micro_documents: tuple[str, ...] = ()  # a micro fund's required document type codes (its own short list)


@dataclass(frozen=True)
class BudgetRow:
    programme_code: str
    fiscal_year: int
    allocation: Decimal
    approved: Decimal
    paid: Decimal
    available: Decimal
    budget_position: str | None
    version: int


@dataclass(frozen=True)
class ApplicantTypeRow:
    code: str
    name: str
    eligible: bool
    required: tuple[str, ...]  # document type codes
    needs_nonprofit_proof: bool = True
    needs_legal_capacity: bool = True
    version: int = 1


@dataclass(frozen=True)
class SettingRow:
    key: str
    label: str
    value: Any
    version: int | None
    text: str = ""  # the value as the administrator reads and enters it


@dataclass(frozen=True)
class LetterheadRow:
    key: str
    label: str
    value: str
    multiline: bool


@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str
    role: Role
    role_label: str
    active: bool


@dataclass(frozen=True)
class MunicipalityRow:
    name: str
    key: str | None
    population: int | None
    population_year: int | None
    social_area: str | None
    in_district: bool
    version: int


@dataclass(frozen=True)
class MeasureRow:
    """A measure of the catalogue (Maßnahmenkatalog) under its social-plan goal."""

    id: int
    plan: str
    goal_id: int
    goal: str
    code: str
    title: str
    in_catalogue: bool
    target_indicator: str | None
    target_count: int | None
    description: str | None
    version: int


@dataclass(frozen=True)
class GoalRow:
    """A goal of a plan period with its Handlungsfeld (by name) and life phase (by code), as the goals tab edits it."""

    id: int
    plan_id: int
    plan: str
    code: str
    title: str
    description: str | None
    field_of_action: str | None
    life_phase: str | None
    version: int


@dataclass(frozen=True)
class GoalChoices:
    """What a goal may be given: plan periods (id, name), Handlungsfelder (name, "HF label name") and life phases
    (code, name)."""

    plans: tuple[tuple[int, str], ...] = ()
    fields_of_action: tuple[tuple[str, str], ...] = ()
    life_phases: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Administration:
    programmes: list[ProgrammeRow]
    budgets: list[BudgetRow]
    applicant_types: list[ApplicantTypeRow]
    document_types: list[tuple[str, str]]  # (code, name)
    settings: list[SettingRow]
    base_rates: list[tuple[dt.date, Decimal]]
    surcharges: list[tuple[dt.date, Decimal]]  # percentage points above the base rate (§ 49a VwVfG)
    letterhead: list[LetterheadRow]
    users: list[UserRow]
    municipalities: list[MunicipalityRow]
    goals: list[tuple[int, str]]  # (goal id, "plan · code title") for new measures
    catalogue: list[MeasureRow]
    goal_rows: list[GoalRow] = field(default_factory=list)
    goal_choices: GoalChoices = GoalChoices()


def _weights(session: Session, programme: Programme) -> tuple[Weight, ...]:
    stored = stored_criteria(session, programme.id)
    if stored:
        return tuple(Weight(c.code, c.name, c.weight, c.version) for c in stored)
    return tuple(Weight(c.code, c.name, c.weight, None) for c in default_criteria())


def _programmes(session: Session) -> list[ProgrammeRow]:
    return [ProgrammeRow(p.code, p.name, p.description, p.default_financing_type.value, p.max_funding_rate,
                         p.min_grant, p.max_grant, p.file_number_pattern, p.proof_of_use_months, p.use_within_months,
                         tuple(t.code for t in p.allowed_applicant_types), p.active, p.version, _weights(session, p),
                         p.cost_line_tolerance, legal_basis(p.code, p.name, p.legal_basis), not p.legal_basis,
                         p.panel_review, p.micro, micro_document_codes(session, p.code) if p.micro else ())
            for p in session.scalars(select(Programme).order_by(Programme.code))]


def _budgets(session: Session) -> list[BudgetRow]:
    stored = {(b.programme.code, b.fiscal_year): b for b in session.scalars(select(Budget))}
    rows = [BudgetRow(f.programme_code, f.fiscal_year, f.allocation, f.approved, f.paid, f.available,
                      stored[(f.programme_code, f.fiscal_year)].budget_position,
                      stored[(f.programme_code, f.fiscal_year)].version) for f in budget.figures(session)]
    return sorted(rows, key=lambda r: (-r.fiscal_year, r.programme_code))


def _applicant_types(session: Session) -> list[ApplicantTypeRow]:
    return [ApplicantTypeRow(t.code, t.name, t.eligible, tuple(d.code for d in t.required_documents),
                             t.needs_nonprofit_proof, t.needs_legal_capacity, t.version)
            for t in session.scalars(select(ApplicantType).order_by(ApplicantType.name))]


def _settings(session: Session) -> list[SettingRow]:
    stored = {row.key: row for row in session.scalars(select(ConfigValue))}
    values = {key: json.loads(stored[key].value) if key in stored else s.default
              for key, s in settings.SETTINGS.items()}
    return [SettingRow(key, s.label, values[key], stored[key].version if key in stored else None,
                       settings.shown(key, values[key]))
            for key, s in settings.SETTINGS.items()]


def _municipalities(session: Session) -> list[MunicipalityRow]:
    return [MunicipalityRow(m.name, m.key, m.population, m.population_year,
                            m.social_area.name if m.social_area else None, m.in_district, m.version)
            for m in session.scalars(select(Municipality).order_by(Municipality.name))]


def _goals(session: Session) -> list[Goal]:
    return list(session.scalars(select(Goal).join(SocialPlan, SocialPlan.id == Goal.social_plan_id)
                                .order_by(SocialPlan.valid_from_year.desc(), Goal.code)))


def _catalogue(goals: list[Goal]) -> list[MeasureRow]:
    return [MeasureRow(m.id, g.social_plan.name, g.id, f"{g.code} {g.title}", m.code, m.title, m.in_catalogue,
                       m.target_indicator, m.target_count, m.description, m.version)
            for g in goals for m in g.measures]


def _goal_rows(session: Session, goals: list[Goal]) -> list[GoalRow]:
    fields = {f.id: f.name for f in session.scalars(select(FieldOfAction))}
    phases = {p.id: p.code for p in session.scalars(select(LifePhase))}
    return [GoalRow(g.id, g.social_plan_id, g.social_plan.name, g.code, g.title, g.description,
                    fields.get(g.field_of_action_id) if g.field_of_action_id else None,
                    phases.get(g.life_phase_id) if g.life_phase_id else None, g.version) for g in goals]


def _goal_choices(session: Session) -> GoalChoices:
    plans = session.scalars(select(SocialPlan).order_by(SocialPlan.valid_from_year.desc(), SocialPlan.id.desc()))
    fields = session.scalars(select(FieldOfAction).where(FieldOfAction.active)
                             .order_by(FieldOfAction.guideline, FieldOfAction.label, FieldOfAction.name))
    phases = session.scalars(select(LifePhase).order_by(LifePhase.position, LifePhase.name))
    return GoalChoices(tuple((p.id, p.name) for p in plans),
                       tuple((f.name, _("HF {label}: {name}").format(label=f.label, name=f.name)) for f in fields),
                       tuple((p.code, p.name) for p in phases))


def administration(uow: UnitOfWork) -> Administration:
    """Everything the administration window edits; refused for everyone but administrators."""
    with uow:
        uow.act("read-administration", permission=PERMISSION)
        session = uow.session
        values, goals = letterhead_values(session), _goals(session)
        return Administration(
            programmes=_programmes(session), budgets=_budgets(session),
            applicant_types=_applicant_types(session),
            document_types=[(d.code, d.name) for d in session.scalars(
                select(DocumentType).order_by(DocumentType.position, DocumentType.name))],
            settings=_settings(session),
            base_rates=[(r.valid_from, r.rate)
                        for r in session.scalars(select(BaseRate).order_by(BaseRate.valid_from))],
            surcharges=[(r.valid_from, r.points)
                        for r in session.scalars(select(InterestSurcharge).order_by(InterestSurcharge.valid_from))],
            letterhead=[LetterheadRow(key, f.label, values[key], f.multiline) for key, f in FIELDS.items()],
            users=[UserRow(u.username, u.display_name, u.role, ROLE_LABELS[u.role], u.active)
                   for u in session.scalars(select(User).order_by(User.username))],
            municipalities=_municipalities(session),
            goals=[(g.id, f"{g.social_plan.name} · {g.code} {g.title}") for g in goals],
            catalogue=_catalogue(goals), goal_rows=_goal_rows(session, goals), goal_choices=_goal_choices(session))
