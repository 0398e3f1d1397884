"""Test set-up: every database test runs on a real SQLite file and on PostgreSQL.

PostgreSQL comes from FOERDERDESK_TEST_PG (default: the local server on
127.0.0.1:5432, user postgres). Each run creates its own throw-away database
and drops it at the end; under pytest-xdist each worker is its own process and
so gets its own database. With CI=true an unreachable server fails the run
instead of skipping the PostgreSQL half.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FOERDERDESK_DB", None)

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Never read or write the developer's own FörderDesk config or data."""
    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CONFIG_DIRS")}
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_CONFIG_DIRS"] = str(home / "site-config")
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


class PgServer:
    """A throw-away database on the test server, created lazily once per run."""

    def __init__(self) -> None:
        self.admin_url = make_url(os.environ.get("FOERDERDESK_TEST_PG", DEFAULT_PG))
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")  # gw0, gw1, … under pytest-xdist
        self.name = f"fd_test_{worker}_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.url: str | None = None
        self.error: str | None = None

    def start(self) -> None:
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
        try:
            with engine.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        except Exception as exc:
            self.error = f"PostgreSQL unter {self.admin_url.render_as_string()} nicht erreichbar: {exc}"
        else:
            self.url = self.admin_url.set(database=self.name).render_as_string(hide_password=False)
        finally:
            engine.dispose()

    def stop(self) -> None:
        if self.url is None:
            return
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer()
    server.start()
    if server.error and os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(server.error + " (CI=true: PostgreSQL-Tests dürfen nicht übersprungen werden)")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with reference data, copied for each test."""
    from app.administration.reference_data import ensure_reference_data
    from app.kernel.database import connect, upgrade_schema

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = connect(f"sqlite:///{path}")
    upgrade_schema(database)
    ensure_reference_data(database)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture(scope="session")
def pg_migrated(pg_server: PgServer) -> str:
    from app.kernel.database import connect, upgrade_schema

    if pg_server.url is None:
        pytest.skip(pg_server.error or "PostgreSQL nicht verfügbar")
    database = connect(pg_server.url)
    upgrade_schema(database)
    database.dispose()
    return pg_server.url


def _reset_pg(url: str) -> None:
    from app.administration.reference_data import ensure_reference_data
    from app.kernel.database import connect
    from db.base import Base

    database = connect(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables if t.name != "audit_chain")
    with database.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))  # past the append-only triggers
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        conn.execute(text("UPDATE audit_chain SET last_seq = 0, last_hash = NULL"))
    ensure_reference_data(database)
    database.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of a fresh, migrated database with reference data, on each backend."""
    if request.param == "sqlite":
        target = tmp_path / "foerderdesk.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
        return f"sqlite:///{target}"
    url: str = request.getfixturevalue("pg_migrated")
    _reset_pg(url)
    return url


@pytest.fixture
def database(db_url: str) -> Iterator[object]:
    from app.kernel.database import connect

    db = connect(db_url)
    yield db
    db.dispose()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "db_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)


class Today:
    """Controls `app.kernel.clock.today()` inside a test."""

    def __init__(self, day: object) -> None:
        self.day = day

    def set(self, day: object) -> None:
        self.day = day


@pytest.fixture
def today() -> Iterator[Today]:
    import datetime as dt

    from app.kernel import clock

    holder = Today(dt.date(2026, 2, 2))
    clock.set_today(lambda: holder.day)  # type: ignore[arg-type,return-value]
    yield holder
    clock.set_today(None)


@pytest.fixture
def office(database: object, today: Today) -> object:
    from tests.support import build_office

    return build_office(database)  # type: ignore[arg-type]


def _backend_of(nodeid: str) -> str | None:
    params = nodeid.rsplit("[", 1)[-1].rstrip("]") if nodeid.endswith("]") else ""
    return next((b for b in BACKENDS if b in params.split("-")), None)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Show how many database tests ran on each backend, so a skipped half cannot hide."""
    counts: dict[str, dict[str, int]] = {b: {} for b in BACKENDS}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            backend = _backend_of(getattr(report, "nodeid", ""))
            if backend is not None and (outcome != "passed" or report.when == "call"):
                counts[backend][outcome] = counts[backend].get(outcome, 0) + 1
    terminalreporter.write_sep("=", "database backends")
    for backend, by_outcome in counts.items():
        text = ", ".join(f"{n} {o}" for o, n in sorted(by_outcome.items())) or "none"
        terminalreporter.write_line(f"{backend}: {text}")
