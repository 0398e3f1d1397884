"""Maintaining the social plan: plan versions, goals, measures, social areas and population figures."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.kernel.errors import ConcurrentEditError, NotFound, PermissionDenied, ValidationError
from app.social_plan import service as social_plan
from app.social_plan.plans import plan_choices, plan_for_year
from app.social_plan.service import MeasureTargetInput
from db.models import AuditEvent, Goal, Measure, Municipality, MunicipalityPopulation, SocialPlan
from tests.fixtures.social_plan import PlanWorld
from tests.support import Office

AREA = "Nord (Kyffhäuser)"


def test_plan_versions_may_not_overlap(office: Office) -> None:
    admin = office.admin
    first = social_plan.create_plan(admin, "Sozialplan 2024–2027", 2024, 2027)
    with pytest.raises(ValidationError, match="überschneidet sich mit »Sozialplan 2024–2027« \\(2024–2027\\)"):
        social_plan.create_plan(admin, "Sozialplan 2026 ff.", 2026)
    with pytest.raises(ValidationError, match="vor ihrem Beginn"):
        social_plan.create_plan(admin, "Verkehrt", 2030, 2029)
    with pytest.raises(PermissionDenied):
        social_plan.create_plan(office.anna, "Sozialplan 2028 ff.", 2028)
    with office.database.read() as s:
        version = s.get_one(SocialPlan, first).version
    social_plan.update_plan(admin, first, "Sozialplan 2024–2025", 2024, 2025, expected_version=version)
    second = social_plan.create_plan(admin, "Sozialplan 2026 ff.", 2026)
    with pytest.raises(ConcurrentEditError, match="Sozialplan wurde inzwischen"):
        social_plan.update_plan(admin, first, "Alt", 2024, 2025, expected_version=version)
    with office.database.read() as s:
        assert plan_for_year(s, 2025).id == first and plan_for_year(s, 2031).id == second
        assert plan_for_year(s, 2023) is None
        assert [p.label for p in plan_choices(s)] == ["Sozialplan 2026 ff. (ab 2026)",
                                                      "Sozialplan 2024–2025 (2024–2025)"]


def test_goals_and_measures_with_target_indicators(plan_world: PlanWorld) -> None:
    world, admin = plan_world, plan_world.office.admin
    with pytest.raises(ValidationError, match="Zielkürzel »G1« ist in diesem Plan schon vergeben"):
        social_plan.add_goal(admin, world.plan, "G1", "Doppelt")
    with pytest.raises(ValidationError, match="Unbekannte Lebensphase"):
        social_plan.add_goal(admin, world.plan, "G9", "Falsch", "Jugendzeit")
    with pytest.raises(NotFound):
        social_plan.add_goal(admin, 4711, "G9", "Ohne Plan")
    with world.office.database.read() as s:
        goal = s.get_one(Goal, world.goals["G3"])
    social_plan.update_goal(admin, goal.id, "G3", "Jugendräume und Jugendbeteiligung", "youth",
                            "Dialog der Generationen", expected_version=goal.version)
    with pytest.raises(ConcurrentEditError):
        social_plan.update_goal(admin, goal.id, "G3", "Nochmal", expected_version=goal.version)
    with pytest.raises(ValidationError, match="Sozialraum »Mond«"):
        social_plan.add_measure(admin, goal.id, "G3.2", "Jugendbus", "1 Bus", 1, target_social_area="Mond")
    with pytest.raises(ValidationError, match="Zielgröße"):
        social_plan.add_measure(admin, goal.id, "G3.2", "Jugendbus", "1 Bus", -1)
    measure_id = social_plan.add_measure(admin, goal.id, "G3.2", "Jugendbus", "1 Bus im Norden", 1,
                                         target_social_area=AREA)
    with world.office.database.read() as s:
        measure = s.get_one(Measure, measure_id)
        assert measure.target_social_area_id is not None and measure.target_count == 1
    social_plan.update_measure(admin, measure_id, "G3.2", "Jugendbus", MeasureTargetInput("2 Busse", 2),
                               in_catalogue=False, expected_version=measure.version)
    with world.office.database.read() as s:
        changed = s.get_one(Measure, measure_id)
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "update-measure")).all()
    assert (changed.target_count, changed.target_social_area_id, changed.in_catalogue) == (2, None, False)
    assert {e.field for e in events} >= {"target_count", "target_social_area_id", "in_catalogue"}


def test_population_by_age_group_adds_up_to_the_total(plan_world: PlanWorld) -> None:
    admin, db = plan_world.office.admin, plan_world.office.database
    figures = {"0-5": 20, "6-11": 20, "12-17": 20, "18-26": 30, "27-64": 140, "65+": 70}
    with db.read() as s:
        before = s.scalars(select(Municipality).where(Municipality.name == "Trebra")).one()
    assert social_plan.set_population(admin, "Trebra", 2024, figures, expected_version=before.version) == 300
    with db.read() as s:
        trebra = s.scalars(select(Municipality).where(Municipality.name == "Trebra")).one()
        rows = s.scalars(select(MunicipalityPopulation).where(MunicipalityPopulation.municipality_id == trebra.id))
        assert {r.age_group: r.count for r in rows} == figures
    assert (trebra.population, trebra.population_year) == (300, 2024)
    with pytest.raises(ConcurrentEditError):
        social_plan.set_population(admin, "Trebra", 2024, figures, expected_version=before.version)
    with pytest.raises(ValidationError, match="es fehlen: 65\\+"):
        social_plan.set_population(admin, "Trebra", 2024, {k: v for k, v in figures.items() if k != "65+"})
    with pytest.raises(ValidationError, match="Unbekannte Altersgruppe »0-3«"):
        social_plan.set_population(admin, "Trebra", 2024, {**figures, "0-3": 5})
    with pytest.raises(ValidationError, match="ganze Zahl ab 0"):
        social_plan.set_population(admin, "Trebra", 2024, {**figures, "65+": -1})
    with pytest.raises(ValidationError, match="ergeben 300 Einwohner, nicht 310"):
        social_plan.update_municipality(admin, "Trebra", 310, 2024, "Ost (Greußen)")
    social_plan.set_population(admin, "Trebra", 2022, {**figures, "65+": 90})  # older figures keep the total
    social_plan.update_municipality(admin, "Trebra", 300, 2024, AREA)
    with db.read() as s:
        trebra = s.scalars(select(Municipality).where(Municipality.name == "Trebra")).one()
        area = trebra.social_area.name if trebra.social_area else None
    assert (trebra.population, trebra.population_year, area) == (300, 2024, AREA)


def test_social_areas_are_unique_and_admin_only(office: Office) -> None:
    area = social_plan.add_social_area(office.admin, "Süd (Test)")
    assert area > 0
    with pytest.raises(ValidationError, match="gibt es schon"):
        social_plan.add_social_area(office.admin, "Süd (Test)")
    with pytest.raises(PermissionDenied):
        social_plan.add_social_area(office.tom, "Noch einer")
