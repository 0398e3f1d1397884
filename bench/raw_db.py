"""The raw DB-API drivers (sqlite3, psycopg) behind one small interface, for the baselines of the services bench.

SQL is written with `?` placeholders and adapted for psycopg. Row values are passed back exactly as the driver
returned them, so rows copied from a template need no type conversion on either backend.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


class PostgreSQLUnavailable(Exception):
    """No throw-away database could be made (server down, or no right to create databases)."""


class Raw:
    """One connection through the bare driver; `transaction()` is BEGIN … COMMIT (IMMEDIATE on SQLite, like the app)."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.backend = parsed.get_backend_name()
        if self.backend == "sqlite":
            self.connection: Any = sqlite3.connect(parsed.database or "", isolation_level=None)
            for pragma in ("foreign_keys=ON", "busy_timeout=10000", "synchronous=NORMAL"):  # as db/engine.py
                self.connection.execute(f"PRAGMA {pragma}")
        else:
            import psycopg

            self.connection = psycopg.connect(parsed.set(drivername="postgresql").render_as_string(hide_password=False))

    def _sql(self, sql: str) -> str:
        return sql if self.backend == "sqlite" else sql.replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.connection.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if self.backend == "sqlite":
            self.connection.executemany(sql, rows)
        else:
            self.connection.cursor().executemany(self._sql(sql), rows)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.backend == "sqlite":
            self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.backend == "sqlite":
                self.connection.execute("ROLLBACK")
            else:
                self.connection.rollback()
            raise
        if self.backend == "sqlite":
            self.connection.execute("COMMIT")
        else:
            self.connection.commit()

    def end_read(self) -> None:
        """psycopg opened a transaction for the reads: end it, so no snapshot is held while others write."""
        if self.backend != "sqlite":
            self.connection.rollback()

    def lock_clause(self) -> str:
        return "" if self.backend == "sqlite" else " FOR UPDATE"

    def close(self) -> None:
        self.end_read()
        self.connection.close()


def insert(raw: Raw, table: str, rows: Sequence[Mapping[str, Any]], returning: bool = False) -> int | None:
    """INSERT the rows (all with the same columns); with `returning`, one row and its new id."""
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    if returning:
        return int(raw.execute(sql + " RETURNING id", list(rows[0].values())).fetchone()[0])
    raw.executemany(sql, [list(row.values()) for row in rows])
    return None


def postgresql_admin_url() -> str:
    return os.environ.get("FOERDERDESK_TEST_PG", DEFAULT_PG)


def postgresql_version(admin_url: str) -> tuple[str | None, str]:
    """(server version, "") or (None, German reason it is not reachable)."""
    engine = create_engine(admin_url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SHOW server_version")).scalar()), ""
    except Exception as exc:
        first = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return None, f"PostgreSQL unter {make_url(admin_url).render_as_string()} nicht erreichbar: {first}"
    finally:
        engine.dispose()


@contextmanager
def throwaway_postgresql(admin_url: str) -> Iterator[str]:
    """A new, empty database on the server of `admin_url`, dropped afterwards (as tests/conftest.py PgServer)."""
    admin = make_url(admin_url)
    name = f"fd_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except DBAPIError as exc:
        engine.dispose()
        first = str(exc.orig or exc).splitlines()[0]
        raise PostgreSQLUnavailable(f"keine Wegwerf-Datenbank auf {admin.render_as_string()}: {first}") from exc
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for kind in ("supervisor", "admin", "caseworker", "reader"):  # the database's group roles (schema 0008)
                conn.execute(text(f'DROP ROLE IF EXISTS "{name[:48]}_{kind}"'))
        engine.dispose()
