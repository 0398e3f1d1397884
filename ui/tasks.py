"""Database work off the GUI thread.

`Runner.submit(fn, on_done)` runs `fn` on Qt's thread pool and calls `on_done(result)` back on the GUI
thread. Expected errors (`FoerderDeskError`: refused action, lost connection, conflict) go to `on_error`
or, by default, to one German message box; anything else goes to the crash dialog. Widgets do not call
`submit` themselves: they run use cases through `ui.operations.Operation`, which drops results out of date
and sends the change notice.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

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


class _Dispatcher(QObject):
    """Carries each job's result from the pool's thread to the GUI thread.

    One per process, made on the GUI thread and never deleted: a job's thread emits on it, so no object a thread
    emits on can be deleted by the GUI thread in the middle of the emit (a runner closed with its window, or a
    per-job signal object freed once its result was delivered, crashed the process now and then)."""

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[int, Runner] = {}
        self.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object)
    def _done(self, job: int, result: object) -> None:
        runner = self._runner(job)
        if runner is not None:
            runner._finish(job, result)

    @Slot(int, object)
    def _failed(self, job: int, exc: object) -> None:
        runner = self._runner(job)
        if runner is not None:
            runner._fail(job, exc)  # type: ignore[arg-type]

    def _runner(self, job: int) -> Runner | None:
        """The runner that started `job`, unless it went with its window meanwhile: then nobody waits for it."""
        runner = self.pending.pop(job, None)
        return runner if runner is not None and shiboken6.isValid(runner) else None


_dispatcher: _Dispatcher | None = None
_job_numbers = itertools.count(1)


def _the_dispatcher() -> _Dispatcher:
    """The process's dispatcher, made on first use (on the GUI thread: runners are made there)."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], number: int, dispatcher: _Dispatcher) -> None:
        super().__init__()
        self.fn, self.number, self.dispatcher = fn, number, dispatcher
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self._deliver(self.dispatcher.failed, exc)
        else:
            self._deliver(self.dispatcher.done, result)

    def _deliver(self, signal: Any, value: object) -> None:
        """Hands the outcome to the GUI thread, unless the process is ending: the application quit while this job
        ran and the interpreter's shutdown already freed the dispatcher, so nobody is left to show it."""
        if not shiboken6.isValid(self.dispatcher):
            return
        try:
            signal.emit(self.number, value)
        except RuntimeError as exc:
            if "deleted" not in str(exc):
                raise


AHEAD = 1  # QThreadPool priority of a job queued `ahead` (the others have 0)


class Runner(QObject):
    """Starts jobs and tracks how many are running (for the busy indicator and for tests)."""

    busy_changed = Signal(bool)
    expected_error = Signal(object)  # FoerderDeskError not handled by the caller
    unexpected_error = Signal(object)  # a bug: shown in the crash dialog

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_on_gui_thread()  # a widget freed by the cycle collector must never be freed on a job's thread
        self.pool = QThreadPool.globalInstance()
        self.dispatcher = _the_dispatcher()
        self.running = 0
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Callable[[FoerderDeskError], None] | None]] = {}

    @property
    def busy(self) -> bool:
        return self.running > 0

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[FoerderDeskError], None] | None = None, *, ahead: bool = False) -> None:
        """Queue `fn` for the pool; `ahead` puts it before the jobs still waiting (what the user looks at)."""
        number = next(_job_numbers)
        self._callbacks[number] = (on_done, on_error)
        self.dispatcher.pending[number] = self
        self._started()
        self.pool.start(_Job(fn, number, self.dispatcher), AHEAD if ahead else 0)

    def _started(self) -> None:
        self.running += 1
        if self.running == 1:
            self.busy_changed.emit(True)

    def _stopped(self, number: int) -> None:
        self._callbacks.pop(number, None)
        self.running -= 1
        if self.running == 0:
            self.busy_changed.emit(False)

    def _finish(self, number: int, result: Any) -> None:
        on_done = self._callbacks.get(number, (None, None))[0]
        try:
            if on_done is not None:
                on_done(result)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            # the widget that asked was closed meanwhile (window closed, user switched): nothing to show
        finally:
            self._stopped(number)

    def _fail(self, number: int, exc: BaseException) -> None:
        on_error = self._callbacks.get(number, (None, None))[1]
        try:
            if isinstance(exc, FoerderDeskError):
                if on_error is not None:
                    on_error(exc)
                else:
                    self.expected_error.emit(exc)
            else:
                self.unexpected_error.emit(exc)
        finally:
            self._stopped(number)


def finish_jobs(timeout_ms: int = 30_000) -> bool:
    """At the application's end: waits for the jobs still queued or running (a panel's query, a save the user
    started just before closing), so that none is lost and no pool thread runs Python while the interpreter shuts
    down. True when all ended within `timeout_ms`."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
