"""Entry of the command-line interface: parse, run, translate errors to exit codes.

Exit codes: 0 done, 1 refused or failed (German message on stderr), 2 usage.
The program's entry point (`foerderdesk.main`) parses the global options and calls `run` with the command;
it also adds the commands of parts beside the layers (`demo-data`), which the CLI must not import.
A traceback never reaches the user; unexpected errors are summarised in one
sentence and the details go to the log file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _
from app.kernel.logs import log_file
from cli.context import CliContext
from cli.parser import EXIT_FAILED, EXIT_USAGE, GermanArgumentParser, Subparsers, add_global_options

COMMAND_MODULES = (
    "cli.db_commands",
    "cli.user_commands",
    "cli.case_commands",
    "cli.audit_commands",
    "cli.workflow_commands",
    "cli.applicant_commands",
    "cli.excel_commands",
    "cli.letter_commands",
    "cli.socialplan_commands",
    "cli.review_commands",
    "cli.payment_commands",
    "cli.proof_commands",
    "cli.consultation_commands",
    "cli.setup_commands",
    "cli.form_commands",
    "cli.state_commands",
    "cli.micro_commands",
)

GLOBAL_OPTIONS = ("db", "user", "sign_in_stdin")

# adds a command to the subparsers (e.g. `demo-data`, registered by the entry point when demo data exist)
Register = Callable[[Subparsers], None]

log = logging.getLogger(__name__)


def build_parser(extra_commands: Sequence[Register] = ()) -> GermanArgumentParser:
    parser = GermanArgumentParser(
        prog="foerderdesk",
        description=_("FörderDesk – Fördermittelverwaltung. Ohne Befehl startet die Programmoberfläche."),
    )
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    for register in extra_commands:
        register(sub)
    return parser


def run(argv: Sequence[str] | None = None, options: argparse.Namespace | None = None,
        extra_commands: Sequence[Register] = ()) -> int:
    """Run the command in `argv`; `options` are the global options the entry point parsed before it (a
    command's own `--user` wins over the global one, as it always has)."""
    parser = build_parser(extra_commands)
    args = parser.parse_args(argv)
    for name in GLOBAL_OPTIONS:
        if getattr(args, name, None) is None:
            setattr(args, name, getattr(options, name, None))
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


def main(argv: Sequence[str] | None = None, options: argparse.Namespace | None = None,
         extra_commands: Sequence[Register] = ()) -> int:
    from app.kernel.logs import configure_logging

    configure_logging()
    return run(argv, options, extra_commands)


__all__ = ["EXIT_USAGE", "Register", "build_parser", "main", "run"]
