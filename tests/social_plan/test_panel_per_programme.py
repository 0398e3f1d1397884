"""Several reviewers per programme (issue 23): a programme's own choice wins over the office-wide setting, which
still holds for programmes that leave it open; on PostgreSQL the database keeps every score its reviewer's own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from app.administration import settings_service as admin
from app.administration.programmes import ProgrammeInput
from app.administration.reads import ProgrammeRow, administration
from app.kernel.errors import ValidationError
from app.social_plan import reviews
from app.social_plan import service as social_plan
from tests.administration.test_person_logins import People, _refused, people  # noqa: F401 - the logins fixture
from tests.fixtures.database import Today
from tests.letters import cases
from tests.social_plan.test_reviews import sheet
from tests.support import Office


def lpf(office: Office) -> ProgrammeRow:
    return next(p for p in administration(office.admin).programmes if p.code == "LPF")


def set_panel(office: Office, value: bool | None) -> None:
    """Verwaltung → Programme: everything as it is, only the panel choice changed."""
    p = lpf(office)
    data = ProgrammeInput(code=p.code, name=p.name, default_financing_type=p.default_financing_type,
                          max_funding_rate=str(p.max_funding_rate * 100), min_grant=str(p.min_grant),
                          max_grant=None if p.max_grant is None else str(p.max_grant),
                          file_number_pattern=p.file_number_pattern, proof_of_use_months=p.proof_of_use_months,
                          use_within_months=p.use_within_months, description=p.description,
                          allowed_applicant_types=p.allowed_applicant_types,
                          cost_line_tolerance=str(p.cost_line_tolerance * 100),
                          legal_basis=None if p.legal_basis_is_default else p.legal_basis, panel_review=value)
    admin.update_programme(office.admin, p.code, data, p.version)


@pytest.fixture
def case(office: Office, today: Today) -> Iterator[str]:
    yield cases.reviewed(office, today)


def test_the_programme_s_choice_wins_and_open_follows_the_setting(office: Office, case: str) -> None:
    assert lpf(office).panel_review is None
    assert not reviews.case_reviews(office.leser, case).enabled  # the setting is off by default
    with pytest.raises(ValidationError, match="für das Programm LPF nicht eingeschaltet"):
        reviews.record_review(office.anna, case, sheet(3, 3, 3, 3, 3, 3))

    set_panel(office, True)  # on for this programme, the setting still off
    assert lpf(office).panel_review is True and reviews.case_reviews(office.leser, case).enabled
    reviews.record_review(office.anna, case, sheet(3, 3, 3, 3, 3, 3))

    admin.set_setting(office.admin, "panel_review", "ja")
    set_panel(office, False)  # off for this programme although the setting is on
    shown = reviews.case_reviews(office.leser, case)
    assert not shown.enabled and len(shown.reviews) == 1  # what was given stays readable
    with pytest.raises(ValidationError):
        reviews.record_review(office.bernd, case, sheet(4, 4, 4, 4, 4, 4))

    set_panel(office, None)  # open again: the setting (on) holds
    reviews.record_review(office.bernd, case, sheet(4, 4, 4, 4, 4, 4))
    assert [r.reviewer for r in reviews.case_reviews(office.leser, case).reviews] == ["anna", "bernd"]


def test_the_database_keeps_each_score_its_reviewer_s_own(people: People, case: str) -> None:  # noqa: F811
    office = people.office
    set_panel(office, True)
    # the scoring sheet is reference data: the administration stores it (a caseworker's login may not)
    social_plan.seed_scoring_criteria(office.admin, "LPF")
    reviews.record_review(people.uow("anna"), case, sheet(4, 3, 2, 5, 3, 4), "Annas Bewertung")
    reviews.record_review(people.uow("bernd"), case, sheet(5, 5, 5, 5, 5, 5))
    with office.database.engine.connect() as conn:
        case_id = conn.execute(text("SELECT id FROM applications WHERE file_number = :f"), {"f": case}).scalar_one()
        before = conn.execute(text("SELECT reviewer, percent, comment FROM reviews ORDER BY reviewer")).all()
        points = conn.execute(text("SELECT count(*) FROM review_scores WHERE reviewer = 'anna'")).scalar_one()
    bernd = people.database("bernd")  # bernd's own login, past the program: plain SQL

    # the group role may write these tables: each refusal is the trigger's (its message), not a missing grant
    for statement in ("UPDATE reviews SET percent = 0, comment = 'geändert' WHERE reviewer = 'anna'",
                      "UPDATE review_scores SET points = 0 WHERE reviewer = 'anna'",
                      "DELETE FROM review_scores WHERE reviewer = 'anna'",
                      "DELETE FROM reviews WHERE reviewer = 'anna'"):
        assert "Die Bewertung von »anna« kann nur diese Person selbst" in _refused(bernd, statement), statement
    for statement in ("UPDATE reviews SET reviewer = 'tom' WHERE reviewer = 'bernd'",
                      "INSERT INTO reviews (application_id, reviewer, percent, updated_at) "
                      "VALUES (:id, 'sabine', 10, now())"):
        assert "nur im eigenen Namen" in _refused(bernd, statement, id=case_id), statement

    with bernd.engine.begin() as conn:  # his own score he may change himself
        conn.execute(text("UPDATE reviews SET comment = 'Nachtrag' WHERE reviewer = 'bernd'"))
    with office.database.engine.connect() as conn:
        after = conn.execute(text("SELECT reviewer, percent, comment FROM reviews ORDER BY reviewer")).all()
        assert conn.execute(text("SELECT count(*) FROM review_scores WHERE reviewer = 'anna'")).scalar_one() == points
    assert after[0] == before[0] and after[1][2] == "Nachtrag"

    reviews.remove_review(people.uow("anna"), case)  # anna withdraws her own through the program
    assert [r.reviewer for r in reviews.case_reviews(people.uow("leser"), case).reviews] == ["bernd"]
