"""`foerderdesk audit show AKTENZEICHEN`."""

from __future__ import annotations

import sys

from app.cases.audit_trail import audit_trail
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from cli.context import CliContext
from cli.output import print_json, print_table
from cli.parser import EXIT_FAILED, EXIT_OK, Subparsers, add_json_flag


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("audit", help=_("Protokoll anzeigen"))
    sub = parser.add_subparsers(dest="audit_command", required=True, metavar="BEFEHL")
    show = sub.add_parser("show", help=_("Protokoll eines Vorgangs"))
    show.add_argument("file_number", metavar="AKTENZEICHEN")
    add_json_flag(show)
    show.set_defaults(func=cmd_show)
    check = sub.add_parser("verify", help=_("Hash-Kette des gesamten Protokolls prüfen"))
    check.set_defaults(func=cmd_verify)


def cmd_show(ctx: CliContext) -> int:
    rows = audit_trail(UnitOfWork(ctx.database(), ctx.user_name()), ctx.args.file_number)
    if ctx.args.json:
        print_json(rows)
        return EXIT_OK
    print_table([_("Zeitpunkt"), _("Benutzer"), _("Aktion"), _("Objekt"), _("Feld"), _("alt"), _("neu"), _("Grund")],
                [[r.at, r.user_name, r.action, f"{r.entity} {r.entity_id}", r.field, _short(r.old_value),
                  _short(r.new_value), _short(r.reason)] for r in rows])
    return EXIT_OK


def cmd_verify(ctx: CliContext) -> int:
    from app.kernel.audit_chain import verify

    with ctx.database().engine.connect() as connection:
        result = verify(connection)
    if result.ok:
        print(_("Protokoll unverändert: {count} Einträge, Kette lückenlos.").format(count=result.checked))
        return EXIT_OK
    sys.stderr.write(_("Protokoll beschädigt nach {count} geprüften Einträgen: {problem}\n").format(
        count=result.checked, problem=result.problem))
    return EXIT_FAILED


def _short(text: str | None, width: int = 40) -> str | None:
    if text is None or len(text) <= width:
        return text
    return text[: width - 1] + "…"
