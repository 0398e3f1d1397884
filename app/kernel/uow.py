"""Unit of work: one transaction per use case, rolled back unless committed.

It also identifies the acting user (an active FörderDesk user) and tells the
audit trail who acts, in which use case and why. Database failures that a user
can meet (lost connection, locked file, concurrent edit) leave here as
`FoerderDeskError`s with a German message.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import ClassVar

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.kernel import permissions
from app.kernel.audit import AuditContext, set_context
from app.kernel.database import Database, unavailable_message
from app.kernel.db_login import server_login
from app.kernel.errors import ConcurrentEditError, DatabaseUnavailable, FoerderDeskError, PermissionDenied
from app.kernel.i18n import _
from app.kernel.permissions import Actor
from app.kernel.stored_text import StoredText, pack
from app.kernel.validation import clean_reason
from db.models import User


class UnitOfWork:
    """`with uow: ...; uow.commit()` — reusable; each `with` is a new transaction."""

    def __init__(self, database: Database, user_name: str) -> None:
        self.database = database
        self.user_name = user_name
        self._session: Session | None = None
        self._actor: Actor | None = None
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self._session = self.database.write()
        self._committed = False
        self._actor = None
        set_context(self._session, AuditContext(self.user_name, action="unbekannt"))
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        session, self._session = self._session, None
        try:
            if session is not None and not self._committed:
                session.rollback()
        finally:
            if session is not None:
                session.close()
        if exc is not None and not isinstance(exc, FoerderDeskError):
            translated = translate_db_error(self.database, exc)
            if translated is not None:
                raise translated from exc

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside `with`")
        return self._session

    @property
    def actor(self) -> Actor:
        if self._actor is None:
            self._actor = load_actor(self.session, self.user_name)
        return self._actor

    def act(self, action: str, reason: str | StoredText | None = None, permission: str | None = None) -> Actor:
        """Start a use case: check the permission and label what follows in the audit trail.

        A typed reason is checked like typed text (length, control characters) before anything is written; a reason
        the program writes is a `StoredText` (`coded(N_(…), …)`), kept language-neutral (`stored_text.pack`).
        """
        actor = self.actor
        if permission is not None:
            permissions.require(actor, permission)
        stored = pack(reason) if isinstance(reason, StoredText) else clean_reason(reason)
        set_context(self.session, AuditContext(actor.username, action=action, reason=stored))
        return actor

    def commit(self) -> None:
        self.session.commit()
        self._committed = True

    def read(self, permission: str = "case.read") -> AbstractContextManager[ReadScope]:
        """A read for this user outside the write transaction (see `reading`)."""
        return reading(self.database, self.user_name, permission)


@dataclass(frozen=True)
class ReadScope:
    session: Session
    actor: Actor


@contextmanager
def reading(database: Database, user_name: str, permission: str = "case.read") -> Iterator[ReadScope]:
    """The one way to read: a read session, opened for an active user whose role has `permission`.

    Nothing read this way is ever committed; database failures leave as `FoerderDeskError`s like a write's."""
    with translating_errors(database), database.read() as session:
        actor = load_actor(session, user_name)
        permissions.require(actor, permission)
        yield ReadScope(session, actor)


@contextmanager
def translating_errors(database: Database) -> Iterator[None]:
    """Database failures a user can meet leave the block as `FoerderDeskError`s with a German message."""
    try:
        yield
    except FoerderDeskError:
        raise
    except Exception as exc:
        translated = translate_db_error(database, exc)
        if translated is None:
            raise
        raise translated from exc


def load_actor(session: Session, user_name: str) -> Actor:
    """The active FörderDesk user acting in this session; on PostgreSQL the one behind the login (`db_login`),
    who is also named to the database for its checks (`foerderdesk.person`, trusted from maintenance logins only)."""
    if session.get_bind().dialect.name == "postgresql":
        user_name = server_login(session.connection()).acting_user(user_name)
        session.execute(select(func.set_config("foerderdesk.person", user_name, True)))
    user = session.execute(_ACTOR, {"name": user_name}).first()  # columns only: every read and write asks
    if user is None or not user.active:
        raise PermissionDenied(
            _("Der Benutzer »{name}« ist in FörderDesk nicht angelegt oder deaktiviert.").format(name=user_name)
        )
    return Actor(user.id, user.username, user.display_name, user.role)


# the users table's columns, not the mapped class's attributes: asking for the actor does not set up the ORM's
# mappers (about 0.1 s), so the window's start leaves that to the case list's first query on a worker thread, while
# the window is shown (issue 26)
_USERS = User.__table__.c
_ACTOR = select(_USERS.id, _USERS.username, _USERS.display_name, _USERS.role, _USERS.active).where(
    _USERS.username == bindparam("name"))


def translate_db_error(database: Database, exc: BaseException) -> FoerderDeskError | None:
    if isinstance(exc, StaleDataError):
        return ConcurrentEditError(
            _("Der Datensatz wurde gleichzeitig von jemand anderem geändert. Bitte neu laden und erneut speichern.")
        )
    refused = _refused_by_database(exc)
    if refused is not None:
        return refused
    if isinstance(exc, OperationalError):
        return DatabaseUnavailable(unavailable_message(database.url, exc))
    if isinstance(exc, IntegrityError):
        return ConcurrentEditError(
            _("Die Änderung widerspricht einer gleichzeitig gespeicherten Änderung und wurde nicht übernommen. "
              "Bitte neu laden.")
        )
    return None


def _refused_by_database(exc: BaseException) -> PermissionDenied | None:
    """The database's own refusal (SQLSTATE 42501: missing privilege, or a rule of schema 0008)."""
    if not isinstance(exc, DBAPIError) or getattr(exc.orig, "sqlstate", None) != "42501":
        return None
    diag = getattr(exc.orig, "diag", None)
    detail = getattr(diag, "message_primary", None) or str(exc.orig)
    return PermissionDenied(_("Die Datenbank hat die Änderung abgelehnt: {detail}").format(detail=detail))


@dataclass
class ReaderBase:
    """Base of the read-side objects the GUI and the CLI use: each call its own read session, opened only
    after the reader's right (`permission`) is checked. The GUI never touches a session itself."""

    database: Database
    user_name: str
    permission: ClassVar[str] = "case.read"

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with reading(self.database, self.user_name, self.permission) as scope:
            yield scope.session
