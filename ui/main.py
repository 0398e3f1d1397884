"""The `foerderdesk` program: the window without a command, the CLI with one.

Qt is imported only when the window starts, so CLI commands stay fast and run
on machines without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli.main import has_command
from app.cli.main import main as cli_main


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if has_command(args):
        return cli_main(args)
    from ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
