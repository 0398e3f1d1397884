"""Users and roles. Users are deactivated, never deleted: the audit trail refers to them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.administration.db_roles import check_login_name
from app.kernel.audit import AuditContext, set_context
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import user_by_name
from app.kernel.permissions import ROLE_LABELS
from app.kernel.stored_text import N_, coded, pack
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, require_text
from db.enums import Role
from db.models import User


@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str
    role: Role
    role_label: str
    active: bool
    email: str | None


def _role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(_("Unbekannte Rolle »{value}«; möglich: {roles}.").format(
            value=value, roles=", ".join(r.value for r in Role)), "role") from None


def _username(value: str) -> str:
    name = require_text(value, _("Benutzername"), field="username", max_len=64)
    if not all(c.isalnum() or c in "._-" for c in name):
        raise ValidationError(_("Der Benutzername darf nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich "
                                "enthalten."), "username")
    return name


def add_user(uow: UnitOfWork, username: str, role: str | Role, display_name: str | None = None,
             email: str | None = None, phone: str | None = None, db_login: str | None = None) -> None:
    """Admins add users. On an empty database the very first user may be created by anyone (set-up).

    `db_login`: the person's own login on the shared server (`app.administration.db_roles.default_login`); the
    database creates it and grants the group of the role (schema 0008)."""
    name, kind = _username(username), _role(role)
    login = check_login_name(db_login) if db_login is not None else None
    with uow:
        first = uow.session.scalar(select(func.count()).select_from(User)) == 0
        if first:
            if kind != Role.admin:
                raise ValidationError(_("Der erste Benutzer muss die Rolle »admin« haben."), "role")
            set_context(uow.session, AuditContext(uow.user_name, action="add-user",
                                                  reason=pack(coded(N_("Ersteinrichtung")))))
        else:
            uow.act("add-user", permission="user.manage")
        uow.session.add(new_user(uow.session, name, kind, display_name, email, phone, login))
        uow.commit()


def new_user(session: Session, username: str, role: str | Role, display_name: str | None = None,
             email: str | None = None, phone: str | None = None, db_login: str | None = None) -> User:
    """A checked new user (not yet added to the session): the name free, the login nobody else's."""
    name, kind = _username(username), _role(role)
    login = check_login_name(db_login) if db_login is not None else None
    if session.scalar(select(User).where(User.username == name)) is not None:
        raise ValidationError(_("Den Benutzer »{name}« gibt es schon.").format(name=name), "username")
    if login is not None and session.scalar(select(User).where(User.db_login == login)) is not None:
        raise ValidationError(_("Die Datenbankanmeldung »{login}« gehört schon einem anderen Benutzer.").format(
            login=login), "db_login")
    return User(username=name, role=kind, db_login=login,
                display_name=clean_text(display_name, _("Anzeigename"), required=False, max_len=120) or name,
                email=clean_text(email, _("E-Mail"), required=False, max_len=120),
                phone=clean_text(phone, _("Telefon"), required=False, max_len=40))


def set_active(uow: UnitOfWork, username: str, active: bool) -> None:
    with uow:
        actor = uow.act("deactivate-user" if not active else "activate-user", permission="user.manage")
        user = user_by_name(uow.session, username)
        if user.id == actor.id and not active:
            raise ValidationError(_("Sie können sich nicht selbst deaktivieren."))
        user.active = active
        uow.commit()


def set_role(uow: UnitOfWork, username: str, role: str | Role) -> None:
    kind = _role(role)
    with uow:
        uow.act("set-role", permission="user.manage")
        user_by_name(uow.session, username).role = kind
        uow.commit()


def list_users(uow: UnitOfWork) -> list[UserRow]:
    with uow.read() as scope:
        return [UserRow(u.username, u.display_name, u.role, ROLE_LABELS[u.role], u.active, u.email)
                for u in scope.session.scalars(select(User).order_by(User.username))]
