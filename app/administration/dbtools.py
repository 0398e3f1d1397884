"""Moving and saving whole databases: copy SQLite ↔ PostgreSQL, backup and restore.

A copy (`app.administration.db_copy`) goes table by table in foreign-key order into an empty (or freshly
upgraded) target in one transaction and is verified by row counts and money sums per table. Backups of
SQLite use the online backup API (consistent while the program runs); PostgreSQL is saved with the
server's own `pg_dump` (custom format) and restored with `pg_restore`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from app.administration.db_copy import Progress, TableCheck, copy_database, table_checks
from app.kernel.atomic import replacing
from app.kernel.backup import backup_sqlite
from app.kernel.database import Database, sqlite_path
from app.kernel.errors import ConfigurationError, ValidationError
from app.kernel.i18n import _

__all__ = ["Progress", "TableCheck", "backup", "copy_database", "pg_tool", "restore", "table_checks"]


def backup(database: Database, target: Path) -> Path:
    """A consistent copy of the whole database; it appears complete (written, fsynced, renamed) or not at all."""
    if database.backend == "sqlite":
        return backup_sqlite(sqlite_path(database), target)
    with replacing(target) as partial:
        pg_tool(database, ["pg_dump", "--format=custom", "--no-owner", f"--file={partial}"])
    return target


def restore(database: Database, source: Path) -> None:
    """Replace the database's content with a backup (SQLite file or pg_dump custom archive)."""
    if not source.is_file():
        raise ValidationError(_("Die Sicherungsdatei {path} gibt es nicht.").format(path=source))
    if database.backend == "sqlite":
        _restore_sqlite(database, source)
        return
    database.dispose()  # pg_restore drops and recreates the tables: no open connection of ours may hold them
    pg_tool(database, ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                       f"--dbname={database.url.database}", str(source)])


def _restore_sqlite(database: Database, source: Path) -> None:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as check:
            check.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise ValidationError(_("{path} ist keine FörderDesk-Sicherung.").format(path=source)) from exc
    database.dispose()
    target = sqlite3.connect(sqlite_path(database))
    try:
        with sqlite3.connect(source) as origin:
            origin.backup(target)
    finally:
        target.close()


def pg_tool(database: Database, command: list[str]) -> str:
    """Run a PostgreSQL client program against the database's server; its standard output, or a German error."""
    if shutil.which(command[0]) is None:
        raise ConfigurationError(_("{tool} ist nicht installiert (PostgreSQL-Clientprogramme).").format(
            tool=command[0]))
    url = database.url
    env = {**os.environ, "PGHOST": url.host or "localhost", "PGPORT": str(url.port or 5432),
           "PGUSER": url.username or "", "PGDATABASE": url.database or ""}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise ConfigurationError(_("{tool} meldet: {error}").format(tool=command[0],
                                                                    error=done.stderr.strip()[:500]))
    return done.stdout
