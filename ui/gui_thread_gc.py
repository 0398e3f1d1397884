"""Python's cycle collector runs on the GUI thread only.

A closed dialog or panel that sits in a reference cycle (a slot that refers back to its widget) is freed by the
cycle collector, not by reference counting. Python starts a collection in whichever thread happens to allocate —
often a `ui.tasks.Runner` job reading from the database — and Qt then destroys the widget on that worker thread:
"QBasicTimer::stop: Failed. Possibly trying to stop from a different thread", then a crash. So the automatic
collector is switched off and a timer on the GUI thread collects with the same thresholds (as qutebrowser does).
"""

from __future__ import annotations

import atexit
import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
NAME = "foerderdeskGuiThreadCollector"


class GuiThreadCollector(QObject):
    """Collects the generations whose counts passed Python's own thresholds, every `INTERVAL_MS` on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


def collect_on_gui_thread() -> None:
    """Once per application (idempotent): from now on, cycles are collected on the GUI thread only."""
    app = QCoreApplication.instance()
    if app is None or app.findChild(GuiThreadCollector, NAME) is not None:
        return
    GuiThreadCollector(app)
    atexit.register(_collect_before_exit)


def _collect_before_exit() -> None:
    """Free the cycles while Qt is still there: the interpreter's last collection comes after it."""
    gc.collect()
    gc.enable()
