"""`foerderdesk user add|list|deactivate` (and the server logins, `cli.login_commands`)."""

from __future__ import annotations

from app.administration import users
from app.administration.db_roles import default_login
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
