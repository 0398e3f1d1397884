"""Moving and saving whole databases: copy SQLite ↔ PostgreSQL, backup and restore.

A copy goes table by table in foreign-key order into an empty, migrated target and is verified by
row counts and money sums per table; PostgreSQL sequences are moved past the copied ids. Backups of
SQLite use the online backup API (consistent while the program runs); PostgreSQL is saved with the
server's own `pg_dump` (custom format) and restored with `pg_restore`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.sql.sqltypes import Numeric

from app.kernel.backup import backup_sqlite
from app.kernel.database import Database, schema_state, sqlite_path
from app.kernel.errors import ConfigurationError, ValidationError
from app.kernel.i18n import _
from db.base import Base
from db.models import AuditChain, AuditKey

BATCH = 2000
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    sums: tuple[str, ...]  # money sums as text, one per numeric column


def table_checks(database: Database) -> list[TableCheck]:
    """Counts and money sums of every table: equal on both sides means the copy is complete."""
    checks = []
    with database.read() as session:
        for table in Base.metadata.sorted_tables:
            numeric = [c for c in table.columns if isinstance(c.type, Numeric)]
            row = session.execute(select(func.count(), *[func.coalesce(func.sum(c), 0) for c in numeric])
                                  .select_from(table)).one()
            checks.append(TableCheck(table.name, int(row[0]), tuple(f"{v:.2f}" for v in row[1:])))
    return checks


def _require_empty_current(target: Database) -> None:
    current, head = schema_state(target)
    if current != head:
        raise ValidationError(_("Die Zieldatenbank muss eingerichtet sein (»foerderdesk --db ZIEL db upgrade«)."))
    if any(check.rows for check in table_checks(target) if check.table not in ("audit_chain", "audit_key")):
        raise ValidationError(_("Die Zieldatenbank ist nicht leer; kopiert wird nur in eine leere Datenbank."))


def _copy_table(source: Database, target: Database, table: Table, progress: Progress | None) -> None:
    """Rows as they are: on a server target its own triggers (audit, duties) stay out of the copy."""
    with source.engine.connect() as reader, target.engine.begin() as writer:
        if target.backend == "postgresql":
            writer.execute(text(f'ALTER TABLE "{table.name}" DISABLE TRIGGER USER'))
        result = reader.execution_options(stream_results=True).execute(select(table))
        copied = 0
        while rows := result.fetchmany(BATCH):
            writer.execute(insert(table), [dict(r._mapping) for r in rows])
            copied += len(rows)
            if progress:
                progress(table.name, copied)
        if target.backend == "postgresql":
            writer.execute(text(f'ALTER TABLE "{table.name}" ENABLE TRIGGER USER'))


def _copy_chain_head(source: Database, target: Database) -> None:
    """The chain goes on where the source's ended. A server target seals what follows with its own secret key;
    an SQLite target takes a server source's key along, so that the keyed links stay verifiable there."""
    with source.engine.connect() as reader:
        head = reader.execute(select(AuditChain.last_seq, AuditChain.last_hash, AuditChain.keyed_from)
                              .where(AuditChain.id == 1)).one()
        key = reader.execute(select(AuditKey.key).where(AuditKey.id == 1)).scalar()
    if target.backend == "postgresql":
        keyed: dict[str, int | None] = {"keyed_from": head.last_seq + 1, "keyed_to": None}
    else:
        keyed = {"keyed_from": head.keyed_from, "keyed_to": head.last_seq if head.keyed_from is not None else None}
    with target.engine.begin() as writer:
        writer.execute(update(AuditChain).where(AuditChain.id == 1).values(
            last_seq=head.last_seq, last_hash=head.last_hash, **keyed))
        if target.backend == "sqlite" and head.keyed_from is not None and key is not None:
            writer.execute(update(AuditKey).where(AuditKey.id == 1).values(key=key))


def _reset_sequences(target: Database) -> None:
    if target.backend != "postgresql":
        return
    with target.engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            for column in table.primary_key.columns:
                if column.autoincrement is True or (column.autoincrement == "auto" and len(table.primary_key) == 1
                                                    and column.type.python_type is int):
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                                      f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"))


def copy_database(source: Database, target: Database, progress: Progress | None = None) -> list[TableCheck]:
    """Copy everything; returns the verified checks. Raises when counts or sums differ."""
    _require_empty_current(target)
    if schema_state(source)[0] != schema_state(target)[0]:
        raise ValidationError(_("Quelle und Ziel haben verschiedene Schemastände; bitte beide aktualisieren."))
    for table in Base.metadata.sorted_tables:
        if table.name not in ("audit_chain", "audit_key"):  # the target's own rows; they take over below
            _copy_table(source, target, table, progress)
    _copy_chain_head(source, target)
    _reset_sequences(target)
    expected, actual = table_checks(source), table_checks(target)
    if expected != actual:
        different = [e.table for e, a in zip(expected, actual, strict=True) if e != a]
        raise ConfigurationError(_("Die Kopie weicht ab in: {tables}.").format(tables=", ".join(different)))
    return actual


def backup(database: Database, target: Path) -> Path:
    if database.backend == "sqlite":
        return backup_sqlite(sqlite_path(database), target)
    return _pg_tool(database, ["pg_dump", "--format=custom", "--no-owner", f"--file={target}"], target)


def restore(database: Database, source: Path) -> None:
    """Replace the database's content with a backup (SQLite file or pg_dump custom archive)."""
    if not source.is_file():
        raise ValidationError(_("Die Sicherungsdatei {path} gibt es nicht.").format(path=source))
    if database.backend == "sqlite":
        _restore_sqlite(database, source)
        return
    database.dispose()  # pg_restore drops and recreates the tables: no open connection of ours may hold them
    _pg_tool(database, ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                        f"--dbname={database.url.database}", str(source)], None)


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


def _pg_tool(database: Database, command: list[str], output: Path | None) -> Path:
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
    return output or Path(".")
