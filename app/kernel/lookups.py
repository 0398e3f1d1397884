"""Finding reference data by the names and codes users type."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from db.models import (
    Applicant,
    ApplicantType,
    DocumentType,
    FieldOfAction,
    LifePhase,
    Measure,
    Municipality,
    Programme,
    User,
)


def programme_by_code(session: Session, code: str) -> Programme:
    programme = session.scalar(select(Programme).where(func.upper(Programme.code) == code.strip().upper()))
    if programme is None:
        raise NotFound(_("Ein Förderprogramm »{code}« gibt es nicht.").format(code=code))
    return programme


def municipality_by_name(session: Session, name: str, field: str | None = "municipality") -> Municipality:
    municipality = session.scalar(select(Municipality).where(Municipality.name == name.strip()))
    if municipality is None:
        raise ValidationError(
            _("»{name}« ist keine bekannte Gemeinde des Landkreises.").format(name=name), field)
    return municipality


def applicant_type_by_code(session: Session, code: str) -> ApplicantType:
    found = session.scalar(select(ApplicantType).where(ApplicantType.code == code))
    if found is None:
        codes = ", ".join(session.scalars(select(ApplicantType.code).order_by(ApplicantType.code)))
        raise ValidationError(
            _("Unbekannter Antragstellertyp »{code}«; möglich: {codes}.").format(code=code, codes=codes),
            "applicant_type")
    return found


def applicant_by_id(session: Session, applicant_id: int) -> Applicant:
    applicant = session.get(Applicant, applicant_id)
    if applicant is None:
        raise NotFound(_("Einen Antragsteller mit der Nummer {id} gibt es nicht.").format(id=applicant_id))
    return applicant


def life_phase_by_code(session: Session, code: str) -> LifePhase:
    phase = session.scalar(select(LifePhase).where((LifePhase.code == code) | (LifePhase.name == code)))
    if phase is None:
        raise ValidationError(_("Unbekannte Lebensphase »{code}«.").format(code=code), "life_phase")
    return phase


def field_of_action_by_name(session: Session, name: str) -> FieldOfAction:
    found = session.scalar(select(FieldOfAction).where(FieldOfAction.name == name, FieldOfAction.active))
    if found is None:
        raise ValidationError(_("Unbekanntes Handlungsfeld »{name}«.").format(name=name), "field_of_action")
    return found


def measure_by_id(session: Session, measure_id: int) -> Measure:
    measure = session.get(Measure, measure_id)
    if measure is None:
        raise ValidationError(_("Unbekannte Maßnahme Nr. {id}.").format(id=measure_id), "measure")
    return measure


def document_type_by_code(session: Session, code: str) -> DocumentType:
    found = session.scalar(select(DocumentType).where(DocumentType.code == code))
    if found is None:
        raise ValidationError(_("Unbekannte Unterlagenart »{code}«.").format(code=code), "document_type")
    return found


def user_by_name(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(_("Einen Benutzer »{name}« gibt es nicht.").format(name=username))
    return user
