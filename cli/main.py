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
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _
from app.kernel.logs import log_file
from cli.context import CliContext
from cli.parser import EXIT_FAILED, EXIT_USAGE, GermanArgumentParser

COMMAND_MODULES = (
    "cli.db_commands",
    "cli.user_commands",
    "cli.case_commands",
    "cli.audit_commands",
    "cli.demo_commands",
    "cli.workflow_commands",
    "cli.applicant_commands",
    "cli.excel_commands",
    "cli.letter_commands",
    "cli.socialplan_commands",
    "cli.payment_commands",
    "cli.proof_commands",
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
    from app.kernel.logs import configure_logging

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
