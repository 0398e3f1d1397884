"""Scoring a case only reads the programme's scoring sheet (issue 25): the administration stores it when it creates
or saves a programme, migration 0024 for programmes that had none; a caseworker's own PostgreSQL login scores
without ever writing the criteria, which stay the administration's to change."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.kernel.errors import ValidationError
from app.social_plan import reviews
from db import migrate
from tests.administration.test_person_logins import People, _refused, people  # noqa: F401 - the logins fixture
from tests.fixtures.database import Today
from tests.letters import cases
from tests.social_plan.test_panel_per_programme import set_panel
from tests.social_plan.test_reviews import sheet
from tests.support import Office


def _criteria(office: Office, code: str = "LPF") -> int:
    with office.database.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM scoring_criteria c JOIN programmes p "
                                     "ON p.id = c.programme_id WHERE p.code = :c"), {"c": code}).scalar_one())


def _forget_sheet(office: Office) -> None:
    """A programme from before the sheet was stored on creation (what the database owner sees)."""
    with office.database.engine.begin() as conn:
        conn.execute(text("DELETE FROM scoring_criteria WHERE programme_id = "
                          "(SELECT id FROM programmes WHERE code = 'LPF')"))


def _reviews(office: Office) -> int:
    with office.database.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM reviews")).scalar_one())


def test_a_programme_without_a_stored_sheet_is_refused_until_the_administration_saves_it(
        office: Office, today: Today) -> None:
    assert _criteria(office) == 6  # stored when the programme was created
    case = cases.reviewed(office, today)
    _forget_sheet(office)
    assert _criteria(office) == 0
    with office.database.engine.begin() as conn:  # panel review on, without saving the programme
        conn.execute(text("UPDATE programmes SET panel_review = true WHERE code = 'LPF'"))
    with pytest.raises(ValidationError, match="Für das Programm LPF ist noch kein Bewertungsbogen gespeichert"):
        reviews.record_review(office.anna, case, sheet(3, 3, 3, 3, 3, 3))
    assert _criteria(office) == 0 and _reviews(office) == 0  # nothing written, not even the defaults

    set_panel(office, True)  # the administration saves the programme: its default sheet is stored
    assert _criteria(office) == 6
    assert reviews.record_review(office.anna, case, sheet(3, 3, 3, 3, 3, 3)).percent == 60
    assert _reviews(office) == 1


def test_migration_0024_stores_the_default_sheet_of_programmes_without_one(office: Office) -> None:
    engine = office.database.engine
    migrate.downgrade(engine, "0023")
    _forget_sheet(office)
    with engine.connect() as conn:
        others = conn.execute(text("SELECT programme_id, code, weight FROM scoring_criteria ORDER BY 1, 2")).all()
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD and migrate.schema_drift(engine) == []
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT c.code, c.name, c.weight, c.position, c.version FROM scoring_criteria c "
                                   "JOIN programmes p ON p.id = c.programme_id WHERE p.code = 'LPF' "
                                   "ORDER BY c.position")).all()
        after = conn.execute(text("SELECT programme_id, code, weight FROM scoring_criteria c WHERE programme_id <> "
                                  "(SELECT id FROM programmes WHERE code = 'LPF') ORDER BY 1, 2")).all()
    assert [(r.code, float(r.weight), r.position, r.version) for r in stored] == [
        ("needs_based", 3, 0, 1), ("family_participation", 2, 1, 1), ("voluntary_engagement", 1, 2, 1),
        ("networking", 2, 3, 1), ("sustainability", 2, 4, 1), ("social_area", 2, 5, 1)]
    assert stored[0].name == "Bedarfsgerecht und demografiefest"
    assert after == others  # programmes with a sheet keep theirs


def test_a_caseworker_s_own_login_scores_a_new_programme_s_case(people: People, today: Today) -> None:  # noqa: F811
    office = people.office
    case = cases.reviewed(office, today)
    set_panel(office, True)
    anna = people.database("anna")
    # the criteria stay the administration's: anna's login may not write them
    _refused(anna, "INSERT INTO scoring_criteria (programme_id, code, name, weight, position, version) "
                   "SELECT id, 'extra', 'Extra', 1, 9, 1 FROM programmes WHERE code = 'LPF'")
    _refused(anna, "UPDATE scoring_criteria SET weight = 9")
    assert reviews.record_review(people.uow("anna"), case, sheet(4, 3, 2, 5, 3, 4)).text == "73,33 %"
    assert reviews.record_review(people.uow("bernd"), case, sheet(5, 5, 5, 5, 5, 5)).text == "100,00 %"
    assert [r.reviewer for r in reviews.case_reviews(people.uow("leser"), case).reviews] == ["anna", "bernd"]


def test_a_caseworker_s_own_login_is_told_when_the_sheet_is_missing(people: People, today: Today) -> None:  # noqa: F811
    office = people.office
    case = cases.reviewed(office, today)
    set_panel(office, True)
    _forget_sheet(office)
    with pytest.raises(ValidationError, match="kein Bewertungsbogen gespeichert"):  # a message, not error 42501
        reviews.record_review(people.uow("anna"), case, sheet(3, 3, 3, 3, 3, 3))
    assert _criteria(office) == 0 and _reviews(office) == 0
