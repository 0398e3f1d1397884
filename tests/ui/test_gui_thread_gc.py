"""A widget freed by Python's cycle collector is freed on the GUI thread, never on a job's thread (ui/gui_thread_gc.py).

Without it, a collection started by a job's allocations destroyed a closed dialog on the worker thread: Qt warned
"QBasicTimer::stop: Failed. Possibly trying to stop from a different thread" and the process crashed.
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.tasks import Runner


def _allocate() -> list[list[int]]:
    """A job that allocates (and keeps) enough objects to start several automatic collections, were they on."""
    return [[index] for index in range(50_000)]


def test_cycles_are_collected_on_the_gui_thread_only(qtbot: QtBot, runner: Runner) -> None:
    assert not gc.isenabled()  # the runner switched the automatic collector off
    gui_thread = threading.get_ident()
    freed_on: list[int] = []

    def make_garbage() -> weakref.ref[QWidget]:
        widget = QWidget()
        QLabel("im Kreis", widget)
        widget.cycle = widget  # type: ignore[attr-defined]  # a cycle: only the collector frees it
        # a weak reference's callback runs on the thread that frees the widget (a signal would be queued to ours)
        return weakref.ref(widget, lambda _gone: freed_on.append(threading.get_ident()))

    watch = make_garbage()

    done: list[list[list[int]]] = []
    for _ in range(4):
        runner.submit(_allocate, done.append)
    runner.pool.waitForDone()  # the GUI thread allocates nothing while the jobs run
    qtbot.waitUntil(lambda: len(done) == 4 and bool(freed_on), timeout=20000)
    assert freed_on == [gui_thread] and watch() is None
