"""Opens the main window three times in one process on a laptop screen (Qt offscreen, 1366×728) and prints
what each window got, as JSON: left at 1000×640, opened again; then with a remembered size too large for the screen.

    python -m tests.ui.layout.restart_window DATABASE_URL FOLDER      (run by test_laptop_screen.py)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(url: str, folder: Path) -> None:
    screen = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728, "logicalDpi": 96,
                           "logicalBaseDpi": 96, "dpr": 1}]}
    (folder / "screen.json").write_text(json.dumps(screen), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={folder / 'screen.json'}"
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from app.kernel.database import connect
    from tests.fixtures.gui import make_context
    from ui.main_window import MainWindow
    from ui.tasks import Runner
    from ui.window_geometry import settings

    app = QApplication([])
    database, runner = connect(url), Runner()

    def opened() -> MainWindow:
        window = MainWindow(make_context(database, "anna", runner))
        window.show()
        app.processEvents()
        return window

    def seen(window: MainWindow) -> dict[str, object]:
        return {"size": window.size().toTuple(), "pos": window.pos().toTuple(), "maximised": window.isMaximized()}

    report = []
    first = opened()
    report.append(seen(first))
    first.showNormal()
    first.setGeometry(40, 30, 1000, 640)
    app.processEvents()
    report.append(seen(first))
    first.close()
    second = opened()
    report.append(seen(second))
    second.close()
    stored = settings()  # as if left on a large monitor that is no longer there
    stored.setValue("mainWindow/frame", QRect(0, 0, 2400, 1300))
    stored.sync()
    report.append(seen(opened()))
    print(json.dumps(report))
    database.dispose()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
