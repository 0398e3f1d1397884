"""The `foerderdesk` program: the window without a command, the CLI with one, the benchmarks with `bench`.

The global options (`--db`, `--user`, `--version`, `--help`) are parsed here, once, before any command;
then one of the three is started. This package sits above the layers: `ui` and `cli` know nothing of each
other, of the benchmarks (`bench/`, a development tool that is not shipped) or of the demo data (`demo/`),
which are handed to them from here when they are installed.

Qt is imported only when the window starts, so CLI commands stay fast and run on machines without a display;
nothing that builds translated labels is imported before the language is chosen.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from app.kernel.i18n import _, choose_language, install_language
from cli.global_options import GermanArgumentParser, add_global_options  # not cli.parser: the window starts faster
from foerderdesk.collector import collector_paused

if TYPE_CHECKING:
    from app.kernel.database import Database
    from cli.parser import Subparsers
    from ui.demo_offer import DemoOffer

BENCH = "bench"


def main(argv: Sequence[str] | None = None) -> int:
    # before any module builds its translated labels (permissions, statuses, settings) at import time
    install_language(choose_language())
    return run(sys.argv[1:] if argv is None else argv, configure_logs=True)


def run(argv: Sequence[str], *, configure_logs: bool = False) -> int:
    """Dispatch `argv` (without the program name); `configure_logs` is off in tests calling it directly."""
    options = parse_global_options(argv)
    if options.help:  # the full help lists the commands too: the CLI's parser answers it
        return _cli(["--help"], options, configure_logs)
    if options.command is None:
        window_module()
        from ui.application import run_gui  # imported by now

        return run_gui(options.db, options.user, demo_offer())
    if options.command == BENCH:
        return bench(options.arguments)
    return _cli([options.command, *options.arguments], options, configure_logs)


def parse_global_options(argv: Sequence[str]) -> argparse.Namespace:
    """The options before the command, then the command and its arguments (left to whoever runs it)."""
    parser = GermanArgumentParser(prog="foerderdesk", add_help=False)
    parser.add_argument("-h", "--help", action="store_true")
    add_global_options(parser)
    parser.add_argument("command", nargs="?")
    parser.add_argument("arguments", nargs=argparse.REMAINDER)
    return parser.parse_args(list(argv))


def window_module() -> ModuleType:
    """`ui.application`, with everything the window's start needs, imported with the cycle collector paused (the
    benchmark of the start imports it the same way)."""
    with collector_paused():
        import ui.application
    return ui.application


def _cli(argv: list[str], options: argparse.Namespace, configure_logs: bool) -> int:
    with collector_paused():
        from cli import main as cli

    return (cli.main if configure_logs else cli.run)(argv, options, demo_commands())


def bench(args: list[str]) -> int:
    """`foerderdesk bench`: the benchmarks make their own throw-away databases (`--db`/`--user` do not apply).

    They are a development tool, in the source tree but neither in the wheel nor in the bundle, so they are
    looked up by name like a plug-in: nothing shipped imports them (an import contract says so)."""
    if importlib.util.find_spec(BENCH) is None:
        sys.stderr.write(_("Die Messungen (bench/) gehören nicht zu dieser Installation; "
                           "sie laufen aus dem Quellbaum: python -m foerderdesk bench\n"))
        return 1
    suite = importlib.import_module(f"{BENCH}.suite")
    return int(suite.main(args))


# -- demo data: offered by the window's first start and the `demo-data` command when `demo/` is installed --

def demo_available() -> bool:
    return importlib.util.find_spec("demo") is not None


def generate_demo(database: Database, cases: int = 200, seed: int = 1, *, extra_supervisor: str | None = None,
                  progress: Callable[[int, int], bool] | None = None) -> int:
    """`demo.generator.generate`, imported only when demo data are made (it needs most of `app`)."""
    from demo.generator import generate

    return generate(database, cases, seed, extra_supervisor=extra_supervisor, progress=progress)


def demo_offer() -> DemoOffer | None:
    """What the window needs from the demo data (`ui.demo_offer.DemoOffer`), or None without them."""
    if not demo_available():
        return None
    from demo.mode import demo_users
    from ui.demo_offer import DemoOffer

    return DemoOffer(generate=generate_demo, users=demo_users)


def demo_commands() -> list[Callable[[Subparsers], None]]:
    """The `demo-data` command when the demo data are installed."""
    if not demo_available():
        return []
    from cli import demo_commands

    return [lambda subparsers: demo_commands.register(subparsers, generate_demo)]
