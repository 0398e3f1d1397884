"""Each person's own login on the shared PostgreSQL server, and what the database lets it do.

The schema belongs to an owner role used only for administration (migrations, backups, set-up). Every person
connects with their own login, recorded as `users.db_login`. Linking a login is a change to the user like any
other (audited, admins only); the database itself (schema 0008) then creates the login if it does not exist,
puts it into the group role of the user's role and nothing else, and disables it when the user is deactivated.
Passwords travel to the server only as SCRAM verifiers computed here, never as plain text; where the office
uses Windows single sign-on (GSSAPI/SSPI), logins need no password at all (docs/operations.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from app.kernel.database import Database
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import user_by_name
from app.kernel.uow import UnitOfWork

# what psql and pg_hba.conf handle without surprises; letters are lower-cased by PostgreSQL unless quoted
LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")
MIN_PASSWORD = 10


def _require_server(database: Database) -> None:
    if database.backend != "postgresql":
        raise ValidationError(_("Datenbankanmeldungen gibt es nur auf dem gemeinsamen PostgreSQL-Server; "
                                "auf dem Einzelplatz (SQLite) ist die Person das Windows-Benutzerkonto."))


def default_login(database: Database, username: str) -> str | None:
    """The login a new user gets: their user name, on the shared server; none on SQLite."""
    return username.lower() if database.backend == "postgresql" else None


def check_login_name(login: str) -> str:
    if not LOGIN_NAME.match(login):
        raise ValidationError(_("»{login}« ist kein gültiger Anmeldename für den Datenbankserver (Kleinbuchstaben, "
                                "Ziffern, Punkt, Binde- und Unterstrich; höchstens 63 Zeichen).").format(login=login),
                              "db_login")
    return login


def link_login(uow: UnitOfWork, username: str, login: str | None = None) -> str:
    """Give a user their own server login (default: the user name); returns the login."""
    _require_server(uow.database)
    chosen = check_login_name(login or username.lower())
    with uow:
        uow.act("link-login", permission="user.manage")
        user = user_by_name(uow.session, username)
        user.db_login = chosen
        uow.commit()
    return chosen


def set_login_password(uow: UnitOfWork, username: str, password: str) -> None:
    """Set the server password of a user's login: admins for anyone, everyone for themselves."""
    _require_server(uow.database)
    if len(password) < MIN_PASSWORD:
        raise ValidationError(_("Das Passwort muss mindestens {n} Zeichen lang sein.").format(n=MIN_PASSWORD),
                              "password")
    with uow:
        uow.act("set-login-password", permission=None if uow.actor.username == username else "user.manage")
        user = user_by_name(uow.session, username)
        if user.db_login is None:
            raise ValidationError(_("Der Benutzer »{name}« hat noch keine Datenbankanmeldung.").format(name=username))
        dbapi = uow.session.connection().connection.dbapi_connection
        verifier = dbapi.pgconn.encrypt_password(  # type: ignore[union-attr]
            password.encode(), user.db_login.encode(), b"scram-sha-256").decode()
        uow.session.execute(text("SELECT fd_set_login_password(:name, :verifier)"),
                            {"name": username, "verifier": verifier})
        uow.commit()


@dataclass(frozen=True)
class LoginRow:
    username: str
    role: str
    active: bool
    login: str | None
    can_login: bool | None  # None: the login does not exist on the server
    groups: tuple[str, ...]


def list_logins(uow: UnitOfWork) -> list[LoginRow]:
    """Users, their logins and what the server says about them (for the administration's overview)."""
    _require_server(uow.database)
    with uow.read("user.manage") as scope:
        rows = scope.session.execute(text(
            "SELECT u.username, u.role, u.active, u.db_login, r.rolcanlogin, "
            "       ARRAY(SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "             WHERE m.member = r.oid ORDER BY g.rolname) AS groups "
            "FROM users u LEFT JOIN pg_roles r ON r.rolname = u.db_login ORDER BY u.username")).all()
    return [LoginRow(r.username, r.role, r.active, r.db_login, r.rolcanlogin, tuple(r.groups or ())) for r in rows]
