"""`foerderdesk db upgrade|check|backup|restore|copy|set-password`."""

from __future__ import annotations

import sys
from pathlib import Path

from app.administration import dbtools, restore
from app.administration.reference_data import ensure_reference_data
from app.kernel.config import resolve_database
from app.kernel.database import connect, schema_state, upgrade_schema
from app.kernel.i18n import _
from cli.context import CliContext
from cli.parser import EXIT_FAILED, EXIT_OK, Subparsers
from db.migrate import schema_drift


def register(subparsers: Subparsers) -> None:
    db = subparsers.add_parser("db", help=_("Datenbank einrichten und prüfen"))
    sub = db.add_subparsers(dest="db_command", required=True, metavar="BEFEHL")
    up = sub.add_parser("upgrade", help=_("Schema auf den neuesten Stand bringen"))
    up.set_defaults(func=cmd_upgrade)
    check = sub.add_parser("check", help=_("Prüfen, ob Schema und Programm zusammenpassen"))
    check.set_defaults(func=cmd_check)
    save = sub.add_parser("backup", help=_("Sicherung schreiben (SQLite: Online-Sicherung; PostgreSQL: pg_dump)"))
    save.add_argument("file", metavar="DATEI", type=Path)
    save.set_defaults(func=cmd_backup)
    back = sub.add_parser("restore", help=_("Sicherung zurückspielen (ersetzt den Inhalt!)"))
    back.add_argument("file", metavar="DATEI", type=Path)
    back.add_argument("--yes", action="store_true", help=_("ohne Rückfrage (zeigt trotzdem, was verloren geht)"))
    back.set_defaults(func=cmd_restore)
    copy = sub.add_parser("copy", help=_("Ganze Datenbank in eine leere andere kopieren (SQLite ↔ PostgreSQL)"))
    copy.add_argument("--to", required=True, metavar="URL",
                      help=_("Ziel: leer oder frisch mit db upgrade eingerichtet"))
    copy.set_defaults(func=cmd_copy)
    secret = sub.add_parser("set-password", help=_("Datenbankpasswort im Schlüsselbund speichern"))
    secret.set_defaults(func=cmd_set_password)


def cmd_upgrade(ctx: CliContext) -> int:
    choice = resolve_database(ctx.args.db)
    database = connect(choice.url, create_folder=choice.is_default)
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


def cmd_backup(ctx: CliContext) -> int:
    target = dbtools.backup(ctx.database(), ctx.args.file)
    print(_("Sicherung geschrieben: {path}").format(path=target))
    return EXIT_OK


def cmd_restore(ctx: CliContext) -> int:
    """Show what the backup lacks, ask (or take --yes), take a safety copy, restore, audit."""
    database, user = ctx.database(), ctx.user_name()
    preview = restore.preview_restore(database, ctx.args.file)
    if not ctx.args.yes and not _confirmed(preview.lines()):
        sys.stderr.write(_("Nicht zurückgespielt: bitte bestätigen (interaktiv mit »j« oder mit --yes).\n"))
        return EXIT_FAILED
    result = restore.restore_database(database, user, ctx.args.file, confirmed=True)
    if ctx.args.yes:
        print("\n".join(result.preview.lines()))
    print(_("Sicherheitskopie des vorherigen Stands: {path}").format(path=result.safety_copy))
    print(_("Sicherung {path} zurückgespielt; im Protokoll vermerkt.").format(path=ctx.args.file))
    return EXIT_OK


def _confirmed(lines: list[str]) -> bool:
    sys.stderr.write("\n".join(lines) + "\n")
    if not sys.stdin.isatty():
        return False
    answer = input(_("Jetzt zurückspielen? [j/N] "))
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def cmd_copy(ctx: CliContext) -> int:
    source = ctx.database()
    target = connect(ctx.args.to)
    try:
        checks = dbtools.copy_database(source, target, _progress)
    finally:
        target.dispose()
    rows = sum(c.rows for c in checks)
    print(_("{rows} Zeilen in {tables} Tabellen nach {url} kopiert; Anzahlen und Summen stimmen überein.").format(
        rows=rows, tables=len(checks), url=target.display_url))
    return EXIT_OK


def _progress(table: str, rows: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{table}: {rows}   ")


def cmd_set_password(ctx: CliContext) -> int:
    import getpass

    from app.kernel.credentials import store_password
    from app.kernel.database import parse_url

    url = parse_url(resolve_database(ctx.args.db).url)
    store_password(url, getpass.getpass(_("Passwort für {user}@{host}: ").format(user=url.username, host=url.host)))
    print(_("Passwort im Schlüsselbund gespeichert."))
    return EXIT_OK


def cmd_check(ctx: CliContext) -> int:
    choice = resolve_database(ctx.args.db)
    database = connect(choice.url, create_folder=choice.is_default)
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
