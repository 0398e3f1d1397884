"""Migration 0020 on a database with rendered texts: German subjects and reasons become message ids with
parameters, what cannot be mapped stays as free text, and the downgrade renders them back."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import inspect, text

from app.cases import checking, deadlines
from app.kernel import i18n
from app.kernel.stored_text import render
from db import migrate
from tests.fixtures.database import Today
from tests.support import Office, register


def _deadlines(office: Office) -> dict[str, tuple[str, str | None]]:
    with office.database.engine.connect() as conn:
        return {kind: (title, params) for kind, title, params in conn.execute(text(
            "SELECT kind, title, title_params FROM deadlines"))}


def test_upgrade_maps_german_texts_keeps_free_text_and_downgrade_renders_back(office: Office, today: Today) -> None:
    file_number = register(office)
    checking.start_check(office.anna, file_number)
    checking.request_documents(office.anna, file_number, dt.date(2026, 3, 12))
    deadlines.add_follow_up(office.anna, file_number, "Rückruf Frau Weber bis 20.03.2026", dt.date(2026, 3, 20))
    engine = office.database.engine

    migrate.downgrade(engine, "0019")
    assert "title_params" not in {c["name"] for c in inspect(engine).get_columns("deadlines")}
    with engine.connect() as conn:
        old_titles = dict(conn.execute(text("SELECT kind, title FROM deadlines")).all())
        old_reasons = dict(conn.execute(text("SELECT rule, message FROM eligibility_results")).all())
    assert old_titles == {"documents": "Nachgeforderte Unterlagen bis 12.03.2026",
                          "follow_up": "Rückruf Frau Weber bis 20.03.2026"}
    assert old_reasons["grant_limits"] == ("Beantragt 10.000,00 €: mindestens 500,00 €, höchstens 10.000,00 € "
                                           "(80 %).")
    with engine.begin() as conn:  # the bug this revision repairs: a reason written by an English check run
        conn.execute(text("UPDATE eligibility_results SET message = 'The applicant has legal capacity.' "
                          "WHERE rule = 'legal_capacity'"))

    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD
    assert migrate.schema_drift(engine) == []
    subjects = _deadlines(office)
    assert subjects["documents"] == ("Nachgeforderte Unterlagen bis {due}", '{"due": {"date": "2026-03-12"}}')
    assert subjects["follow_up"] == ("Rückruf Frau Weber bis 20.03.2026", None)  # typed by a person: as it is
    with engine.connect() as conn:
        reasons = {rule: (message, params) for rule, message, params in conn.execute(text(
            "SELECT rule, message, message_params FROM eligibility_results"))}
    assert reasons["grant_limits"][0] == "Beantragt {amount}: mindestens {minimum}, höchstens {maximum} ({rate})."
    assert json.loads(reasons["grant_limits"][1] or "") == {
        "amount": {"eur": "10000.00"}, "minimum": {"eur": "500.00"}, "maximum": {"eur": "10000.00"},
        "rate": {"percent": "0.80"}}
    assert reasons["legal_capacity"] == ("The applicant has legal capacity.", None)  # not German: kept as text
    assert render(*reasons["grant_limits"]) == old_reasons["grant_limits"]
    for rule, (message, params) in reasons.items():
        if rule != "legal_capacity":
            assert render(message, params) == old_reasons[rule], rule  # every German reason was mapped
    i18n.install_language("en")
    try:
        assert render(*subjects["documents"]) != old_titles["documents"]
        assert "12.03.2026" in render(*subjects["documents"])
    finally:
        i18n.install_language("de")
