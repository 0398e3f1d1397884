"""`foerderdesk audit show AKTENZEICHEN | verify [--anchor DATEI] | anchor -o DATEI`."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cases.audit_trail import audit_trail
from app.kernel.audit_anchor import make_anchor, read_anchor, verify_trail, write_anchor
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
    check.add_argument("--anchor", metavar="DATEI", type=Path,
                       help=_("zusätzlich gegen einen früher geschriebenen Anker prüfen (findet Neuberechnung und "
                              "abgeschnittene Einträge)"))
    check.set_defaults(func=cmd_verify)
    anchor = sub.add_parser("anchor", help=_("Signierten Anker der Protokollkette schreiben (außerhalb aufbewahren)"))
    anchor.add_argument("-o", "--output", required=True, metavar="DATEI", type=Path)
    anchor.set_defaults(func=cmd_anchor)


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
    anchor = read_anchor(ctx.args.anchor) if ctx.args.anchor else None
    result = verify_trail(ctx.database(), ctx.user_name(), anchor)
    if result.ok and anchor is not None:
        print(_("Protokoll unverändert: {count} Einträge, Kette lückenlos; alle {anchored} Einträge des Ankers vom "
                "{when} sind unverändert enthalten.").format(count=result.checked, anchored=anchor.entries,
                                                             when=anchor.made_at))
        return EXIT_OK
    if result.ok:
        print(_("Protokoll unverändert: {count} Einträge, Kette lückenlos.").format(count=result.checked))
        return EXIT_OK
    sys.stderr.write(_("Protokoll beschädigt nach {count} geprüften Einträgen: {problem}\n").format(
        count=result.checked, problem=result.problem))
    return EXIT_FAILED


def cmd_anchor(ctx: CliContext) -> int:
    anchor = make_anchor(ctx.database(), ctx.user_name())
    write_anchor(anchor, ctx.args.output)
    print(_("Anker geschrieben: {path} ({entries} Einträge, letztes Glied {head}). Bitte außerhalb der Datenbank "
            "aufbewahren.").format(path=ctx.args.output, entries=anchor.entries, head=(anchor.head or "–")[:16]))
    return EXIT_OK


def _short(text: str | None, width: int = 40) -> str | None:
    if text is None or len(text) <= width:
        return text
    return text[: width - 1] + "…"
