"""Migration 0021 on a database with the notes the program wrote in German on stored documents: the report's and
the Prüfvermerk's notes become language-neutral (read in German and in English), a typed note stays; downgrade
writes them back in German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import inspect, text

from app.cases.reader import Reader as CaseReader
from app.kernel import i18n
from db import migrate
from tests.support import Office, register

NOTES = {"Sachbericht zum Verwendungsnachweis": "Progress report on the proof of use",
         "Prüfvermerk vom 15.02.2027, geprüft von Anna Arndt": None,
         "Bitte Original nachreichen": "Bitte Original nachreichen"}


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.install_language("de")


def _notes(office: Office, file_number: str) -> list[str]:
    return sorted(row.text or "" for row in CaseReader(office.database, "anna").case(file_number).documents)


def test_upgrade_codes_the_program_s_notes_and_downgrade_writes_them_back(office: Office, today,
                                                                         language: None) -> None:
    file_number = register(office)
    engine = office.database.engine
    migrate.downgrade(engine, "0020")
    assert "panel_review" not in {c["name"] for c in inspect(engine).get_columns("programmes")}
    with engine.begin() as conn:
        case_id, type_id = conn.execute(text(
            "SELECT a.id, (SELECT min(id) FROM document_types) FROM applications a WHERE file_number = :f"),
            {"f": file_number}).one()
        for note in NOTES:
            conn.execute(text("INSERT INTO documents (document_type_id, application_id, received_on, note, "
                              "recorded_at, recorded_by) VALUES (:t, :a, '2027-02-15', :n, '2027-02-15', 'anna')"),
                         {"t": type_id, "a": case_id, "n": note})
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD and migrate.schema_drift(engine) == []
    with engine.connect() as conn:
        stored = set(conn.execute(text("SELECT note FROM documents WHERE application_id = :a AND note IS NOT NULL"),
                                  {"a": case_id}).scalars())
    assert "Bitte Original nachreichen" in stored and not stored & {n for n in NOTES if n.startswith(("Sach", "Prüf"))}
    assert all(n.startswith('{"m": ') for n in stored - {"Bitte Original nachreichen"})
    assert [n for n in _notes(office, file_number) if n] == sorted(NOTES)  # read in German as before

    i18n.install_language("en")
    english = [n for n in _notes(office, file_number) if n]
    assert "Progress report on the proof of use" in english and "Bitte Original nachreichen" in english
    review = next(n for n in english if "15.02.2027" in n)
    assert "Anna Arndt" in review and "Prüfvermerk" not in review
    i18n.install_language("de")

    migrate.downgrade(engine, "0020")
    with engine.connect() as conn:
        back = set(conn.execute(text("SELECT note FROM documents WHERE application_id = :a AND note IS NOT NULL"),
                                {"a": case_id}).scalars())
    assert back == set(NOTES)
    migrate.upgrade(engine)
