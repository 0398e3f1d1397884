"""Reference data every installation needs, inserted once and never overwritten.

Life phases, fields of action of the state guideline, applicant types with the
documents they must submit, the base-rate and surcharge tables and the
district's municipalities. An administrator may change all of it later; this
module only fills what is missing (idempotent), under the actor "system".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.kernel.audit import AuditContext, set_context
from app.kernel.database import Database
from db.models import (
    ApplicantType,
    BaseRate,
    DocumentType,
    FieldOfAction,
    InterestSurcharge,
    LifePhase,
    Municipality,
    Programme,
    SocialArea,
    User,
)

SYSTEM_USER = "system"
# the tables `ensure_reference_data` fills: a database holding only these (and their audit events) counts as empty
# for `db copy` (app.administration.db_copy)
REFERENCE_TABLES = frozenset({
    "life_phases", "fields_of_action", "document_types", "applicant_types", "required_documents", "base_rates",
    "interest_surcharges", "municipalities", "social_areas", "municipality_populations", "letter_templates"})
GUIDELINE = "Richtlinie LSZ 2022/2023"

LIFE_PHASES = [("childhood", "Kindheit"), ("youth", "Jugend"), ("adulthood", "Erwachsenenalter"),
               ("seniors", "Senioren")]

FIELDS_OF_ACTION = [
    ("1", "Steuerung, Vernetzung, Nachhaltigkeit und Planung"),
    ("2", "Vereinbarkeit von Familie und Beruf, Mobilität"),
    ("3", "Bildung im familiären Umfeld"),
    ("4", "Beratung, Unterstützung und Information"),
    ("5", "Wohnumfeld und Lebensqualität"),
    ("6", "Dialog der Generationen"),
]

# code, name, valid years (standing documents)
DOCUMENT_TYPES = [
    ("application_signed", "Unterschriebener Antrag", None),
    ("financing_plan", "Kosten- und Finanzierungsplan", None),
    ("statutes", "Satzung", None),
    ("register_extract", "Vereinsregisterauszug", None),
    ("exemption_notice", "Freistellungsbescheid des Finanzamts", 5),
    ("council_resolution", "Beschluss des Gemeinderats", None),
    ("sponsor_declaration", "Erklärung des Trägers (Initiative)", None),
]

# code, name, nonprofit proof needed, legal capacity needed, required documents
APPLICANT_TYPES = [
    ("association", "Gemeinnütziger Verein", True, True,
     ["application_signed", "financing_plan", "statutes", "register_extract", "exemption_notice"]),
    ("welfare", "Träger / Verband der Wohlfahrtspflege", True, True,
     ["application_signed", "financing_plan", "statutes", "exemption_notice"]),
    ("church", "Kirchlicher Träger", False, True, ["application_signed", "financing_plan"]),
    ("municipality", "Kreisangehörige Stadt oder Gemeinde", False, True,
     ["application_signed", "financing_plan", "council_resolution"]),
    ("initiative", "Initiative", False, False, ["application_signed", "financing_plan", "sponsor_declaration"]),
    ("nonprofit", "Gemeinnütziger Träger (z. B. gGmbH, Stiftung)", True, True,
     ["application_signed", "financing_plan", "statutes", "exemption_notice"]),
]

BASE_RATES = [
    ("2015-01-01", "-0.83"), ("2016-07-01", "-0.88"), ("2023-01-01", "1.62"), ("2023-07-01", "3.12"),
    ("2024-01-01", "3.62"), ("2024-07-01", "3.37"), ("2025-01-01", "2.27"), ("2025-07-01", "1.27"),
    ("2026-01-01", "1.27"),
]
SURCHARGES = [("2002-01-01", "3.00"), ("2013-01-01", "5.00")]

SOCIAL_AREAS = {
    "Nord (Kyffhäuser)": ["Artern", "Bad Frankenhausen/Kyffhäuser", "Roßleben-Wiehe", "Kyffhäuserland",
                          "Kalbsrieth", "Borxleben", "Gehofen", "Reinsdorf", "Etzleben", "Oberheldrungen",
                          "Mönchpfiffel-Nikolausrieth", "An der Schmücke"],
    "Mitte (Sondershausen)": ["Sondershausen", "Helbedündorf"],
    "West (Hainleite-Helbe)": ["Ebeleben", "Abtsbessingen", "Bellstedt", "Freienbessingen", "Holzsußra",
                               "Rockstedt", "Wasserthaleben"],
    "Ost (Greußen)": ["Greußen", "Clingen", "Niederbösa", "Oberbösa", "Topfstedt", "Trebra", "Westgreußen"],
}

# Rounded inhabitants at the end of 2023 (about 73,200 in all); editable by an administrator.
POPULATION = {
    "Sondershausen": 21800, "Bad Frankenhausen/Kyffhäuser": 10700, "Roßleben-Wiehe": 7300, "Artern": 7100,
    "An der Schmücke": 5700, "Kyffhäuserland": 3900, "Greußen": 3800, "Ebeleben": 2700, "Helbedündorf": 2200,
    "Clingen": 1000, "Abtsbessingen": 500, "Bellstedt": 400, "Borxleben": 300, "Etzleben": 300,
    "Freienbessingen": 300, "Gehofen": 700, "Holzsußra": 300, "Kalbsrieth": 300,
    "Mönchpfiffel-Nikolausrieth": 400, "Niederbösa": 300, "Oberbösa": 300, "Oberheldrungen": 700,
    "Reinsdorf": 500, "Rockstedt": 200, "Topfstedt": 500, "Trebra": 200, "Wasserthaleben": 300,
    "Westgreußen": 500,
}
POPULATION_YEAR = 2023


def has_data(database: Database) -> bool:
    """True once any user or programme exists (then the first-start dialog is not shown)."""
    with database.read() as session:
        return bool(session.scalar(select(func.count()).select_from(Programme))
                    or session.scalar(select(func.count()).select_from(User)))


def ensure_reference_data(database: Database) -> None:
    # imported here: the window's start needs `has_data` only, and the letters feature loads the letter stack
    from app.letters.defaults import ensure_letter_templates

    with database.write() as session:
        set_context(session, AuditContext(SYSTEM_USER, action="reference-data"))
        _life_phases(session)
        _fields_of_action(session)
        _applicant_types(session)
        _rates(session)
        _municipalities(session)
        ensure_letter_templates(session)
        session.commit()


def _life_phases(session: Session) -> None:
    existing = set(session.scalars(select(LifePhase.code)))
    for position, (code, name) in enumerate(LIFE_PHASES):
        if code not in existing:
            session.add(LifePhase(code=code, name=name, position=position))


def _fields_of_action(session: Session) -> None:
    existing = set(session.scalars(select(FieldOfAction.name).where(FieldOfAction.guideline == GUIDELINE)))
    for label, name in FIELDS_OF_ACTION:
        if name not in existing:
            session.add(FieldOfAction(guideline=GUIDELINE, label=label, name=name))


def _applicant_types(session: Session) -> None:
    docs = {d.code: d for d in session.scalars(select(DocumentType))}
    for position, (code, name, valid_years) in enumerate(DOCUMENT_TYPES):
        if code not in docs:
            docs[code] = DocumentType(code=code, name=name, position=position, valid_years=valid_years)
            session.add(docs[code])
    existing = set(session.scalars(select(ApplicantType.code)))
    for code, name, proof, capacity, required in APPLICANT_TYPES:
        if code not in existing:
            session.add(ApplicantType(code=code, name=name, needs_nonprofit_proof=proof,
                                      needs_legal_capacity=capacity,
                                      required_documents=[docs[c] for c in required]))


def _rates(session: Session) -> None:
    if session.scalar(select(BaseRate).limit(1)) is None:
        for day, rate in BASE_RATES:
            session.add(BaseRate(valid_from=dt.date.fromisoformat(day), rate=Decimal(rate)))
    if session.scalar(select(InterestSurcharge).limit(1)) is None:
        for day, points in SURCHARGES:
            session.add(InterestSurcharge(valid_from=dt.date.fromisoformat(day), points=Decimal(points)))


def _municipalities(session: Session) -> None:
    if session.scalar(select(Municipality).limit(1)) is not None:
        return
    for area_name, names in SOCIAL_AREAS.items():
        area = SocialArea(name=area_name)
        session.add(area)
        for name in names:
            session.add(Municipality(name=name, population=POPULATION[name], population_year=POPULATION_YEAR,
                                     in_district=True, social_area=area))
