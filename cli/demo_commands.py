"""`foerderdesk demo-data [--cases N] [--seed S]`.

The demo data (`demo/`) sit beside the layers and the CLI must not import them: the entry point
(`foerderdesk.main`) registers this command with the generator when the demo data are installed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol

from app.kernel.database import Database
from app.kernel.i18n import _
from app.kernel.identity import os_account
from cli.context import CliContext
from cli.parser import EXIT_OK, Subparsers, whole_number


class DemoGenerator(Protocol):
    def __call__(self, database: Database, cases: int = ..., seed: int = ..., *,
                 extra_supervisor: str | None = ..., progress: Callable[[int, int], bool] | None = ...) -> int: ...


def register(subparsers: Subparsers, generate: DemoGenerator) -> None:
    parser = subparsers.add_parser("demo-data", help=_("Demodaten in eine leere Datenbank schreiben"))
    parser.add_argument("--cases", type=whole_number, default=200, help=_("Zahl der Vorgänge (Standard 200)"))
    parser.add_argument("--seed", type=whole_number, default=1,
                        help=_("Zufallsstartwert (gleicher Wert, gleiche Daten)"))
    parser.set_defaults(func=lambda ctx: cmd_demo(ctx, generate))


def cmd_demo(ctx: CliContext, generate: DemoGenerator) -> int:
    def progress(done: int, total: int) -> bool:
        if sys.stderr.isatty() and (done % 25 == 0 or done == total):
            sys.stderr.write(_("\r{done} von {total} Vorgängen").format(done=done, total=total))
        return True

    count = generate(ctx.database(), ctx.args.cases, ctx.args.seed, extra_supervisor=os_account(),
                     progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(_("Demodaten angelegt: {count} Vorgänge (Startwert {seed}).").format(count=count, seed=ctx.args.seed))
    return EXIT_OK
