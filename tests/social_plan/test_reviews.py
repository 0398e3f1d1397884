"""Several reviewers score a case (issue 23): one score per reviewer, the summary in Decimal, permissions, and the
summary feeding the decision proposal."""

from __future__ import annotations

import statistics
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import select

from app.administration import settings_service as admin
from app.cases import decisions
from app.kernel.errors import PermissionDenied, TransitionRefused, ValidationError
from app.kernel.stored_text import unpack
from app.social_plan import reviews
from app.social_plan.scoring import DEFAULT_CRITERIA
from db.models import AuditEvent, StatusChange
from tests.fixtures.database import Today
from tests.letters import cases
from tests.support import Office

CODES = [code for code, _name, _weight in DEFAULT_CRITERIA]
WEIGHTS = [weight for _code, _name, weight in DEFAULT_CRITERIA]


def sheet(*points: int) -> dict[str, int]:
    return dict(zip(CODES, points, strict=True))


def percent(points: tuple[int, ...]) -> Decimal:
    """The weighted percentage, worked out independently of the service."""
    achieved = sum((w * p for w, p in zip(WEIGHTS, points, strict=True)), Decimal(0))
    return (achieved * 100 / (sum(WEIGHTS, Decimal(0)) * 5)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def reviewed_case(office: Office, today: Today) -> str:
    admin.set_setting(office.admin, "panel_review", "ja")
    return cases.reviewed(office, today)


def test_three_reviewers_give_an_exact_summary(office: Office, today: Today) -> None:
    file_number = reviewed_case(office, today)
    given = {"anna": (4, 3, 2, 5, 3, 4), "bernd": (5, 5, 5, 5, 5, 5), "sabine": (3, 3, 3, 3, 3, 3)}
    for name, points in given.items():
        result = reviews.record_review(getattr(office, name), file_number, sheet(*points), f"Kommentar von {name}")
        assert result.percent == percent(points)
    shown = reviews.case_reviews(office.leser, file_number)
    assert shown.enabled and shown.open and [r.reviewer for r in shown.reviews] == ["anna", "bernd", "sabine"]
    summary = shown.summary
    assert summary is not None and summary.count == 3
    percents = [percent(p) for p in given.values()]
    assert percents == [Decimal("73.33"), Decimal("100.00"), Decimal("60.00")]
    assert summary.mean == Decimal("77.78") == (sum(percents) / 3).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert (summary.minimum, summary.maximum) == (Decimal("60.00"), Decimal("100.00"))
    assert summary.stdev == Decimal("16.63") == statistics.pstdev(percents).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert dict((code, mean) for code, _n, mean in summary.criterion_means)["needs_based"] == Decimal("4.00")
    assert [c for _who, c in summary.comments] == ["Kommentar von anna", "Kommentar von bernd", "Kommentar von sabine"]
    assert "Mittelwert 77,78 %" in summary.text and "Standardabweichung 16,63" in summary.text


def test_a_reviewer_changes_only_their_own_score_and_a_reader_cannot_score(office: Office, today: Today) -> None:
    file_number = reviewed_case(office, today)
    reviews.record_review(office.anna, file_number, sheet(1, 1, 1, 1, 1, 1), "erst")
    reviews.record_review(office.anna, file_number, sheet(2, 2, 2, 2, 2, 2), "dann")  # replaces, not a second one
    with pytest.raises(PermissionDenied, match="nur die eigene Bewertung"):
        reviews.record_review(office.bernd, file_number, sheet(5, 5, 5, 5, 5, 5), reviewer="anna")
    with pytest.raises(PermissionDenied, match="Antrag im Gremium bewerten"):
        reviews.record_review(office.leser, file_number, sheet(5, 5, 5, 5, 5, 5))
    with pytest.raises(ValidationError, match="ganze Zahl von 0 bis 5"):
        reviews.record_review(office.bernd, file_number, sheet(6, 5, 5, 5, 5, 5))
    with pytest.raises(ValidationError, match="es fehlen"):
        reviews.record_review(office.bernd, file_number, {"needs_based": 3})
    shown = reviews.case_reviews(office.leser, file_number)
    assert [(r.reviewer, r.percent, r.comment) for r in shown.reviews] == [("anna", Decimal("40.00"), "dann")]
    assert shown.summary is not None and shown.summary.stdev == Decimal("0.00")
    with office.database.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "Review")).all()
    assert {e.action for e in events} == {"review-case"} and len(events) >= 2
    reviews.remove_review(office.anna, file_number)
    assert reviews.case_reviews(office.leser, file_number).reviews == ()


def test_switched_off_or_outside_the_review_nobody_scores(office: Office, today: Today) -> None:
    file_number = cases.reviewed(office, today)
    with pytest.raises(ValidationError, match="nicht eingeschaltet"):
        reviews.record_review(office.anna, file_number, sheet(3, 3, 3, 3, 3, 3))
    admin.set_setting(office.admin, "panel_review", "ja")
    received = cases.registered(office, today, title="Zweites Projekt")
    with pytest.raises(TransitionRefused, match="nur im Sozialplanabgleich"):
        reviews.record_review(office.anna, received, sheet(3, 3, 3, 3, 3, 3))
    assert reviews.case_reviews(office.leser, file_number).reviews == ()


def test_the_summary_feeds_the_proposal_and_may_be_its_score(office: Office, today: Today) -> None:
    file_number = reviewed_case(office, today)
    with pytest.raises(ValidationError, match="niemand aus dem Gremium"):
        decisions.propose(office.anna, file_number, "approve", amount="10000.00", score_basis="panel")
    reviews.record_review(office.bernd, file_number, sheet(4, 4, 4, 4, 4, 4), "gut")
    reviews.record_review(office.sabine, file_number, sheet(3, 3, 3, 3, 3, 3))
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Passt.", score_basis="panel")
    with office.database.read() as session:
        note = unpack(session.scalars(select(StatusChange.reason).where(StatusChange.action == "propose")).one())
    assert "Gremium: 2 Bewertungen: Mittelwert 70,00 %, Spanne 60,00 % bis 80,00 %" in (note or "")
    assert "Standardabweichung 10,00 Prozentpunkte" in (note or "")
    assert "Bewertung des Vorschlags: Mittelwert des Gremiums 70,00 %" in (note or "")
