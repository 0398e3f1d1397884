"""Copying a whole database into another (SQLite ↔ PostgreSQL), all or nothing.

The target is a database without schema (the copy sets it up), or one set up with `db upgrade` that holds only
what that step puts in: the reference data and their audit events (labelled "reference-data"). Everything
happens in one transaction on the target: its reference rows are removed, every table is copied in foreign-key
order, the audit chain's head and the sequences are moved on, and counts and money sums are compared with the
source. Every value is checked against the column it goes into before it is written (a text longer than the
column, an amount beyond Numeric(12, 2)); a value that does not fit, or any other failure, rolls everything back
with a German message naming table, row and column: the target is left as it was and the copy can be retried.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import Numeric, String

from app.kernel.database import Database, schema_state, upgrade_schema
from app.kernel.errors import ConfigurationError, ValidationError
from app.kernel.i18n import _
from db.base import Base
from db.engine import write_bind
from db.models import AuditChain, AuditEvent, AuditKey

BATCH = 2000
Progress = Callable[[str, int], None]
OWN_ROWS = ("audit_chain", "audit_key")  # every set-up database has its own; the copy takes the source's head over
REFERENCE_ACTION = "reference-data"  # how `ensure_reference_data` labels its audit events


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    sums: tuple[str, ...]  # money sums as text, one per numeric column


def _checks(session: Session | Connection) -> list[TableCheck]:
    checks = []
    for table in Base.metadata.sorted_tables:
        numeric = [c for c in table.columns if isinstance(c.type, Numeric)]
        row = session.execute(select(func.count(), *[func.coalesce(func.sum(c), 0) for c in numeric])
                              .select_from(table)).one()
        checks.append(TableCheck(table.name, int(row[0]), tuple(f"{v:.2f}" for v in row[1:])))
    return checks


def table_checks(database: Database) -> list[TableCheck]:
    """Counts and money sums of every table: equal on both sides means the copy is complete."""
    with database.read() as session:
        return _checks(session)


def _prepare_target(target: Database) -> list[str]:
    """Set up a target without schema; refuse one with data of its own. Returns the tables to clear first."""
    current, head = schema_state(target)
    if current is None:
        upgrade_schema(target, backup=False)
        return []
    if current != head:
        raise ValidationError(_("Die Zieldatenbank muss eingerichtet sein (»foerderdesk --db ZIEL db upgrade«)."))
    with target.read() as session:
        filled = [c.table for c in _checks(session) if c.rows and c.table not in OWN_ROWS]
        foreign = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action != REFERENCE_ACTION))
    if foreign or any(name not in _reference_tables() for name in filled):
        raise ValidationError(_("Die Zieldatenbank ist nicht leer; kopiert wird nur in eine leere oder frisch "
                                "mit »db upgrade« eingerichtete Datenbank."))
    return filled


def _reference_tables() -> frozenset[str]:
    from app.administration.reference_data import REFERENCE_TABLES

    return REFERENCE_TABLES | {"audit_events"}


@contextlib.contextmanager
def _triggers_off(writer: Connection, target: Database) -> Iterator[None]:
    """Rows go in as they are: the target's own triggers (audit, duties, append-only) stay out of the copy. On
    PostgreSQL they are disabled inside the transaction; SQLite's triggers are dropped and created again."""
    if target.backend == "postgresql":
        names = [t.name for t in Base.metadata.sorted_tables]
        for name in names:
            writer.execute(text(f'ALTER TABLE "{name}" DISABLE TRIGGER USER'))
        yield
        for name in names:
            writer.execute(text(f'ALTER TABLE "{name}" ENABLE TRIGGER USER'))
        return
    triggers = list(writer.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())
    for name, _sql in triggers:
        writer.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in triggers:
        writer.execute(text(sql))


def _location(table: Table, row: Mapping[str, Any]) -> str:
    return ", ".join(f"{c.name}={row[c.name]}" for c in table.primary_key.columns)


def _check_values(table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Every value fits the column it goes into, or nothing is written (the message names where)."""
    limits = [(c.name, c.type) for c in table.columns if isinstance(c.type, (String, Numeric))]
    for row in rows:
        for name, kind in limits:
            value = row[name]
            if value is None:
                continue
            if isinstance(kind, String) and kind.length is not None and len(str(value)) > kind.length:
                raise ValidationError(_(
                    "Nicht kopiert: Tabelle »{table}«, Zeile {row}, Spalte »{column}« hat {length} Zeichen, die "
                    "Zieldatenbank erlaubt höchstens {max}. Die Zieldatenbank bleibt unverändert; bitte den Wert "
                    "in der Quelle kürzen und erneut kopieren.").format(
                    table=table.name, row=_location(table, row), column=name, length=len(str(value)),
                    max=kind.length))
            if isinstance(kind, Numeric) and kind.precision and abs(Decimal(value)) >= Decimal(10) ** (
                    kind.precision - (kind.scale or 0)):
                raise ValidationError(_(
                    "Nicht kopiert: Tabelle »{table}«, Zeile {row}, Spalte »{column}«: der Betrag {value} ist zu "
                    "groß für die Zieldatenbank. Die Zieldatenbank bleibt unverändert.").format(
                    table=table.name, row=_location(table, row), column=name, value=value))


def _copy_table(source: Database, writer: Connection, table: Table, progress: Progress | None) -> None:
    with source.engine.connect() as reader:
        result = reader.execution_options(stream_results=True).execute(select(table))
        copied = 0
        while batch := result.fetchmany(BATCH):
            rows = [dict(r._mapping) for r in batch]
            _check_values(table, rows)
            try:
                writer.execute(insert(table), rows)
            except DBAPIError as exc:
                raise ConfigurationError(_("Nicht kopiert: Tabelle »{table}« lässt sich nicht schreiben ({error}). "
                                           "Die Zieldatenbank bleibt unverändert.").format(
                    table=table.name, error=type(exc.orig).__name__)) from exc
            copied += len(rows)
            if progress:
                progress(table.name, copied)


def _copy_chain_head(source: Database, writer: Connection, target: Database) -> None:
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
    writer.execute(update(AuditChain).where(AuditChain.id == 1).values(
        last_seq=head.last_seq, last_hash=head.last_hash, **keyed))
    if target.backend == "sqlite" and head.keyed_from is not None and key is not None:
        writer.execute(update(AuditKey).where(AuditKey.id == 1).values(key=key))


def _reset_sequences(writer: Connection, target: Database) -> None:
    if target.backend != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        for column in table.primary_key.columns:
            if column.autoincrement is True or (column.autoincrement == "auto" and len(table.primary_key) == 1
                                                and column.type.python_type is int):
                writer.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                                    f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"))


def copy_database(source: Database, target: Database, progress: Progress | None = None) -> list[TableCheck]:
    """Copy everything in one transaction; returns the verified checks. Raises (target unchanged) on any failure."""
    if schema_state(source)[0] != schema_state(target)[0] and schema_state(target)[0] is not None:
        raise ValidationError(_("Quelle und Ziel haben verschiedene Schemastände; bitte beide aktualisieren."))
    clear = _prepare_target(target)
    expected = table_checks(source)
    with write_bind(target.engine).begin() as writer, _triggers_off(writer, target):
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in clear:
                writer.execute(delete(table))
        for table in Base.metadata.sorted_tables:
            if table.name not in OWN_ROWS:
                _copy_table(source, writer, table, progress)
        _copy_chain_head(source, writer, target)
        _reset_sequences(writer, target)
        actual = _checks(writer)
        if [c for c in expected if c.table not in OWN_ROWS] != [c for c in actual if c.table not in OWN_ROWS]:
            different = [e.table for e, a in zip(expected, actual, strict=True) if e != a]
            raise ConfigurationError(_("Die Kopie weicht ab in: {tables}. Die Zieldatenbank bleibt unverändert.")
                                     .format(tables=", ".join(different)))
    return table_checks(target)
