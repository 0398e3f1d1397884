"""Screenshots of every main view on a laptop screen (1366×768, task bar 40 px), optionally at 125 % scaling.

    python -m devtools.screenshots.laptop [--out docs/screenshots] [--cases 300] [--scale 1.25]

Runs Qt's offscreen platform with one screen of 1366×728 (1366×768 less the task bar), so the windows open
the way they open on such a laptop (the main window takes the available area; other windows fit in it).
Shoots the start page, a case in each tab group (Antrag, Prüfung, Entscheidung, Geld, Nachweis, Akte), the
deadline list, the social-plan coverage, the payment runs, the administration and the applicant file.
With `--scale 1.25` (Windows' default on many office screens) the same screen has 1093×582 logical pixels;
the files end in `-125.png` instead of `-1366.png`.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

SCREEN = (1366, 728)  # 1366×768 less a 40 px task bar: what a maximised window gets


def offscreen_screen(folder: Path, scale: float) -> None:
    """Before the QApplication exists: the offscreen platform with one laptop-sized screen."""
    config = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    path = folder / "screen.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")  # the window geometry stays out of the user's settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        offscreen_screen(Path(folder), args.scale)
        from devtools.screenshots.laptop_views import shoot_all

        suffix = "-1366" if args.scale == 1 else f"-{round(args.scale * 100)}"
        shoot_all(Path(folder), args.cases, lambda name: out / f"{name}{suffix}.png")


if __name__ == "__main__":
    main()
