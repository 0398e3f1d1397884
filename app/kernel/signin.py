"""Who acts — the one rule for the command line and the window.

On a single workstation (SQLite) the person is the operating-system account (`app.kernel.identity`): it needs
no password, and no environment variable changes it. Anyone else proves who they are with their FörderDesk
password: `--user NAME`, or the second person of the four-eyes principle (confirming a decision, "rechnerisch
richtig") who signs in at the same desk. A wrong or missing password is refused before anything is done.
On the shared server the person's own database login decides (`app.kernel.db_login`).

What this cannot promise on SQLite: whoever can write the database file can change anything in it, with or
without FörderDesk. Those guarantees need the shared server (README, "Einzelplatz und gemeinsamer Server").
"""

from __future__ import annotations

from sqlalchemy import select

from app.kernel.database import Database
from app.kernel.db_login import acting_user_on_server
from app.kernel.errors import FoerderDeskError, PermissionDenied
from app.kernel.i18n import _
from app.kernel.identity import os_account
from app.kernel.passwords import hash_password, needs_rehash, verify_password
from app.kernel.uow import UnitOfWork, translating_errors
from db.models import User


class MissingPassword(PermissionDenied):
    """A password is needed and none was given (the command line adds how to give one)."""


def signs_in_by_password(database: Database) -> bool:
    """Whether persons other than the operating-system account sign in with a FörderDesk password: only on the
    single workstation. On the shared server each person connects with their own database login."""
    return database.backend == "sqlite"


def password_needed(database: Database, claimed: str | None) -> bool:
    """Whether acting as `claimed` (None: the account itself) needs that person's password."""
    return signs_in_by_password(database) and bool(claimed) and claimed != os_account()


def sign_in(database: Database, claimed: str | None, password: str | None = None) -> str:
    """The name of the FörderDesk user who acts: the operating-system account, or `claimed` after its password
    was checked. Refuses (PermissionDenied) an unknown or deactivated user, a missing or wrong password, and an
    empty name (`--user ''` must not quietly become the computer's account)."""
    if claimed is not None and not claimed.strip():
        raise PermissionDenied(_("Der Benutzername ist leer; bitte einen Namen angeben oder --user weglassen, um "
                                 "als »{account}« zu handeln.").format(account=os_account()))
    if database.backend != "sqlite":  # the shared server: the login decides, `--user` may only repeat it
        return acting_user_on_server(database, claimed, os_account()) or claimed or os_account()
    account = os_account()
    if not claimed or claimed == account:
        return account
    return check_password(database, claimed, password)


def sign_in_second_person(database: Database, username: str, password: str | None, first: str) -> str:
    """The second person of a four-eyes step at the same workstation, after their password was checked; never
    the person `first` who already acts."""
    if not signs_in_by_password(database):
        raise PermissionDenied(_("Auf dem gemeinsamen Server meldet sich die zweite Person an ihrem eigenen "
                                 "Arbeitsplatz mit ihrer eigenen Anmeldung an."))
    name = username.strip()
    if not name:
        raise PermissionDenied(_("Bitte den Benutzernamen der zweiten Person eingeben."))
    if name == first:
        raise PermissionDenied(_("Die zweite Person muss eine andere sein als »{name}«.").format(name=first))
    return check_password(database, name, password)


def check_password(database: Database, username: str, password: str | None) -> str:
    """`username` if it names an active user whose stored password matches `password`; refused otherwise."""
    stored = _stored_hash(database, username)
    if not stored:
        raise PermissionDenied(_("Für »{name}« ist noch kein FörderDesk-Passwort gesetzt; die Administration "
                                 "setzt es (foerderdesk user set-password {name} oder Verwaltung → Benutzer).")
                               .format(name=username))
    if not password:
        raise MissingPassword(_("Um als »{name}« zu handeln, ist das FörderDesk-Passwort von »{name}« nötig.")
                              .format(name=username))
    if not verify_password(stored, password):
        raise PermissionDenied(_("Anmeldung als »{name}« abgelehnt: Das Passwort ist falsch. Es wurde nichts "
                                 "geändert.").format(name=username))
    if needs_rehash(stored):
        _renew_hash(database, username, password)
    return username


def _stored_hash(database: Database, username: str) -> str | None:
    with translating_errors(database), database.read() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise PermissionDenied(_("Der Benutzer »{name}« ist in FörderDesk nicht angelegt oder deaktiviert.")
                                   .format(name=username))
        return user.password_hash


def _renew_hash(database: Database, username: str, password: str) -> None:
    """Store the hash with today's parameters (argon2-cffi's advice after a successful check); best effort: a
    locked file or a concurrent change leaves the old, still valid hash."""
    try:
        with UnitOfWork(database, username) as uow:
            uow.act("rehash-password")
            user = uow.session.scalar(select(User).where(User.username == username))
            if user is not None:
                user.password_hash = hash_password(password)
            uow.commit()
    except FoerderDeskError:
        pass
