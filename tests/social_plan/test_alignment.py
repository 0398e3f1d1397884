"""Aligning a case in the social-plan review: rules, audit trail, and the score in the decision proposal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cases import alignment, checking, decisions
from app.cases import intake as applications
from app.cases.audit_sentences import audit_reason
from app.kernel.errors import ConcurrentEditError, PermissionDenied, TransitionRefused, ValidationError
from app.kernel.stored_text import unpack
from app.social_plan import service as social_plan
from app.social_plan.alignment import alignment_sheet
from db.models import Application, ApplicationGoal, AuditEvent, Decision, Score, StatusChange
from tests.fixtures.social_plan import FULL_SCORES, REASONS, PlanWorld
from tests.support import YEAR, application_input, record_case_documents

D = Decimal


def links(world: PlanWorld, ref: str) -> set[tuple[int, int | None]]:
    with world.office.database.read() as s:
        app_id = s.scalar(select(Application.id).where(Application.file_number == ref))
        return {(g.goal_id, g.measure_id) for g in s.scalars(select(ApplicationGoal).where(
            ApplicationGoal.application_id == app_id))}


def case(world: PlanWorld, ref: str) -> Application:
    with world.office.database.read() as s:
        return s.scalars(select(Application).where(Application.file_number == ref)).one()


def both(world: PlanWorld) -> list[tuple[int, int | None]]:
    return [(world.goals["G1"], world.measures["G1.1"]), (world.goals["G2"], None)]


def test_alignment_is_stored_audited_and_bumps_the_version(plan_world: PlanWorld) -> None:
    world = plan_world
    ref = world.reviewed("Sondershausen")  # a justified exception from the application
    before = case(world, ref)
    result = alignment.align_case(world.office.anna, ref, both(world), FULL_SCORES, expected_version=before.version)
    assert result.percent == D("73.33")
    after = case(world, ref)
    assert links(world, ref) == set(both(world))
    assert after.measure_id == world.measures["G1.1"] and after.version == before.version + 1
    assert after.catalogue_justification == before.catalogue_justification  # None keeps it
    with world.office.database.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.application_id == after.id,
                                                    AuditEvent.action == "align-case")).all()
        points = {sc.points for sc in s.scalars(select(Score).where(Score.application_id == after.id))}
    assert {e.entity for e in events} >= {"ApplicationGoal", "Score", "Application"}
    assert all(e.user_name == "anna" for e in events)
    reason = audit_reason(events[0].reason)  # stored language-neutral, read in German
    assert "Bewertung 73,33 % = 44 von 60 gewichteten Punkten" in reason
    assert "Ziele G1 (G1.1), G2" in reason
    assert points == {2, 3, 4, 5}
    with world.office.database.read() as s:
        sheet = alignment_sheet(s, ref)
    assert sheet.result is not None and sheet.result.percent == D("73.33")
    assert [(a.goal_code, a.measure_code) for a in sheet.aligned] == [("G1", "G1.1"), ("G2", None)]
    assert [g.code for g in sheet.goals] == ["G1", "G3", "G2"]  # Kindheit, Jugend, Senioren


def test_realigning_replaces_links_and_points(plan_world: PlanWorld) -> None:
    world = plan_world
    ref = world.reviewed("Artern", "G1.2")
    alignment.align_case(world.office.anna, ref, both(world), FULL_SCORES)
    lower = {**FULL_SCORES, "needs_based": (1, "Bedarf nur teilweise belegt")}
    result = alignment.align_case(world.office.anna, ref, [(world.goals["G2"], world.measures["G2.1"])], lower)
    assert result.percent == D("58.33")  # needs_based 4 → 1 at weight 3: 44 − 9 = 35 of 60
    assert links(world, ref) == {(world.goals["G2"], world.measures["G2.1"])}
    assert case(world, ref).measure_id == world.measures["G2.1"]
    with world.office.database.read() as s:
        deleted = s.scalars(select(AuditEvent).where(AuditEvent.entity == "ApplicationGoal",
                                                     AuditEvent.new_value.is_(None))).all()
        changed = s.scalars(select(AuditEvent).where(AuditEvent.entity == "Score", AuditEvent.field == "points")).all()
    assert len(deleted) == 1 and [(c.old_value, c.new_value) for c in changed] == [("4", "1")]


def test_the_proposal_quotes_goals_and_score_and_keeps_the_letter_reasons(plan_world: PlanWorld) -> None:
    world = plan_world
    ref = world.reviewed("Artern", "G1.2")
    alignment.align_case(world.office.anna, ref, both(world), FULL_SCORES)
    world.propose(ref, "8000.00")
    with world.office.database.read() as s:
        app_id = case(world, ref).id
        proposal = s.scalars(select(StatusChange).where(StatusChange.application_id == app_id,
                                                        StatusChange.action == "propose")).one()
        decision = s.scalars(select(Decision).where(Decision.application_id == app_id)).one()
    note = unpack(proposal.reason) or ""  # stored language-neutral, read in German
    assert note.startswith(REASONS)
    assert "Sozialplanabgleich: Ziele G1 (G1.1), G2" in note
    assert "Bewertung 73,33 % = 44 von 60 gewichteten Punkten: Bedarfsgerecht und demografiefest 4/5 (×3)" \
        in note
    assert decision.reasons == REASONS  # the letter's Begründung carries no internal scoring


def test_a_proposal_without_score_says_so(plan_world: PlanWorld) -> None:
    world = plan_world
    ref = world.reviewed("Artern", "G1.2")
    world.propose(ref)
    with world.office.database.read() as s:
        reason = unpack(s.scalars(select(StatusChange.reason).where(StatusChange.action == "propose")).one()) or ""
    assert "Ziele G1 (G1.2)" in reason and "Bewertungsbogen: nicht ausgefüllt" in reason


def test_alignment_only_in_the_review_and_only_for_casework(plan_world: PlanWorld) -> None:
    world, office = plan_world, plan_world.office
    ref = world.reviewed("Artern", "G1.2")
    with pytest.raises(PermissionDenied):
        alignment.align_case(office.leser, ref, both(world), FULL_SCORES)
    with pytest.raises(PermissionDenied):
        alignment.align_case(office.admin, ref, both(world), FULL_SCORES)
    world.propose(ref)
    with pytest.raises(TransitionRefused, match=r"nur im Status »Sozialplanabgleich« möglich.*Entscheidungsvorschlag"):
        alignment.align_case(office.anna, ref, both(world), FULL_SCORES)
    with pytest.raises(ConcurrentEditError):
        alignment.align_case(office.anna, ref, both(world), FULL_SCORES, expected_version=1)
    assert links(world, ref) == set()


@pytest.mark.parametrize(("goals", "scores", "message"), [
    ("both", {k: v for k, v in FULL_SCORES.items() if k != "networking"}, "es fehlen: Vernetzung"),
    ("both", {**FULL_SCORES, "networking": (6, None)}, "ganze Zahl von 0 bis 5"),
    ("both", {**FULL_SCORES, "networking": (True, None)}, "ganze Zahl von 0 bis 5"),
    ("both", {**FULL_SCORES, "charm": (3, None)}, "Unbekanntes Bewertungskriterium »charm«"),
    ("twice", FULL_SCORES, "doppelt"),
    ("foreign_measure", FULL_SCORES, "gehört nicht zum Ziel G1"),
    ("unknown_goal", FULL_SCORES, "gehört nicht zum Sozialplan"),
])
def test_invalid_alignments_are_refused_in_german(plan_world: PlanWorld, goals: str, scores: dict,
                                                  message: str) -> None:
    world = plan_world
    ref = world.reviewed("Artern", "G1.2")
    choice = {"both": both(world), "twice": [(world.goals["G1"], None), (world.goals["G1"], None)],
              "foreign_measure": [(world.goals["G1"], world.measures["G2.1"])],
              "unknown_goal": [(999999, None)]}[goals]
    with pytest.raises(ValidationError, match=message):
        alignment.align_case(world.office.anna, ref, choice, scores)
    assert links(world, ref) == set()


def test_goals_of_another_plan_version_are_refused(plan_world: PlanWorld) -> None:
    world = plan_world
    other = social_plan.create_plan(world.office.admin, "Sozialplan 2028 ff.", YEAR + 2)
    foreign = social_plan.add_goal(world.office.admin, other, "N1", "Neues Ziel", "youth")
    ref = world.reviewed("Artern", "G1.2")
    with pytest.raises(ValidationError, match="gehört nicht zum Sozialplan, der 2026 gilt"):
        alignment.align_case(world.office.anna, ref, [(foreign, None)], FULL_SCORES)


def test_outside_the_catalogue_a_justification_is_required(plan_world: PlanWorld) -> None:
    world = plan_world
    ref = world.reviewed("Artern", "G1.2")
    with pytest.raises(ValidationError, match="Begründung für die Ausnahme"):
        alignment.align_case(world.office.anna, ref, [(world.goals["G2"], None)], FULL_SCORES)
    alignment.align_case(world.office.anna, ref, [(world.goals["G2"], None)], FULL_SCORES,
                         justification="Offener Treff für pflegende Angehörige, im Katalog nicht vorgesehen.")
    stored = case(world, ref)
    assert stored.measure_id is None and stored.catalogue_justification.startswith("Offener Treff")
    with pytest.raises(ValidationError, match="Begründung für die Ausnahme"):
        alignment.align_case(world.office.anna, ref, [(world.goals["G2"], None)], FULL_SCORES, justification="")


def test_approval_needs_a_goal_or_a_justified_exception(plan_world: PlanWorld, today) -> None:
    world, anna = plan_world, plan_world.office.anna
    today.set(dt.date(YEAR, 2, 2))
    ref = applications.register_application(anna, application_input(
        world.office.applicant_id, municipality="Artern", catalogue_justification=None))
    record_case_documents(world.office, ref)
    checking.start_check(anna, ref)
    checking.override_rule(anna, ref, "catalogue", "Zuordnung erfolgt im Sozialplanabgleich durch das Amt.")
    checking.confirm_eligible(anna, ref)
    with pytest.raises(TransitionRefused, match="mindestens einem Ziel oder einer Maßnahme"):
        decisions.propose(anna, ref, "approve", amount="10000.00", reasons=REASONS)
    alignment.align_case(anna, ref, [(world.goals["G1"], world.measures["G1.1"])], FULL_SCORES)
    decisions.propose(anna, ref, "approve", amount="10000.00", reasons=REASONS)
    assert case(world, ref).status == "decision_proposed"
