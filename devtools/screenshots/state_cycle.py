"""Screenshots of the state cycle with demo data: the application to the Land and the decision list as PNG pages
(rendered with pypdfium2; pdftoppm is not on every machine) and the window "Landesprogramm" at 1366×768.

    QT_QPA_PLATFORM=offscreen python -m devtools.screenshots.state_cycle [--out docs/screenshots] [--db URL]
    python -m devtools.screenshots.state_cycle --scale 1.25 [--db URL]     # the window only, laptop at 125 %

Without `--db`, a throw-away SQLite database with 80 demo cases is created first. With `--scale`, the window is shot
on the laptop screen of `devtools.screenshots.laptop` (1366×768 less the task bar) at that scaling, at the size it
opens with there; the files end in `-125.png` instead of `-1366.png`.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.kernel import clock
from app.kernel.database import Database
from app.kernel.uow import UnitOfWork
from app.state_cycle.documents import application_bytes, decision_list_bytes
from demo.generator import generate
from demo.mode import demo_users
from devtools.screenshots.laptop import offscreen_screen
from ui.application import GuiSession, open_database
from ui.state_cycle.window import StateCycleWindow, open_state_cycle
from ui.style import apply_style

USER = "mueller"


def settle(app: QApplication, view: StateCycleWindow, until: Callable[[], bool], timeout_ms: int = 15000) -> None:
    waited = 0
    while waited < timeout_ms and not (until() and not view.context.runner.busy):
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
    app.processEvents()


def pages(pdf: bytes, target: Path) -> None:
    """The first page as `target`, further pages as `<stem>-2.png` …"""
    document = pypdfium2.PdfDocument(pdf)
    for index in range(len(document)):
        name = target if index == 0 else target.with_name(f"{target.stem}-{index + 1}.png")
        document[index].render(scale=1.4).to_pil().save(name)
        print(name)


def documents(database: Database, out: Path) -> None:
    year = clock.today().year + 1
    pages(application_bytes(UnitOfWork(database, USER), year, "pdf"), out / "land-antrag.png")
    pages(decision_list_bytes(UnitOfWork(database, USER), year, "pdf"), out / "beschlussliste.png")


def window(app: QApplication, database: Database, out: Path, suffix: str = "-1366") -> None:
    session = GuiSession(database, USER, demo_users)
    main = session.window
    assert main is not None
    view = open_state_cycle(main, main.context)
    if suffix == "-1366":
        view.resize(1366, 768)
    settle(app, view, lambda: view.application.figures is not None and view.decisions.found is not None)
    for tab, name in ((view.application, f"landesprogramm-antrag{suffix}.png"),
                      (view.decisions, f"landesprogramm-beschlussliste{suffix}.png"),
                      (view.periods, f"landesprogramm-planperioden{suffix}.png")):
        view.show_tab(tab)
        settle(app, view, lambda: True)
        view.grab().save(str(out / name))
        print(f"{out / name} ({view.width()}×{view.height()})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--db")
    parser.add_argument("--scale", type=float, help="laptop screen at this scaling, e.g. 1.25 (window only)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        if args.scale:
            offscreen_screen(Path(folder), args.scale)
        app = QApplication([])
        apply_style(app)
        url = args.db or f"sqlite:///{Path(folder) / 'demo.sqlite3'}"
        database = open_database(url)
        if not args.db:
            generate(database, cases=80)
        if args.scale:
            window(app, database, out, f"-{round(args.scale * 100)}")
            return
        documents(database, out)
        window(app, database, out)


if __name__ == "__main__":
    main()
