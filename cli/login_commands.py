"""`foerderdesk user link-login|login-password|logins`: each person's own login on the shared server."""

from __future__ import annotations

import getpass
import sys

from app.administration import db_roles
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from cli.context import CliContext
from cli.output import print_json, print_table
from cli.parser import EXIT_OK, Subparsers, add_json_flag


def register(sub: Subparsers) -> None:
    link = sub.add_parser("link-login", help=_("PostgreSQL: dem Benutzer seine eigene Datenbankanmeldung geben"))
    link.add_argument("name", metavar="NAME")
    link.add_argument("login", metavar="ANMELDUNG", nargs="?", help=_("Standard: der Benutzername"))
    link.set_defaults(func=cmd_link)
    password = sub.add_parser("login-password", help=_("PostgreSQL: Passwort der Datenbankanmeldung setzen"))
    password.add_argument("name", metavar="NAME")
    password.add_argument("--password-stdin", action="store_true", help=_("Passwort aus der Standardeingabe lesen"))
    password.set_defaults(func=cmd_password)
    logins = sub.add_parser("logins", help=_("PostgreSQL: Benutzer, Anmeldungen und Gruppenrollen auflisten"))
    add_json_flag(logins)
    logins.set_defaults(func=cmd_logins)


def cmd_link(ctx: CliContext) -> int:
    login = db_roles.link_login(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.name, ctx.args.login)
    print(_("Benutzer »{name}« meldet sich jetzt als »{login}« am Datenbankserver an.").format(
        name=ctx.args.name, login=login))
    return EXIT_OK


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(_("Neues Passwort: "))
    if getpass.getpass(_("Passwort wiederholen: ")) != first:
        raise ValidationError(_("Die beiden Eingaben stimmen nicht überein; nichts geändert."), "password")
    return first


def cmd_password(ctx: CliContext) -> int:
    password = _read_password(ctx.args.password_stdin)
    db_roles.set_login_password(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.name, password)
    print(_("Passwort der Datenbankanmeldung von »{name}« gesetzt.").format(name=ctx.args.name))
    return EXIT_OK


def cmd_logins(ctx: CliContext) -> int:
    rows = db_roles.list_logins(UnitOfWork(ctx.database(), ctx.user_name()))
    if ctx.args.json:
        print_json(rows)
        return EXIT_OK
    def state(row: db_roles.LoginRow) -> str:
        if row.login is None:
            return _("keine Anmeldung")
        if row.can_login is None:
            return _("fehlt auf dem Server")
        return _("aktiv") if row.can_login else _("gesperrt")
    print_table([_("Benutzer"), _("Rolle"), _("Anmeldung"), _("Zustand"), _("Gruppen")],
                [[r.username, r.role, r.login or "–", state(r), ", ".join(r.groups)] for r in rows])
    return EXIT_OK
