"""The command line's argparse helpers: German usage errors (exit code 2, `cli.global_options`), whole numbers,
workflow states, `--json`."""

from __future__ import annotations

import argparse
from typing import TypeAlias

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.validation import ascii_int
from cli.global_options import EXIT_USAGE, GermanArgumentParser, add_global_options
from db.enums import Status

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "GermanArgumentParser", "Subparsers", "add_global_options",
           "add_json_flag", "parse_statuses", "whole_number"]

EXIT_OK = 0
EXIT_FAILED = 1


def whole_number(text: str) -> int:
    """argparse type of a whole number: digits 0–9 only (int() would read "١٢٣" as 123)."""
    try:
        return ascii_int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("»{value}« ist keine ganze Zahl (nur die Ziffern 0–9).").format(value=text)) from None


# what `add_subparsers` returns; a string because argparse's class is generic only in the type stubs
Subparsers: TypeAlias = "argparse._SubParsersAction[GermanArgumentParser]"


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
