"""Database work off the GUI thread.

`Runner.submit(fn, on_done)` runs `fn` on Qt's thread pool and calls `on_done(result)` back on the GUI
thread. Expected errors (`FoerderDeskError`: refused action, lost connection, conflict) go to `on_error`
or, by default, to one German message box; anything else goes to the crash dialog. Widgets do not call
`submit` themselves: they run use cases through `ui.operations.Operation`, which drops results out of date
and sends the change notice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.kernel.errors import FoerderDeskError
from ui.gui_thread_gc import collect_on_gui_thread


class CancelToken:
    """Checked by long operations between steps; `cancel()` is thread-safe."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self._deliver("failed", exc)
        else:
            self._deliver("done", result)

    def _deliver(self, name: str, value: object) -> None:
        try:
            getattr(self.signals, name).emit(value)
        except RuntimeError as exc:
            if "deleted" not in str(exc):
                raise
            # the runner went with its window (closed, user switched) while the job ran: nobody waits for it


class Runner(QObject):
    """Starts jobs and tracks how many are running (for the busy indicator and for tests)."""

    busy_changed = Signal(bool)
    expected_error = Signal(object)  # FoerderDeskError not handled by the caller
    unexpected_error = Signal(object)  # a bug: shown in the crash dialog

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_on_gui_thread()  # a widget freed by the cycle collector must never be freed on a job's thread
        self.pool = QThreadPool.globalInstance()
        self.running = 0
        self._keep: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return self.running > 0

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[FoerderDeskError], None] | None = None) -> None:
        signals = _Signals(self)
        self._keep.add(signals)
        signals.done.connect(lambda result: self._finish(signals, on_done, result))
        signals.failed.connect(lambda exc: self._fail(signals, on_error, exc))
        self._started()
        self.pool.start(_Job(fn, signals))

    def _started(self) -> None:
        self.running += 1
        if self.running == 1:
            self.busy_changed.emit(True)

    def _stopped(self, signals: _Signals) -> None:
        self._keep.discard(signals)
        signals.deleteLater()
        self.running -= 1
        if self.running == 0:
            self.busy_changed.emit(False)

    def _finish(self, signals: _Signals, on_done: Callable[[Any], None] | None, result: Any) -> None:
        try:
            if on_done is not None:
                on_done(result)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            # the widget that asked was closed meanwhile (window closed, user switched): nothing to show
        finally:
            self._stopped(signals)

    def _fail(self, signals: _Signals, on_error: Callable[[FoerderDeskError], None] | None,
              exc: BaseException) -> None:
        try:
            if isinstance(exc, FoerderDeskError):
                if on_error is not None:
                    on_error(exc)
                else:
                    self.expected_error.emit(exc)
            else:
                self.unexpected_error.emit(exc)
        finally:
            self._stopped(signals)
