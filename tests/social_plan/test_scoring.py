"""Scoring arithmetic by hand, and weights configured per programme (both backends for the stored part)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.cases import alignment
from app.kernel.errors import ConcurrentEditError, PermissionDenied, ValidationError
from app.social_plan import service as social_plan
from app.social_plan.scoring import format_score, sheet_criteria, weighted_score
from db.models import Programme
from tests.fixtures.social_plan import FULL_SCORES, PlanWorld

D = Decimal
DEFAULT_WEIGHTS = [D(3), D(2), D(1), D(2), D(2), D(2)]


def test_default_sheet_example_is_44_of_60_points() -> None:
    # 3×4 + 2×3 + 1×2 + 2×5 + 2×3 + 2×4 = 12 + 6 + 2 + 10 + 6 + 8 = 44; maximum 12 × 5 = 60
    result = weighted_score(zip(DEFAULT_WEIGHTS, [4, 3, 2, 5, 3, 4], strict=True))
    assert (result.achieved, result.possible, result.percent) == (D(44), D(60), D("73.33"))
    assert result.text == "73,33 %"


def test_extremes_and_rounding_half_up_once_at_the_end() -> None:
    assert weighted_score(zip(DEFAULT_WEIGHTS, [5] * 6, strict=True)).percent == D("100.00")
    assert weighted_score(zip(DEFAULT_WEIGHTS, [0] * 6, strict=True)).percent == D("0.00")
    # 0.2 × 5 = 1 of 800 possible points = 0.125 % → 0.13 % (half up, not to even)
    assert weighted_score([(D("0.2"), 5), (D("159.8"), 0)]).percent == D("0.13")
    # 1 of 15 = 6.666… % → 6.67 %
    assert weighted_score([(D(1), 1), (D(1), 0), (D(1), 0)]).percent == D("6.67")
    assert format_score(D("1234.5")) == "1.234,50 %"


@pytest.mark.parametrize("parts", [[(D(1), 6)], [(D(1), -1)], [(D(0), 3)], []])
def test_points_outside_0_to_5_or_no_weight_are_programming_errors(parts: list[tuple[Decimal, int]]) -> None:
    with pytest.raises(ValueError):
        weighted_score(parts)


def test_a_new_programme_has_the_default_sheet_stored(plan_world: PlanWorld) -> None:
    """Stored when the administration creates the programme: scoring a case only reads it (issue 25)."""
    office = plan_world.office
    with office.database.read() as session:
        lpf = session.query(Programme).filter_by(code="LPF").one().id
        shown = sheet_criteria(session, lpf)
    assert [c.code for c in shown] == ["needs_based", "family_participation", "voluntary_engagement", "networking",
                                       "sustainability", "social_area"]
    assert [c.weight for c in shown] == DEFAULT_WEIGHTS and all(c.id is not None for c in shown)
    assert social_plan.seed_scoring_criteria(office.admin, "LPF") == 6
    assert social_plan.seed_scoring_criteria(office.admin, "LPF") == 6  # idempotent
    with pytest.raises(PermissionDenied):
        social_plan.seed_scoring_criteria(office.anna, "LPF")


def test_configured_weights_change_the_score_of_an_alignment(plan_world: PlanWorld) -> None:
    world, office = plan_world, plan_world.office
    social_plan.configure_criterion(office.admin, "LPF", "needs_based", "5")
    ref = world.reviewed("Artern", "G1.2")
    # weights 5, 2, 1, 2, 2, 2: 20 + 6 + 2 + 10 + 6 + 8 = 52 of 70 = 74.2857… → 74.29 %
    assert alignment.align_case(office.anna, ref, [(world.goals["G1"], world.measures["G1.2"])],
                                FULL_SCORES).percent == D("74.29")
    # weight 0 switches "Ehrenamtliches Engagement" off: 20 + 6 + 10 + 6 + 8 = 50 of 65 = 76.92 %
    social_plan.configure_criterion(office.admin, "LPF", "voluntary_engagement", "0")
    without = {k: v for k, v in FULL_SCORES.items() if k != "voluntary_engagement"}
    assert alignment.align_case(office.anna, ref, [(world.goals["G1"], world.measures["G1.2"])],
                                without).percent == D("76.92")


def test_weight_validation_and_new_criteria(plan_world: PlanWorld) -> None:
    admin = plan_world.office.admin
    for bad in ("-1", "101", "1,234", "viel"):
        with pytest.raises(ValidationError, match="Gewicht"):
            social_plan.configure_criterion(admin, "LPF", "needs_based", bad)
    with pytest.raises(ValidationError, match="Bezeichnung"):
        social_plan.configure_criterion(admin, "LPF", "inclusion", "2")
    new_id = social_plan.configure_criterion(admin, "LPF", "inclusion", "1,5", name="Inklusion")
    with plan_world.office.database.read() as session:
        lpf = session.query(Programme).filter_by(code="LPF").one().id
        sheet = sheet_criteria(session, lpf)
    assert (sheet[-1].id, sheet[-1].code, sheet[-1].weight) == (new_id, "inclusion", D("1.50"))
    with pytest.raises(ConcurrentEditError):
        social_plan.configure_criterion(admin, "LPF", "inclusion", "2", expected_version=sheet[-1].version + 1)
    for code in [c.code for c in sheet][:-1]:
        social_plan.configure_criterion(admin, "LPF", code, "0")
    with pytest.raises(ValidationError, match="Mindestens ein Kriterium"):
        social_plan.configure_criterion(admin, "LPF", "inclusion", "0")
