"""FörderDesk passwords of users on the single workstation: the administration sets or resets anyone's, each
person sets their own. They are stored only as Argon2 hashes (`app.kernel.passwords`); the audit trail records
that the password changed, never the hash.

On the shared server there is no FörderDesk password: each person signs in with their own database login.
"""

from __future__ import annotations

from app.kernel import permissions
from app.kernel.database import Database
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import user_by_name
from app.kernel.passwords import hash_password
from app.kernel.signin import signs_in_by_password
from app.kernel.uow import UnitOfWork

MIN_LENGTH = 10
MAX_LENGTH = 1024  # Argon2 takes any length; the bound keeps a pasted file from tying up the machine


def check_new_password(password: str) -> None:
    """Refuses a password that is too short (or absurdly long) with a German sentence."""
    if len(password.strip()) < MIN_LENGTH:
        raise ValidationError(_("Das Passwort muss mindestens {n} Zeichen lang sein.").format(n=MIN_LENGTH),
                              "password")
    if len(password) > MAX_LENGTH:
        raise ValidationError(_("Das Passwort darf höchstens {n} Zeichen lang sein.").format(n=MAX_LENGTH),
                              "password")


def require_single_workstation(database: Database) -> None:
    """Refuses on the shared server, where a FörderDesk password would protect nothing."""
    if not signs_in_by_password(database):
        raise ValidationError(_("Auf dem gemeinsamen Server gibt es kein FörderDesk-Passwort: Jede Person meldet "
                                "sich mit ihrer eigenen Datenbankanmeldung an."))


def set_password(uow: UnitOfWork, username: str, password: str) -> None:
    """Set `username`'s FörderDesk password: administrators for anyone, everyone else only for themselves."""
    require_single_workstation(uow.database)
    check_new_password(password)
    hashed = hash_password(password)  # before the transaction: hashing takes a tenth of a second on purpose
    with uow:
        actor = uow.act("set-password")
        user = user_by_name(uow.session, username)
        if user.id != actor.id:
            permissions.require(actor, "user.manage")
        user.password_hash = hashed
        uow.commit()
