"""Opening a database for the domain: connect, check or migrate the schema, translate errors.

Every failure a user can cause by configuration (garbage URL, unwritable
folder, unreachable server, outdated schema) becomes one German sentence.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, configure_mappers, sessionmaker

from app.kernel import (
    audit,
    search_index,  # noqa: F401 - registers the listener that keeps search texts current
)
from app.kernel.backup import backup_before_upgrade
from app.kernel.credentials import with_stored_password
from app.kernel.errors import ConfigurationError, DatabaseUnavailable
from app.kernel.i18n import _
from db import migrate
from db.engine import SQLITE_BUSY_TIMEOUT_MS, make_engine, make_session_factory


@dataclass
class Database:
    """An open database: engine plus read and write session factories."""

    url: URL
    engine: Engine
    read: sessionmaker[Session]
    write: sessionmaker[Session]

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def set_up_mappers() -> None:
    """Set up the ORM's mappers of every model now, rather than in the first ORM statement a use case runs (about
    0.06–0.1 s). The window does it on a worker beside the case list's first page, which needs no mapper (issue 26)."""
    configure_mappers()


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigurationError(
            _("Die Datenbankadresse »{url}« ist ungültig. Beispiele: sqlite:///C:/Daten/foerderdesk.sqlite3 "
              "oder postgresql+psycopg://benutzer@server/foerderdesk").format(url=url)
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise ConfigurationError(
            _("Die Datenbankart »{backend}« wird nicht unterstützt; möglich sind SQLite und PostgreSQL.").format(
                backend=backend
            )
        )
    if backend == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _prepare_sqlite_folder(url: URL, create_folder: bool) -> None:
    if url.database in (None, "", ":memory:"):
        return
    path = Path(url.database).expanduser()
    folder = path.parent
    if not create_folder and not folder.is_dir():
        # a mistyped path would otherwise become a new, empty database beside the real one
        raise ConfigurationError(_("Der Ordner {folder} für die Datenbankdatei {path} existiert nicht; es wird "
                                   "keine neue Datenbank angelegt. Bitte den Pfad prüfen.").format(
            folder=folder, path=path.name))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(
            _("Der Ordner {folder} für die Datenbankdatei kann nicht angelegt werden ({error}).").format(
                folder=folder, error=exc.strerror or exc
            )
        ) from exc
    target = path if path.exists() else folder
    if not os.access(target, os.W_OK):
        raise ConfigurationError(
            _("Keine Schreibrechte für die Datenbankdatei {path}.").format(path=path)
        )


def unavailable_message(url: URL, exc: BaseException) -> str:
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite":
        if "locked" in str(exc).lower():
            return _("Die Datenbankdatei ist gesperrt, weil ein anderes Programm gerade schreibt. "
                     "Bitte in einigen Sekunden erneut versuchen.")
        return _("Die Datenbankdatei {url} kann nicht geöffnet werden.").format(url=shown)
    host = url.host or "localhost"
    port = url.port or 5432
    return _("Der Datenbankserver {host}:{port} ist nicht erreichbar oder lehnt die Anmeldung ab "
             "(Datenbank »{name}«). Bitte Netzwerk und Zugangsdaten prüfen.").format(
        host=host, port=port, name=url.database or "")


def connect(url: str, *, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS, create_folder: bool = False) -> Database:
    """Create the engine and make one round trip, so a bad URL fails here, clearly.

    An SQLite file's folder must exist, unless `create_folder` (only for the default file on first start).
    """
    parsed = with_stored_password(parse_url(url))
    if parsed.get_backend_name() == "sqlite":
        _prepare_sqlite_folder(parsed, create_folder)
    try:
        engine = make_engine(parsed, busy_timeout_ms=busy_timeout_ms)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (NoSuchModuleError, ArgumentError) as exc:
        raise ConfigurationError(_("Die Datenbankadresse ist ungültig: {error}").format(error=exc)) from exc
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseUnavailable(unavailable_message(parsed, exc)) from exc
    write = make_session_factory(engine, write=True, session_class=audit.AuditedSession)
    return Database(parsed, engine, make_session_factory(engine), write)


def sqlite_path(database: Database) -> Path:
    """The file of an embedded database; refused for a server."""
    if database.backend != "sqlite" or not database.url.database:
        raise ConfigurationError(_("Sicherungen mit dieser Funktion gibt es nur für SQLite-Dateien."))
    return Path(database.url.database)


def schema_state(database: Database) -> tuple[str | None, str | None]:
    """(current revision, head revision)."""
    return migrate.current_revision(database.engine), migrate.head_revision()


def upgrade_schema(database: Database, backup: bool = True) -> bool:
    """Bring the schema to the newest revision; False when it already was (nothing loaded, nothing run).

    An SQLite file that already holds data is copied first (`app.kernel.backup`), so a failed or unwanted
    upgrade can be undone by putting the copy back.
    """
    current, head = schema_state(database)
    if current == head:
        return False
    if backup and current is not None and database.backend == "sqlite":
        backup_before_upgrade(sqlite_path(database), current)
    try:
        migrate.upgrade(database.engine)
    except OperationalError as exc:
        raise DatabaseUnavailable(unavailable_message(database.url, exc)) from exc
    return True


def require_current_schema(database: Database) -> None:
    """Refuse to work on a database whose schema is older or newer than this program."""
    current, head = schema_state(database)
    if current == head:
        return
    if current is None:
        raise ConfigurationError(
            _("Die Datenbank ist noch nicht eingerichtet. Bitte »foerderdesk db upgrade« ausführen.")
        )
    raise ConfigurationError(
        _("Der Datenbankstand {current} passt nicht zu diesem Programm (erwartet {head}). "
          "Bitte »foerderdesk db upgrade« ausführen oder das Programm aktualisieren.").format(
            current=current, head=head)
    )
