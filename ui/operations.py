"""One way to run a use case from the GUI (in the spirit of Anki's `CollectionOp`).

    Operation(self, self.context, lambda: add_note(uow, file_number, text)) \\
        .success(self._added).failure(self._failed).notice_case(file_number).run()

The work runs off the GUI thread through the context's `Runner`. The wrapper then

- drops the result when it is out of date: the widget that asked is gone, or (with `latest(key)`) a newer
  operation of the same widget for the same target has started since — the slower of two searches must
  not overwrite the newer one;
- routes failures to one place: the given `failure` handler, else the runner's expected-error signal,
  which the main window shows with `ui.errors.show_message`; bugs always reach the crash dialog;
- after a successful write sends the "what changed" notice (`UiContext.changes`) itself, after the
  success handler, and also when the asking widget is gone (the write is stored all the same); every
  view decides on its own whether that concerns it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from app.kernel.errors import FoerderDeskError
from ui.context import UiContext

T = TypeVar("T")

# per asking widget: the newest generation started for each target key (gone with the widget)
_generations: weakref.WeakKeyDictionary[QObject, dict[str, int]] = weakref.WeakKeyDictionary()


def _next_generation(owner: QObject, key: str) -> int:
    counters = _generations.setdefault(owner, {})
    counters[key] = counters.get(key, 0) + 1
    return counters[key]


def _current_generation(owner: QObject, key: str) -> int:
    return _generations.get(owner, {}).get(key, 0)


class Operation(Generic[T]):
    """A use case run for one widget; configure with the chained methods, then `run()`."""

    def __init__(self, owner: QObject, context: UiContext, work: Callable[[], T]) -> None:
        self.owner = owner
        self.context = context
        self.work = work
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[FoerderDeskError], object] | None = None
        self._key: str | None = None
        self._generation = 0
        self._case: Callable[[T], str] | None = None
        self._cases = False
        self._ahead = False

    def success(self, handler: Callable[[T], object]) -> Operation[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[FoerderDeskError], object]) -> Operation[T]:
        self._failure = handler
        return self

    def latest(self, key: str = "load") -> Operation[T]:
        """Only the newest operation of this widget for `key` may show its result (or its error)."""
        self._key = key
        return self

    def ahead(self) -> Operation[T]:
        """Queued before the other waiting operations: what fills the page the user looks at."""
        self._ahead = True
        return self

    def notice_case(self, file_number: str | Callable[[T], str]) -> Operation[T]:
        """After success: one case changed (`file_number`, or taken from the result)."""
        self._case = file_number if callable(file_number) else (lambda _result: file_number)
        return self

    def notice_cases(self) -> Operation[T]:
        """After success: several cases (or what they show: budgets, names, letters) changed."""
        self._cases = True
        return self

    def run(self) -> None:
        if self._key is not None:
            self._generation = _next_generation(self.owner, self._key)
        on_error = self._failed if self._failure is not None or self._key is not None else None
        self.context.runner.submit(self.work, self._done, on_error, ahead=self._ahead)

    # -- back on the GUI thread -----------------------------------------------------------------
    def _out_of_date(self) -> bool:
        if not shiboken6.isValid(self.owner):
            return True  # the widget was closed while the work ran: nobody to show it to
        return self._key is not None and self._generation != _current_generation(self.owner, self._key)

    def _done(self, result: T) -> None:
        try:
            if self._success is not None and not self._out_of_date():
                self._success(result)
        finally:
            self._send_notice(result)  # the write is stored even when its widget is gone: other views follow

    def _failed(self, error: FoerderDeskError) -> None:
        if self._out_of_date():
            return
        if self._failure is not None:
            self._failure(error)
        else:
            self.context.runner.expected_error.emit(error)

    def _send_notice(self, result: Any) -> None:
        changes = self.context.changes
        if self._case is not None:
            changes.case_changed.emit(self._case(result))
        if self._cases:
            changes.cases_changed.emit()
