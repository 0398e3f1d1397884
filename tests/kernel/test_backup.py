"""An SQLite file is copied before a newer program migrates it; the copy is a working database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.kernel.database import connect, upgrade_schema
from db import migrate


def test_older_sqlite_file_is_backed_up_before_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "amt.sqlite3"
    database = connect(f"sqlite:///{path}")
    try:
        migrate.upgrade(database.engine, "0001")
        with database.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO social_areas (name) VALUES ('Nord')")
        assert upgrade_schema(database) is True
        copies = list(tmp_path.glob("amt.vor-0001-*.sqlite3"))
        assert len(copies) == 1
        with sqlite3.connect(copies[0]) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert copy.execute("SELECT name FROM social_areas").fetchall() == [("Nord",)]
        assert migrate.current_revision(database.engine) == migrate.HEAD
        assert upgrade_schema(database) is False
        assert len(list(tmp_path.glob("amt.vor-*"))) == 1
    finally:
        database.dispose()


def test_a_fresh_file_is_not_backed_up(tmp_path: Path) -> None:
    database = connect(f"sqlite:///{tmp_path / 'neu.sqlite3'}")
    try:
        assert upgrade_schema(database) is True
        assert not list(tmp_path.glob("neu.vor-*"))
    finally:
        database.dispose()
