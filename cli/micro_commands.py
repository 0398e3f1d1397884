"""`foerderdesk micro apply|proof`: the short application of a micro project and its simplified proof of use.

Exit codes: 0 done, 1 refused (German message on stderr, nothing written), 2 usage.
"""

from __future__ import annotations

import argparse

from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from cli.context import CliContext
from cli.parser import EXIT_OK, Subparsers, whole_number


def _user(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without the option here, the global `foerderdesk --user NAME …` stays in force
    parser.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME", help=_("Handelnder Benutzer"))


def register(subparsers: Subparsers) -> None:
    micro = subparsers.add_parser("micro", help=_("Kleinprojekte: Kurzantrag und vereinfachter Verwendungsnachweis"))
    sub = micro.add_subparsers(dest="micro_command", required=True, metavar="BEFEHL")
    apply = sub.add_parser("apply", help=_("Kurzantrag eines Kleinprojekts registrieren"))
    apply.add_argument("--programme", required=True, metavar="KÜRZEL", help=_("Fonds für Kleinprojekte"))
    apply.add_argument("--year", required=True, type=whole_number, metavar="JAHR", help=_("Haushaltsjahr"))
    apply.add_argument("--applicant", required=True, type=whole_number, metavar="NR",
                       help=_("Nummer des Antragstellers"))
    apply.add_argument("--title", required=True, help=_("Titel des Vorhabens"))
    apply.add_argument("--description", default="", help=_("Beschreibung des Vorhabens"))
    apply.add_argument("--municipality", required=True, metavar="GEMEINDE", help=_("Gemeinde"))
    apply.add_argument("--field", required=True, metavar="HANDLUNGSFELD", help=_("Handlungsfeld"))
    apply.add_argument("--start", required=True, metavar="DATUM", help=_("Beginn des Vorhabens"))
    apply.add_argument("--end", required=True, metavar="DATUM", help=_("Ende des Vorhabens"))
    apply.add_argument("--total", required=True, metavar="BETRAG", help=_("Gesamtkosten"))
    apply.add_argument("--requested", required=True, metavar="BETRAG", help=_("Beantragter Betrag"))
    apply.add_argument("--own", default="0", metavar="BETRAG", help=_("Eigenmittel (Standard: 0)"))
    apply.add_argument("--received", required=True, metavar="DATUM", help=_("Eingang des Kurzantrags"))
    _user(apply)
    apply.set_defaults(func=cmd_apply)
    proof = sub.add_parser("proof", help=_("Vereinfachten Verwendungsnachweis erfassen (Sachbericht und Ist-Kosten)"))
    proof.add_argument("file_number", metavar="AKTENZEICHEN")
    proof.add_argument("--total", required=True, metavar="BETRAG", help=_("Ist-Gesamtkosten"))
    proof.add_argument("--report-text", required=True, metavar="TEXT", help=_("Sachbericht"))
    proof.add_argument("--received", metavar="DATUM", help=_("Eingang des Nachweises (Standard: heute)"))
    _user(proof)
    proof.set_defaults(func=cmd_proof)


def _uow(ctx: CliContext) -> UnitOfWork:
    return UnitOfWork(ctx.database(), ctx.user_name())


def cmd_apply(ctx: CliContext) -> int:
    from app.micro_projects.short_application import MicroApplicationInput, register_micro_project

    a = ctx.args
    number = register_micro_project(_uow(ctx), MicroApplicationInput(
        programme=a.programme, fiscal_year=a.year, applicant_id=a.applicant, title=a.title, description=a.description,
        municipality=a.municipality, field_of_action=a.field, start_date=a.start, end_date=a.end, total_costs=a.total,
        requested_amount=a.requested, own_funds=a.own, received_on=a.received))
    print(_("Kleinprojekt {ref} erfasst.").format(ref=number))
    return EXIT_OK


def cmd_proof(ctx: CliContext) -> int:
    from app.micro_projects.simplified_proof import receive_micro_proof

    a = ctx.args
    receive_micro_proof(_uow(ctx), a.file_number, a.total, a.report_text, a.received)
    print(_("Vereinfachter Verwendungsnachweis zu {ref} erfasst.").format(ref=a.file_number))
    return EXIT_OK
