"""Choices for forms: programmes, municipalities, life phases, fields of action, measures, types, users."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.financing import FINANCING_LABELS
from app.kernel.choice import Choice
from db.enums import FinancingType
from db.models import (
    ApplicantType,
    DocumentType,
    FieldOfAction,
    Goal,
    LifePhase,
    Measure,
    Municipality,
    Programme,
    User,
)


@dataclass(frozen=True)
class FormChoices:
    programmes: list[Choice] = field(default_factory=list)
    municipalities: list[Choice] = field(default_factory=list)
    life_phases: list[Choice] = field(default_factory=list)
    fields_of_action: list[Choice] = field(default_factory=list)
    measures: list[Choice] = field(default_factory=list)  # value: measure id as text
    applicant_types: list[Choice] = field(default_factory=list)
    financing_types: list[Choice] = field(default_factory=list)
    caseworkers: list[Choice] = field(default_factory=list)
    document_types: list[Choice] = field(default_factory=list)


def form_choices(session: Session) -> FormChoices:
    measures = session.execute(select(Measure.id, Measure.code, Measure.title).join(Goal)
                               .where(Measure.in_catalogue).order_by(Measure.code))
    return FormChoices(
        programmes=[Choice(p.code, f"{p.code} – {p.name}") for p in session.scalars(
            select(Programme).where(Programme.active).order_by(Programme.code))],
        municipalities=[Choice(m, m) for m in session.scalars(
            select(Municipality.name).where(Municipality.in_district).order_by(Municipality.name))],
        life_phases=[Choice(p.code, p.name) for p in session.scalars(select(LifePhase).order_by(LifePhase.position))],
        fields_of_action=[Choice(f.name, f"{f.label} {f.name}") for f in session.scalars(
            select(FieldOfAction).where(FieldOfAction.active).order_by(FieldOfAction.label))],
        measures=[Choice(str(mid), f"{code} {title}") for mid, code, title in measures],
        applicant_types=[Choice(t.code, t.name) for t in session.scalars(select(ApplicantType).order_by(
            ApplicantType.name))],
        financing_types=[Choice(t.value, FINANCING_LABELS[t]) for t in FinancingType],
        caseworkers=[Choice(u.username, u.display_name) for u in session.scalars(
            select(User).where(User.active).order_by(User.display_name))],
        document_types=[Choice(d.code, d.name) for d in session.scalars(select(DocumentType).order_by(
            DocumentType.position))],
    )
