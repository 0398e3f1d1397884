"""`foerderdesk user add|list|deactivate|set-password` (and the server logins, `cli.login_commands`)."""

from __future__ import annotations

import getpass
import sys

from app.administration import user_passwords, users
from app.administration.db_roles import default_login
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from cli import login_commands
from cli.context import CliContext
from cli.output import print_json, print_table
from cli.parser import EXIT_OK, Subparsers, add_json_flag


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("user", help=_("Benutzer verwalten"))
    sub = parser.add_subparsers(dest="user_command", required=True, metavar="BEFEHL")
    add = sub.add_parser("add", help=_("Benutzer anlegen"))
    add.add_argument("name", metavar="NAME", help=_("Benutzername (Anmeldename)"))
    add.add_argument("--role", required=True, choices=["reader", "caseworker", "supervisor", "admin"])
    add.add_argument("--display-name", "--name", dest="display_name", help=_("Vollständiger Name"))
    add.add_argument("--email")
    add.add_argument("--phone")
    add.add_argument("--login", metavar="ANMELDUNG",
                     help=_("PostgreSQL: eigene Datenbankanmeldung der Person (Standard: der Benutzername)"))
    add.set_defaults(func=cmd_add)
    lst = sub.add_parser("list", help=_("Benutzer auflisten"))
    add_json_flag(lst)
    lst.set_defaults(func=cmd_list)
    off = sub.add_parser("deactivate", help=_("Benutzer deaktivieren (nie löschen)"))
    off.add_argument("name", metavar="NAME")
    off.set_defaults(func=cmd_deactivate)
    password = sub.add_parser("set-password", help=_("FörderDesk-Passwort setzen (Einzelplatz): die Administration "
                                                     "für alle, jede Person für sich selbst"))
    password.add_argument("name", metavar="NAME")
    password.add_argument("--password-stdin", dest="new_password_stdin", action="store_true",
                          help=_("Das neue Passwort als Zeile von der Standardeingabe lesen (nach dem Passwort "
                                 "für --user, wenn auch dieses von dort kommt)"))
    password.set_defaults(func=cmd_set_password)
    login_commands.register(sub)


def cmd_add(ctx: CliContext) -> int:
    a, database = ctx.args, ctx.database()
    login = a.login or default_login(database, a.name)
    users.add_user(UnitOfWork(database, ctx.user_name()), a.name, a.role, a.display_name, a.email, a.phone,
                   db_login=login)
    print(_("Benutzer »{name}« mit Rolle {role} angelegt.").format(name=a.name, role=a.role))
    return EXIT_OK


def cmd_list(ctx: CliContext) -> int:
    rows = users.list_users(UnitOfWork(ctx.database(), ctx.user_name()))
    if ctx.args.json:
        print_json(rows)
    else:
        print_table([_("Benutzer"), _("Name"), _("Rolle"), _("Aktiv")],
                    [[r.username, r.display_name, r.role_label, _("ja") if r.active else _("nein")] for r in rows])
    return EXIT_OK


def cmd_deactivate(ctx: CliContext) -> int:
    users.set_active(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.name, False)
    print(_("Benutzer »{name}« deaktiviert.").format(name=ctx.args.name))
    return EXIT_OK


def cmd_set_password(ctx: CliContext) -> int:
    name = ctx.args.name
    user_passwords.require_single_workstation(ctx.database())
    uow = UnitOfWork(ctx.database(), ctx.user_name())  # signed in first: the prompts come in that order
    user_passwords.set_password(uow, name, _new_password(name, ctx.args.new_password_stdin))
    print(_("Das FörderDesk-Passwort von »{name}« ist gesetzt.").format(name=name))
    return EXIT_OK


def _new_password(name: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValidationError(_("Das neue Passwort bitte am Terminal eingeben oder mit --password-stdin übergeben."))
    first, second = "", None
    try:
        first = getpass.getpass(_("Neues FörderDesk-Passwort für {name}: ").format(name=name))
        user_passwords.check_new_password(first)
        second = getpass.getpass(_("Neues Passwort wiederholen: "))
    except EOFError:
        pass
    if second != first:
        raise ValidationError(_("Die beiden Eingaben stimmen nicht überein; das Passwort wurde nicht geändert."))
    return first
