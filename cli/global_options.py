"""The program's global options and the German argparse parser, without the command line's commands.

The entry point (`foerderdesk.main`) parses these before it knows whether the window or a command runs, so this
module imports nothing the window's start does not need (issue 26): the version is looked up only for `--version`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from app.kernel.i18n import _

EXIT_USAGE = 2


class GermanArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(
            _("Fehlerhafter Aufruf von »{prog}«: {message}\nHilfe: {prog} --help\n").format(
                prog=self.prog, message=message
            )
        )
        raise SystemExit(EXIT_USAGE)


class VersionAction(argparse.Action):
    """argparse's `action="version"`, with the installed version looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: Any = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> NoReturn:
        from app import __version__

        sys.stdout.write(f"FörderDesk {__version__}\n")
        parser.exit()


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options before any command (window, command line, benchmarks): parsed once by the entry point
    (`foerderdesk.main`), and shown in the command line's help."""
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("--db", metavar="URL", help=_("Datenbank (sqlite:///… oder postgresql+psycopg://…)"))
    parser.add_argument("--user", metavar="NAME",
                        help=_("Als dieser Benutzer handeln (Standard: das angemeldete Benutzerkonto; am "
                               "Einzelplatz mit dem FörderDesk-Passwort dieses Benutzers)"))
    parser.add_argument("--password-stdin", dest="sign_in_stdin", action="store_true", default=None,
                        help=_("Das Passwort für --user als eine Zeile von der Standardeingabe lesen"))
