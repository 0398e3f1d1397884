"""Engine and session factories for SQLite (embedded) and PostgreSQL (shared).

SQLite runs with foreign keys on, WAL and a busy timeout. Write transactions
start with `BEGIN IMMEDIATE`, so two writers queue for the lock up front
instead of failing half-way with a stale snapshot; read-only sessions keep a
plain deferred `BEGIN` and never block writers.

Every engine hides SQL parameters in its errors (`hide_parameters=True`): an error message, and so the log,
never carries the IBANs, names or addresses a statement was writing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.orm import Session, sessionmaker

from db import partial_index

SQLITE_BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "foerderdesk_write"


def make_engine(url: str | URL, *, echo: bool = False, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> Engine:
    """Create an engine for `url`; raises SQLAlchemy's ArgumentError for a malformed URL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, echo, busy_timeout_ms)
    kwargs: dict[str, Any] = {"pool_pre_ping": True, "echo": echo, "hide_parameters": True}
    if parsed.get_backend_name() == "postgresql":
        partial_index.use_postgresql()
        kwargs["connect_args"] = {"connect_timeout": 5, "application_name": "FoerderDesk"}
        kwargs["pool_size"] = 5
        kwargs["max_overflow"] = 5
    return create_engine(parsed, **kwargs)


def _sqlite_engine(url: URL, echo: bool, busy_timeout_ms: int) -> Engine:
    engine = create_engine(
        url,
        echo=echo,
        hide_parameters=True,
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def write_bind(engine: Engine) -> Engine:
    """The same engine, marked so that SQLite transactions begin IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})


def make_session_factory(engine: Engine, *, write: bool = False,
                         session_class: type[Session] = Session) -> sessionmaker[Session]:
    bind = write_bind(engine) if write else engine
    return sessionmaker(bind=bind, expire_on_commit=False, autoflush=True, class_=session_class)
