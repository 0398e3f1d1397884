"""Whole-database tools: copy SQLite → PostgreSQL → SQLite verified by counts and sums; backup and restore."""

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
from db.base import Base
from demo.generator import generate

DAY = dt.date(2026, 6, 1)


def empty(url: str) -> Database:
    database = connect(url)
    upgrade_schema(database)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables if t.name not in ("audit_chain", "audit_key"))
    with database.engine.begin() as conn:
        if database.backend == "postgresql":
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            conn.execute(text("UPDATE audit_chain SET last_seq = 0, last_hash = NULL, keyed_from = 1"))
    return database


def test_copy_sqlite_to_postgresql_and_back(tmp_path: Path, pg_migrated: str, today) -> None:
    source = connect(f"sqlite:///{tmp_path / 'quelle.sqlite3'}")
    upgrade_schema(source)
    ensure_reference_data(source)
    generate(source, cases=15, seed=4, now=DAY)
    target = empty(pg_migrated)
    back = empty(f"sqlite:///{tmp_path / 'zurueck.sqlite3'}")
    try:
        forward = dbtools.copy_database(source, target)
        assert sum(c.rows for c in forward) > 500 and forward == dbtools.table_checks(source)
        notes.add_note(UnitOfWork(target, "mueller"), _any_file_number(target), "nach der Kopie")  # ids go on
        assert dbtools.copy_database(target, back) == dbtools.table_checks(target)
        notes.add_note(UnitOfWork(back, "mueller"), _any_file_number(back), "zurück auf dem Einzelplatz")
        # the chain stays verifiable: program-sealed links, server-keyed links (on SQLite with the server's key)
        for database in (target, back):
            with database.engine.connect() as conn:
                result = verify(conn)
            assert result.ok and result.checked > 500, (database.backend, result.problem)
        with pytest.raises(ValidationError, match="nicht leer"):
            dbtools.copy_database(source, back)
    finally:
        for database in (source, target, back):
            database.dispose()


def _any_file_number(database: Database) -> str:
    with database.read() as session:
        return str(session.execute(text("SELECT file_number FROM applications WHERE file_number IS NOT NULL "
                                        "ORDER BY id LIMIT 1")).scalar())


def test_backup_and_restore(db_url: str, tmp_path: Path, today) -> None:
    database = connect(db_url)
    try:
        generate(database, cases=8, seed=5, now=DAY)
        before = dbtools.table_checks(database)
        saved = dbtools.backup(database, tmp_path / "sicherung.bak")
        assert saved.stat().st_size > 0
        notes.add_note(UnitOfWork(database, "mueller"), _any_file_number(database), "nach der Sicherung")
        assert dbtools.table_checks(database) != before
        dbtools.restore(database, saved)
        database.dispose()
        reopened = connect(db_url)
        try:
            assert dbtools.table_checks(reopened) == before
        finally:
            reopened.dispose()
    finally:
        database.dispose()


def test_restore_refuses_a_file_that_is_no_backup(tmp_path: Path) -> None:
    database = connect(f"sqlite:///{tmp_path / 'amt.sqlite3'}")
    upgrade_schema(database)
    bogus = tmp_path / "kein.bak"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    try:
        with pytest.raises(ValidationError, match="keine FörderDesk-Sicherung"):
            dbtools.restore(database, bogus)
    finally:
        database.dispose()
