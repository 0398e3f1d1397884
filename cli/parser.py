"""argparse with German usage errors (exit code 2) instead of English ones; the program's global options."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TypeAlias

from app import __version__
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.validation import ascii_int
from db.enums import Status

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class GermanArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(
            _("Fehlerhafter Aufruf von »{prog}«: {message}\nHilfe: {prog} --help\n").format(
                prog=self.prog, message=message
            )
        )
        raise SystemExit(EXIT_USAGE)


def whole_number(text: str) -> int:
    """argparse type of a whole number: digits 0–9 only (int() would read "١٢٣" as 123)."""
    try:
        return ascii_int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("»{value}« ist keine ganze Zahl (nur die Ziffern 0–9).").format(value=text)) from None


# what `add_subparsers` returns; a string because argparse's class is generic only in the type stubs
Subparsers: TypeAlias = "argparse._SubParsersAction[GermanArgumentParser]"


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options before any command (window, command line, benchmarks): parsed once by the entry point
    (`foerderdesk.main`), and shown in the command line's help."""
    parser.add_argument("--version", action="version", version=f"FörderDesk {__version__}")
    parser.add_argument("--db", metavar="URL", help=_("Datenbank (sqlite:///… oder postgresql+psycopg://…)"))
    parser.add_argument("--user", metavar="NAME",
                        help=_("Als dieser Benutzer handeln (Standard: das angemeldete Benutzerkonto; am "
                               "Einzelplatz mit dem FörderDesk-Passwort dieses Benutzers)"))
    parser.add_argument("--password-stdin", dest="sign_in_stdin", action="store_true", default=None,
                        help=_("Das Passwort für --user als eine Zeile von der Standardeingabe lesen"))


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("Ausgabe als JSON"))


def parse_statuses(values: list[str] | None) -> tuple[Status, ...]:
    """`--status` values as workflow states; an unknown one is refused, naming it and the possible ones."""
    result = []
    for value in values or []:
        try:
            result.append(Status(value))
        except ValueError:
            raise ValidationError(_("Unbekannter Status »{value}«; möglich: {all}.").format(
                value=value, all=", ".join(s.value for s in Status))) from None
    return tuple(result)
