"""Screenshot of the applicant file (Trägerakte) with demo data, for the README and the user guide.

    QT_QPA_PLATFORM=offscreen python -m devtools.screenshots.applicants [--out docs/screenshots] [--cases 300]
        [--size 1920x1080] [--tab 2] [--name traegerakte.png]

Creates a throw-away SQLite database with demo data, opens the real main window as a caseworker, opens
"Antragsteller …" with the first demo organisation (every warning of the file shows there) and saves a PNG.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from demo.generator import generate
from demo.mode import demo_users
from devtools.screenshots.window import settle
from ui.applicants.window import ApplicantsWindow, open_applicants
from ui.application import GuiSession, open_database
from ui.style import apply_style

FIRST_ORGANISATION = 1  # "Familienzentrum Sonnenblume e.V.": overdue proof, expiring notice, near-duplicate


def shoot(app: QApplication, session: GuiSession, size: tuple[int, int], tab: int, target: Path) -> None:
    window = session.window
    assert window is not None
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    view: ApplicantsWindow = open_applicants(window, window.context, FIRST_ORGANISATION)
    view.resize(*size)
    left = max(380, int(size[0] * 0.25))
    view.splitter.setSizes([left, size[0] - left])
    settle(app, window, lambda: view.file.view is not None and view.choices is not None
           and view.search.model.rowCount() > 0)
    view.search.select_id(FIRST_ORGANISATION)
    view.file.tabs.setCurrentIndex(tab)
    settle(app, window, lambda: True)
    view.grab().save(str(target))
    print(target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--tab", type=int, default=2, help="0 Daten, 1 Unterlagen, 2 Verlauf")
    parser.add_argument("--name", default="traegerakte.png")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(x) for x in args.size.lower().split("x"))
    app = QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
        generate(database, args.cases, seed=1)
        session = GuiSession(database, "mueller", demo_users)
        shoot(app, session, (width, height), args.tab, out / args.name)
        session.window.close()  # type: ignore[union-attr]
        database.dispose()


if __name__ == "__main__":
    main()
