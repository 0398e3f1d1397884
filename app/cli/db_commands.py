"""`foerderdesk db upgrade|check|current`."""

from __future__ import annotations

import argparse
import sys

from app.cli.context import CliContext
from app.cli.parser import EXIT_FAILED, EXIT_OK
from app.config import resolve_database
from app.database import connect, schema_state, upgrade_schema
from app.i18n import _
from app.reference_data import ensure_reference_data
from db.migrate import schema_drift


def register(subparsers: argparse._SubParsersAction) -> None:
    db = subparsers.add_parser("db", help=_("Datenbank einrichten und prüfen"))
    sub = db.add_subparsers(dest="db_command", required=True, metavar="BEFEHL")
    up = sub.add_parser("upgrade", help=_("Schema auf den neuesten Stand bringen"))
    up.set_defaults(func=cmd_upgrade)
    check = sub.add_parser("check", help=_("Prüfen, ob Schema und Programm zusammenpassen"))
    check.set_defaults(func=cmd_check)


def cmd_upgrade(ctx: CliContext) -> int:
    choice = resolve_database(ctx.args.db)
    database = connect(choice.url)
    try:
        before, head = schema_state(database)
        upgrade_schema(database)
        ensure_reference_data(database)
    finally:
        database.dispose()
    if before == head:
        print(_("Datenbank {url} ist bereits auf dem neuesten Stand ({head}).").format(
            url=database.display_url, head=head))
    else:
        print(_("Datenbank {url} aktualisiert: {before} → {head}.").format(
            url=database.display_url, before=before or _("leer"), head=head))
    return EXIT_OK


def cmd_check(ctx: CliContext) -> int:
    choice = resolve_database(ctx.args.db)
    database = connect(choice.url)
    try:
        current, head = schema_state(database)
        if current != head:
            sys.stderr.write(_("Datenbankstand {current} passt nicht zum Programm (erwartet {head}); "
                               "»foerderdesk db upgrade« ausführen.\n").format(
                current=current or _("leer"), head=head))
            return EXIT_FAILED
        drift = schema_drift(database.engine)
    finally:
        database.dispose()
    if drift:
        sys.stderr.write(_("Das Datenbankschema weicht vom Programm ab ({count} Unterschiede):\n").format(
            count=len(drift)))
        for item in drift[:20]:
            sys.stderr.write(f"  {item}\n")
        return EXIT_FAILED
    print(_("Datenbank {url} ist in Ordnung (Stand {head}, Quelle: {source}).").format(
        url=database.display_url, head=head, source=choice.source))
    return EXIT_OK
