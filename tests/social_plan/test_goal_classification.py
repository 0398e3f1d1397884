"""A goal of the social plan carries its Handlungsfeld and, for poverty prevention, its life phase (issue 25): set by
the administration through the audited goal service; an unknown value is refused in German and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.administration.reads import GoalRow, administration
from app.kernel.errors import PermissionDenied, ValidationError
from app.social_plan import service as social_plan
from db.models import AuditEvent
from tests.fixtures.social_plan import PlanWorld

EDUCATION = "Bildung im familiären Umfeld"


def _goal(world: PlanWorld, code: str) -> GoalRow:
    return next(g for g in administration(world.office.admin).goal_rows if g.code == code)


def test_the_choices_offer_the_six_fields_and_four_life_phases(plan_world: PlanWorld) -> None:
    choices = administration(plan_world.office.admin).goal_choices
    assert [p[1] for p in choices.plans] == ["Testplan 2026–2027"]
    assert [label for _n, label in choices.fields_of_action][:3] == [
        "HF 1: Steuerung, Vernetzung, Nachhaltigkeit und Planung", "HF 2: Vereinbarkeit von Familie und Beruf, "
        "Mobilität", "HF 3: Bildung im familiären Umfeld"]
    assert len(choices.fields_of_action) == 6
    assert choices.life_phases == (("childhood", "Kindheit"), ("youth", "Jugend"), ("adulthood", "Erwachsenenalter"),
                                   ("seniors", "Senioren"))


def test_field_of_action_and_life_phase_are_set_audited_and_cleared(plan_world: PlanWorld) -> None:
    world, admin = plan_world, plan_world.office.admin
    goal = _goal(world, "G1")
    assert (goal.field_of_action, goal.life_phase) == (None, "childhood")
    social_plan.update_goal(admin, goal.id, goal.code, goal.title, "youth", EDUCATION, goal.description,
                            expected_version=goal.version)
    changed = _goal(world, "G1")
    assert (changed.field_of_action, changed.life_phase, changed.version) == (EDUCATION, "youth", goal.version + 1)
    with world.office.database.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "Goal",
                                                          AuditEvent.entity_id == str(goal.id),
                                                          AuditEvent.action == "update-goal")).all()
    assert {e.field for e in events} == {"field_of_action_id", "life_phase_id"}
    assert {e.user_name for e in events} == {"admin"}

    social_plan.update_goal(admin, goal.id, goal.code, goal.title, None, None, goal.description,
                            expected_version=changed.version)  # a cross-cutting goal without a Handlungsfeld
    assert (_goal(world, "G1").field_of_action, _goal(world, "G1").life_phase) == (None, None)


@pytest.mark.parametrize(("phase", "field", "message"), [
    ("youth", "Handlungsfeld 9", "Unbekanntes Handlungsfeld »Handlungsfeld 9«"),
    ("Jugendzeit", EDUCATION, "Unbekannte Lebensphase »Jugendzeit«"),
])
def test_an_unknown_value_is_refused_and_nothing_changes(plan_world: PlanWorld, phase: str, field: str,
                                                         message: str) -> None:
    world = plan_world
    before = _goal(world, "G2")
    with pytest.raises(ValidationError, match=message):
        social_plan.update_goal(world.office.admin, before.id, "G2x", "Geändert", phase, field, None,
                                expected_version=before.version)
    assert _goal(world, "G2") == before
    with pytest.raises(PermissionDenied):
        social_plan.update_goal(world.office.anna, before.id, "G2", before.title, "youth", EDUCATION)
    assert _goal(world, "G2") == before
