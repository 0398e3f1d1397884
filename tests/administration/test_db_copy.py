"""`db copy` as docs/operations.md describes it (issue 22): into a database just set up with `db upgrade` (which
holds the reference data), all or nothing; a value the target's column cannot hold is named with table, row and
column, and the target is left as it was, so the copy can be retried."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from app.administration import dbtools
from app.administration.reference_data import ensure_reference_data
from app.cases import notes
from app.kernel.audit_chain import verify
from app.kernel.database import Database, connect, upgrade_schema
from app.kernel.errors import ValidationError
from app.kernel.uow import UnitOfWork
from demo.generator import generate
from tests.support_fingerprint import fingerprint

DAY = dt.date(2026, 6, 1)


@pytest.fixture
def source(tmp_path: Path, today) -> Database:
    database = connect(f"sqlite:///{tmp_path / 'quelle.sqlite3'}")
    upgrade_schema(database)
    ensure_reference_data(database)
    generate(database, cases=6, seed=7, now=DAY)
    yield database
    database.dispose()


def _first_applicant(database: Database) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(text("SELECT min(id) FROM applicants")).scalar_one())


def test_copy_into_a_database_set_up_with_db_upgrade(source: Database, database: Database) -> None:
    # `database` is what `db upgrade` leaves: schema and reference data (with their audit events)
    checks = dbtools.copy_database(source, database)
    assert checks == dbtools.table_checks(source) and sum(c.rows for c in checks) > 200
    with database.engine.connect() as conn:
        result = verify(conn)
    assert result.ok, result.problem
    file_number = _file_number(database)
    notes.add_note(UnitOfWork(database, "mueller"), file_number, "nach der Kopie")  # ids and the chain go on
    with pytest.raises(ValidationError, match="nicht leer"):
        dbtools.copy_database(source, database)  # now it holds data of its own


def test_a_value_too_long_for_the_target_names_table_row_and_column_and_changes_nothing(
        source: Database, database: Database) -> None:
    applicant = _first_applicant(source)
    with source.engine.begin() as conn:  # SQLite stored it; an 80-character column on PostgreSQL cannot
        conn.execute(text("UPDATE applicants SET legal_form = :value WHERE id = :id"),
                     {"value": "eingetragener Verein " * 5, "id": applicant})
    before = fingerprint(database)
    with pytest.raises(ValidationError) as info:
        dbtools.copy_database(source, database)
    assert info.value.message == (
        f"Nicht kopiert: Tabelle »applicants«, Zeile id={applicant}, Spalte »legal_form« hat 105 Zeichen, die "
        "Zieldatenbank erlaubt höchstens 80. Die Zieldatenbank bleibt unverändert; bitte den Wert in der Quelle "
        "kürzen und erneut kopieren.")
    assert fingerprint(database) == before  # nothing half-filled …

    with source.engine.begin() as conn:
        conn.execute(text("UPDATE applicants SET legal_form = 'e. V.' WHERE id = :id"), {"id": applicant})
    assert dbtools.copy_database(source, database) == dbtools.table_checks(source)  # … so the retry works


def test_an_amount_too_large_for_the_target_changes_nothing(source: Database, database: Database) -> None:
    with source.engine.begin() as conn:
        line = conn.execute(text("SELECT min(id) FROM cost_lines")).scalar_one()
        conn.execute(text("UPDATE cost_lines SET planned_amount = 12345678901.00 WHERE id = :id"), {"id": line})
    before = fingerprint(database)
    with pytest.raises(ValidationError, match=f"Tabelle »cost_lines«, Zeile id={line}, Spalte »planned_amount«"):
        dbtools.copy_database(source, database)
    assert fingerprint(database) == before


def test_a_target_without_schema_is_set_up_by_the_copy(source: Database, tmp_path: Path) -> None:
    target = connect(f"sqlite:///{tmp_path / 'neu.sqlite3'}")
    try:
        assert dbtools.copy_database(source, target) == dbtools.table_checks(source)
    finally:
        target.dispose()


def _file_number(database: Database) -> str:
    with database.engine.connect() as conn:
        return str(conn.execute(text("SELECT file_number FROM applications WHERE file_number IS NOT NULL "
                                     "ORDER BY id LIMIT 1")).scalar())
