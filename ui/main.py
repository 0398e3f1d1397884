"""The `foerderdesk` program: the window without a command, the CLI with one.

Qt is imported only when the window starts, so CLI commands stay fast and run
on machines without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.kernel.i18n import choose_language, install_language
from cli.main import has_command
from cli.main import main as cli_main


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["bench"]:
        return bench(args[1:])
    # before any module builds its translated labels (permissions, statuses, settings) at import time
    install_language(choose_language())
    if has_command(args):
        return cli_main(args)
    from ui.application import run_gui

    return run_gui(args)


def bench(args: list[str]) -> int:
    """`foerderdesk bench`: the benchmark suite lives in `bench/`, which `app/` must not import – so it is
    dispatched here, before the CLI, and imported only when asked for."""
    try:
        from bench.suite import main as bench_main
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("bench"):
            raise
        sys.stderr.write("Die Messungen (bench/) gehören nicht zu dieser Installation; "
                         "sie laufen aus dem Quellbaum nach »pip install -e .«.\n")
        return 1
    return bench_main(args)


if __name__ == "__main__":
    sys.exit(main())
