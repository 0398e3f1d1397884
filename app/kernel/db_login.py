"""Who is connected to the shared server: the person behind `session_user`, never a name the program is told.

On PostgreSQL every person connects with their own login (`users.db_login`). That login *is* the person: a
name given on the command line, in the environment or by the program may only repeat it. The one exception is
a maintenance login (the schema owner or a member of it: administrators setting up, migrating, importing):
it is not a person, so it names the user it acts for, and the database records the maintenance login beside
that name in the audit trail. On SQLite there are no logins (see `app.kernel.identity`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from app.kernel.database import Database
from app.kernel.errors import PermissionDenied
from app.kernel.i18n import _

# the database function (schema 0008) that says whether session_user is a member of the schema owner
_LOGIN = text("SELECT session_user AS login, fd_is_maintenance() AS maintenance, "
              "(SELECT username FROM users WHERE db_login = session_user) AS person, "
              "(SELECT active FROM users WHERE db_login = session_user) AS active")


@dataclass(frozen=True)
class Login:
    """The server login of a connection and the FörderDesk user it belongs to (None: no person)."""

    login: str
    maintenance: bool
    person: str | None
    active: bool

    def acting_user(self, claimed: str | None, default: str | None = None) -> str:
        """The FörderDesk user who acts on this connection, given the name a caller claims (may be None).

        A person login acts as its person; a different claimed name is refused. A maintenance login acts as the
        claimed user (else `default`, the operating-system account). Any other login (no FörderDesk user, or a
        deactivated one) is refused."""
        if self.person is not None and not self.maintenance:
            if not self.active:
                raise PermissionDenied(_("Der FörderDesk-Benutzer »{person}« der Anmeldung »{login}« ist deaktiviert.")
                                       .format(person=self.person, login=self.login))
            if claimed is not None and claimed != self.person:
                raise PermissionDenied(
                    _("Sie sind am Datenbankserver als »{login}« angemeldet und handeln damit als »{person}«. "
                      "Im Namen von »{claimed}« handelt nur, wer sich als »{claimed}« anmeldet.").format(
                        login=self.login, person=self.person, claimed=claimed))
            return self.person
        if self.maintenance and (claimed or default):
            return claimed or default  # type: ignore[return-value]
        if self.maintenance:
            raise PermissionDenied(
                _("Die Wartungsanmeldung »{login}« ist keine Person; bitte den Benutzer angeben, für den sie "
                  "handelt (--user).").format(login=self.login))
        raise PermissionDenied(_("Die Datenbankanmeldung »{login}« gehört zu keinem FörderDesk-Benutzer. "
                                 "Bitte die Administration, die Anmeldung einer Person zuzuordnen.")
                               .format(login=self.login))


def server_login(connection: Connection) -> Login:
    row = connection.execute(_LOGIN).one()
    return Login(row.login, bool(row.maintenance), row.person, bool(row.active))


def acting_user_on_server(database: Database, claimed: str | None, default: str | None = None) -> str | None:
    """Who acts on this database, decided by its login (see `Login.acting_user`); None on SQLite."""
    if database.backend != "postgresql":
        return None
    with database.engine.connect() as connection:
        return server_login(connection).acting_user(claimed, default)
