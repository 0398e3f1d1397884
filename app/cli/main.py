"""Entry of the command-line interface: parse, run, translate errors to exit codes.

Exit codes: 0 done, 1 refused or failed (German message on stderr), 2 usage.
A traceback never reaches the user; unexpected errors are summarised in one
sentence and the details go to the log file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from app import __version__
from app.cli.context import CliContext
from app.cli.parser import EXIT_FAILED, EXIT_USAGE, GermanArgumentParser
from app.errors import FoerderDeskError
from app.i18n import _
from app.logs import log_file

COMMAND_MODULES = (
    "app.cli.db_commands",
    "app.cli.user_commands",
    "app.cli.case_commands",
    "app.cli.audit_commands",
    "app.cli.demo_commands",
    "app.cli.workflow_commands",
    "app.cli.applicant_commands",
    "app.cli.excel_commands",
    "app.cli.letter_commands",
    "app.cli.socialplan_commands",
    "app.cli.payment_commands",
    "app.cli.proof_commands",
)

log = logging.getLogger(__name__)


def build_parser() -> GermanArgumentParser:
    parser = GermanArgumentParser(
        prog="foerderdesk",
        description=_("FörderDesk – Fördermittelverwaltung. Ohne Befehl startet die Programmoberfläche."),
    )
    parser.add_argument("--version", action="version", version=f"FörderDesk {__version__}")
    parser.add_argument("--db", metavar="URL", help=_("Datenbank (sqlite:///… oder postgresql+psycopg://…)"))
    parser.add_argument("--user", metavar="NAME", help=_("Handelnder Benutzer (Standard: Anmeldename)"))
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        parser.print_help()
        return EXIT_USAGE
    ctx = CliContext(args)
    try:
        return int(args.func(ctx))
    except FoerderDeskError as exc:
        sys.stderr.write(f"{exc.message}\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        sys.stderr.write(_("Abgebrochen.\n"))
        return EXIT_FAILED
    except Exception:  # a bug: one sentence for the user, details in the log
        log.exception("unexpected error in CLI command %s", args.command)
        sys.stderr.write(_("Unerwarteter Fehler; Einzelheiten stehen in {path}.\n").format(path=log_file()))
        return EXIT_FAILED
    finally:
        ctx.close()


def main(argv: Sequence[str] | None = None) -> int:
    from app.logs import configure_logging

    configure_logging()
    return run(argv)


def has_command(argv: Sequence[str]) -> bool:
    """True if `argv` names a CLI command or asks for help/version (else: start the GUI)."""
    if any(a in ("-h", "--help", "--version") for a in argv):
        return True  # answered by the CLI parser; parsing here would print the help twice
    parser = build_parser()
    try:
        known, _rest = parser.parse_known_args(list(argv))
    except SystemExit:
        return True
    return known.command is not None or any(a in ("-h", "--help", "--version") for a in argv)


__all__ = ["EXIT_USAGE", "argparse", "has_command", "main", "run"]
