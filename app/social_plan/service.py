"""Maintaining the social plan (administrators): plan versions, goals, measures, social areas,
population figures and the scoring criteria of each programme.

Every change is audited by the flush; edits carry the version the user saw (optimistic locking).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.errors import ConcurrentEditError, NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import field_of_action_by_name, life_phase_by_code, municipality_by_name, programme_by_code
from app.kernel.money import MoneyInput
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, require_text
from app.social_plan.age_groups import AGE_GROUPS
from app.social_plan.scoring import ensure_default_criteria
from db.models import Goal, Measure, MunicipalityPopulation, ScoringCriterion, SocialArea, SocialPlan

MAX_WEIGHT = Decimal(100)


def _check_version(record: Any, expected_version: int | None, label: str) -> None:
    if expected_version is not None and record.version != expected_version:
        raise ConcurrentEditError(_("{label} wurde inzwischen von jemand anderem geändert. Bitte neu laden.").format(
            label=label))


def _year(value: int | None, field: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1990 <= value <= 2100):
        raise ValidationError(_("Das Jahr »{value}« ist nicht plausibel.").format(value=value), field)
    return value


# -- plan versions ----------------------------------------------------------------------------------

def check_validity(session: Session, plan_id: int | None, first: int, last: int | None) -> None:
    _year(first, "valid_from_year")
    _year(last, "valid_to_year")
    if last is not None and last < first:
        raise ValidationError(_("Das Ende der Gültigkeit liegt vor ihrem Beginn."), "valid_to_year")
    for other in session.scalars(select(SocialPlan).where(SocialPlan.id != (plan_id or -1))):
        if other.valid_from_year <= (last or 9999) and (other.valid_to_year or 9999) >= first:
            raise ValidationError(_("Die Gültigkeit überschneidet sich mit »{name}« ({first}–{last}); bitte zuerst "
                                    "dessen Gültigkeit anpassen.").format(
                name=other.name, first=other.valid_from_year, last=other.valid_to_year or _("offen")),
                "valid_from_year")


def create_plan(uow: UnitOfWork, name: str, valid_from_year: int, valid_to_year: int | None = None) -> int:
    with uow:
        uow.act("create-social-plan", permission="admin.configure")
        check_validity(uow.session, None, valid_from_year, valid_to_year)
        plan = SocialPlan(name=require_text(name, _("Bezeichnung"), max_len=160), valid_from_year=valid_from_year,
                          valid_to_year=valid_to_year)
        uow.session.add(plan)
        uow.session.flush()
        plan_id = plan.id
        uow.commit()
    return plan_id


def update_plan(uow: UnitOfWork, plan_id: int, name: str, valid_from_year: int, valid_to_year: int | None,
                expected_version: int | None = None) -> None:
    with uow:
        uow.act("update-social-plan", permission="admin.configure")
        plan = _plan(uow.session, plan_id)
        _check_version(plan, expected_version, _("Der Sozialplan"))
        check_validity(uow.session, plan_id, valid_from_year, valid_to_year)
        plan.name = require_text(name, _("Bezeichnung"), field="name", max_len=160)
        plan.valid_from_year, plan.valid_to_year = valid_from_year, valid_to_year
        uow.commit()


def _plan(session: Session, plan_id: int) -> SocialPlan:
    plan = session.get(SocialPlan, plan_id)
    if plan is None:
        raise NotFound(_("Den Sozialplan Nr. {id} gibt es nicht.").format(id=plan_id))
    return plan


# -- goals --------------------------------------------------------------------------------------------

def _apply_goal(session: Session, goal: Goal, code: str, title: str, life_phase: str | None,
                field_of_action: str | None, description: str | None) -> None:
    goal.code = require_text(code, _("Kürzel"), field="code", max_len=20)
    goal.title = require_text(title, _("Ziel"), field="title")
    goal.description = clean_text(description, _("Beschreibung"), required=False, max_len=4000, multiline=True)
    goal.life_phase_id = life_phase_by_code(session, life_phase).id if life_phase else None
    goal.field_of_action_id = field_of_action_by_name(session, field_of_action).id if field_of_action else None
    clash = session.scalar(select(Goal).where(Goal.social_plan_id == goal.social_plan_id, Goal.code == goal.code,
                                              Goal.id != (goal.id or -1)))
    if clash is not None:
        raise ValidationError(_("Das Zielkürzel »{code}« ist in diesem Plan schon vergeben.").format(
            code=goal.code), "code")


def add_goal(uow: UnitOfWork, plan_id: int, code: str, title: str, life_phase: str | None = None,
             field_of_action: str | None = None, description: str | None = None) -> int:
    with uow:
        uow.act("add-goal", permission="admin.configure")
        goal = Goal(social_plan_id=_plan(uow.session, plan_id).id)
        with uow.session.no_autoflush:
            _apply_goal(uow.session, goal, code, title, life_phase, field_of_action, description)
        uow.session.add(goal)
        uow.session.flush()
        goal_id = goal.id
        uow.commit()
    return goal_id


def update_goal(uow: UnitOfWork, goal_id: int, code: str, title: str, life_phase: str | None = None,
                field_of_action: str | None = None, description: str | None = None,
                expected_version: int | None = None) -> None:
    with uow:
        uow.act("update-goal", permission="admin.configure")
        goal = _goal(uow.session, goal_id)
        _check_version(goal, expected_version, _("Das Ziel {code}").format(code=goal.code))
        with uow.session.no_autoflush:
            _apply_goal(uow.session, goal, code, title, life_phase, field_of_action, description)
        uow.commit()


def _goal(session: Session, goal_id: int) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None:
        raise NotFound(_("Das Ziel Nr. {id} gibt es nicht.").format(id=goal_id))
    return goal


# -- measures (Maßnahmenkatalog) -----------------------------------------------------------------------

@dataclass(frozen=True)
class MeasureTargetInput:
    """Optional target indicator of a measure, e.g. "3 Familienzentren im Norden" = 3 in "Nord (Kyffhäuser)"."""

    indicator: str | None = None
    count: int | None = None
    social_area: str | None = None


def _apply_measure(session: Session, measure: Measure, code: str, title: str, target: MeasureTargetInput,
                   in_catalogue: bool, description: str | None) -> None:
    if target.count is not None and (isinstance(target.count, bool) or not isinstance(target.count, int)
                                     or target.count < 0):
        raise ValidationError(_("Die Zielgröße muss eine ganze Zahl ab 0 sein."), "target_count")
    measure.code = require_text(code, _("Kürzel"), field="code", max_len=20)
    measure.title = require_text(title, _("Maßnahme"), field="title")
    measure.description = clean_text(description, _("Beschreibung"), required=False, max_len=4000, multiline=True)
    measure.target_indicator = clean_text(target.indicator, _("Zielindikator"), field="target_indicator",
                                          required=False)
    measure.target_count = target.count
    measure.target_social_area_id = social_area_by_name(session, target.social_area).id if target.social_area \
        else None
    measure.in_catalogue = in_catalogue
    clash = session.scalar(select(Measure).where(Measure.goal_id == measure.goal_id, Measure.code == measure.code,
                                                 Measure.id != (measure.id or -1)))
    if clash is not None:
        raise ValidationError(_("Das Maßnahmenkürzel »{code}« ist bei diesem Ziel schon vergeben.").format(
            code=measure.code), "code")


def add_measure(uow: UnitOfWork, goal_id: int, code: str, title: str, target_indicator: str | None = None,
                target_count: int | None = None, in_catalogue: bool = True, target_social_area: str | None = None,
                description: str | None = None) -> int:
    with uow:
        uow.act("add-measure", permission="admin.configure")
        measure = Measure(goal_id=_goal(uow.session, goal_id).id)
        with uow.session.no_autoflush:
            _apply_measure(uow.session, measure, code, title,
                           MeasureTargetInput(target_indicator, target_count, target_social_area), in_catalogue,
                           description)
        uow.session.add(measure)
        uow.session.flush()
        measure_id = measure.id
        uow.commit()
    return measure_id


def update_measure(uow: UnitOfWork, measure_id: int, code: str, title: str,
                   target: MeasureTargetInput | None = None, in_catalogue: bool = True,
                   description: str | None = None, expected_version: int | None = None) -> None:
    with uow:
        uow.act("update-measure", permission="admin.configure")
        measure = uow.session.get(Measure, measure_id)
        if measure is None:
            raise NotFound(_("Die Maßnahme Nr. {id} gibt es nicht.").format(id=measure_id))
        _check_version(measure, expected_version, _("Die Maßnahme {code}").format(code=measure.code))
        with uow.session.no_autoflush:
            _apply_measure(uow.session, measure, code, title, target or MeasureTargetInput(), in_catalogue,
                           description)
        uow.commit()


# -- social areas and population ----------------------------------------------------------------------

def social_area_by_name(session: Session, name: str) -> SocialArea:
    area = session.scalar(select(SocialArea).where(SocialArea.name == name.strip()))
    if area is None:
        raise ValidationError(_("Einen Sozialraum »{name}« gibt es nicht.").format(name=name), "social_area")
    return area


def add_social_area(uow: UnitOfWork, name: str) -> int:
    with uow:
        uow.act("add-social-area", permission="admin.configure")
        text = require_text(name, _("Sozialraum"), field="name", max_len=120)
        if uow.session.scalar(select(SocialArea).where(SocialArea.name == text)):
            raise ValidationError(_("Den Sozialraum »{name}« gibt es schon.").format(name=text), "name")
        area = SocialArea(name=text)
        uow.session.add(area)
        uow.session.flush()
        area_id = area.id
        uow.commit()
    return area_id


def update_municipality(uow: UnitOfWork, name: str, population: int | None, population_year: int | None,
                        social_area: str | None, expected_version: int | None = None) -> None:
    """Total population (must match stored age groups of that year) and the social area of a municipality."""
    _year(population_year, "population_year")
    if population is not None and (isinstance(population, bool) or not isinstance(population, int)
                                   or population < 0):
        raise ValidationError(_("Die Einwohnerzahl muss eine ganze Zahl ab 0 sein."), "population")
    with uow:
        uow.act("update-municipality", permission="admin.configure")
        municipality = municipality_by_name(uow.session, name)
        _check_version(municipality, expected_version, _("Die Gemeinde {name}").format(name=municipality.name))
        groups = _age_groups(uow.session, municipality.id, population_year) if population_year else {}
        counted = sum(row.count for row in groups.values())
        if population is not None and groups and counted != population:
            raise ValidationError(_("Die Altersgruppen {year} ergeben {sum} Einwohner, nicht {total}; bitte die "
                                    "Altersgruppen anpassen.").format(
                year=population_year, sum=counted, total=population), "population")
        municipality.population, municipality.population_year = population, population_year
        municipality.social_area_id = social_area_by_name(uow.session, social_area).id if social_area else None
        uow.commit()


def _age_groups(session: Session, municipality_id: int, year: int) -> dict[str, MunicipalityPopulation]:
    return {row.age_group: row for row in session.scalars(select(MunicipalityPopulation).where(
        MunicipalityPopulation.municipality_id == municipality_id, MunicipalityPopulation.year == year))}


def _checked_age_groups(by_age_group: Mapping[str, int]) -> dict[str, int]:
    unknown = sorted(set(by_age_group) - set(AGE_GROUPS))
    if unknown:
        raise ValidationError(_("Unbekannte Altersgruppe »{group}«; möglich: {groups}.").format(
            group=unknown[0], groups=", ".join(AGE_GROUPS)), "age_group")
    missing = [g for g in AGE_GROUPS if g not in by_age_group]
    if missing:
        raise ValidationError(_("Bitte alle Altersgruppen angeben; es fehlen: {groups}.").format(
            groups=", ".join(missing)), "age_group")
    for group, count in by_age_group.items():
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValidationError(_("Die Einwohnerzahl der Altersgruppe {group} muss eine ganze Zahl ab 0 sein.")
                                  .format(group=group), "age_group")
    return dict(by_age_group)


def set_population(uow: UnitOfWork, municipality: str, year: int, by_age_group: Mapping[str, int],
                   expected_version: int | None = None) -> int:
    """Inhabitants per age group in a year; the newest year's sum becomes the municipality's total."""
    _year(year, "year")
    figures = _checked_age_groups(by_age_group)
    with uow:
        uow.act("set-population", permission="admin.configure")
        place = municipality_by_name(uow.session, municipality)
        _check_version(place, expected_version, _("Die Gemeinde {name}").format(name=place.name))
        stored = _age_groups(uow.session, place.id, year)
        for group, count in figures.items():
            if group in stored:
                stored[group].count = count
            else:
                uow.session.add(MunicipalityPopulation(municipality_id=place.id, age_group=group, year=year,
                                                       count=count))
        total = sum(figures.values())
        if place.population_year is None or year >= place.population_year:
            place.population, place.population_year = total, year
        uow.commit()
    return total


# -- scoring criteria per programme ----------------------------------------------------------------------

def _weight(value: MoneyInput) -> Decimal:
    try:
        weight = Decimal(str(value).strip().replace(",", "."))
    except ArithmeticError:
        raise ValidationError(_("Das Gewicht »{value}« ist keine Zahl.").format(value=value), "weight") from None
    if not weight.is_finite() or weight < 0 or weight > MAX_WEIGHT or weight != weight.quantize(Decimal("0.01")):
        raise ValidationError(_("Das Gewicht muss zwischen 0 und 100 liegen (höchstens zwei Nachkommastellen)."),
                              "weight")
    return weight.quantize(Decimal("0.01"))


def seed_scoring_criteria(uow: UnitOfWork, programme_code: str) -> int:
    """Store the default scoring sheet for a programme that has none yet; returns the number of criteria."""
    with uow:
        uow.act("seed-scoring-criteria", permission="admin.configure")
        count = len(ensure_default_criteria(uow.session, programme_by_code(uow.session, programme_code).id))
        uow.commit()
    return count


def configure_criterion(uow: UnitOfWork, programme_code: str, code: str, weight: MoneyInput, name: str | None = None,
                        position: int | None = None, expected_version: int | None = None) -> int:
    """Change the weight (0 = switched off) or name of a criterion, or add a new one to the programme's sheet."""
    value = _weight(weight)
    with uow:
        uow.act("configure-criterion", permission="admin.configure")
        programme = programme_by_code(uow.session, programme_code)
        criteria = {c.code: c for c in ensure_default_criteria(uow.session, programme.id)}
        criterion = criteria.get(code.strip())
        if criterion is None:
            criterion = ScoringCriterion(programme_id=programme.id, code=require_text(code, _("Kürzel"), max_len=40),
                                         name=require_text(name, _("Bezeichnung"), field="name", max_len=160),
                                         position=len(criteria))
            uow.session.add(criterion)
        else:
            _check_version(criterion, expected_version, _("Das Kriterium »{name}«").format(name=criterion.name))
            criterion.name = require_text(name, _("Bezeichnung"), field="name", max_len=160) if name \
                else criterion.name
        criterion.weight = value
        criterion.position = criterion.position if position is None else position
        if all(c.weight == 0 for c in (*criteria.values(), criterion)):
            raise ValidationError(_("Mindestens ein Kriterium muss ein Gewicht über 0 haben."), "weight")
        uow.session.flush()
        criterion_id = criterion.id
        uow.commit()
    return criterion_id
