"""Screenshots of the main window with demo data, for the README and the user guide.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots [--out docs/screenshots] [--cases 300]

Creates a throw-away SQLite database with demo data, opens the real window as a caseworker and as a
supervisor at 1920×1080 and 1366×768, selects a case and saves PNG files; last the social-plan coverage
window of a supervisor.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.demo.generator import generate
from ui.application import GuiSession, open_database
from ui.main_window import MainWindow
from ui.style import apply_style


def settle(app: QApplication, window: MainWindow, until: Callable[[], bool], timeout_ms: int = 10000) -> None:
    """Process events until the condition holds and no background job runs."""
    waited = 0
    while waited < timeout_ms and not (until() and not window.context.runner.busy):
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
    app.processEvents()


def shoot(app: QApplication, session: GuiSession, user: str, size: tuple[int, int], status: str, tab: int,
          target: Path) -> None:
    window = session.open_window(user)
    window.resize(*size)
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    window.case_list.filters.set_status(status)
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    window.case_list.view.selectRow(2)
    settle(app, window, lambda: window.case_detail.detail is not None)
    window.case_detail.tabs.setCurrentIndex(tab)
    settle(app, window, lambda: True)
    window.grab().save(str(target))
    print(f"{target}")


def shoot_coverage(app: QApplication, session: GuiSession, user: str, size: tuple[int, int], target: Path) -> None:
    """The social-plan coverage window with the demo plan over all its years."""
    from ui.social_plan.coverage_view import CoverageView

    window = session.open_window(user)
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    window.coverage_action.trigger()
    view = window.findChild(CoverageView)
    assert view is not None
    view.resize(*size)
    settle(app, window, lambda: view.report is not None)
    view.grab().save(str(target))
    view.close()
    print(f"{target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--cases", type=int, default=300)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
        generate(database, args.cases, seed=1)
        session = GuiSession(database, "mueller")
        shoot(app, session, "mueller", (1920, 1080), "funding", 5, out / "hauptfenster-1920.png")
        shoot(app, session, "mueller", (1920, 1080), "eligibility_check", 2, out / "pruefung-1920.png")
        shoot(app, session, "mueller", (1920, 1080), "social_plan_review", 1, out / "finanzierungsplan-1920.png")
        shoot(app, session, "weber", (1366, 768), "decision_proposed", 4, out / "entscheidung-1366.png")
        shoot(app, session, "mueller", (1366, 768), "closed", 9, out / "verlauf-1366.png")
        shoot_coverage(app, session, "weber", (1920, 1080), out / "sozialplan-abdeckung.png")
        session.window.close()  # type: ignore[union-attr]
        database.dispose()


if __name__ == "__main__":
    main()
