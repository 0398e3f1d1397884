"""A tab or page that loads its data only while it is shown.

Most tabs of a case are never opened in a session; loading them all on every change would cost a query
each. So a change (or a new case) only marks the tab stale, and a stale tab loads when it is shown.
Subclasses implement `load()`; the data arrive through `ui.operations.Operation(...).latest()`, so the
answer to an older load never overwrites a newer one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.cases.detail import CaseDetail


class LazyTab(QWidget):
    def __init__(self, parent: QWidget | None = None, *, stale: bool = False) -> None:
        super().__init__(parent)
        self.stale = stale  # True: the data shown are out of date (or not loaded yet)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stale:
            self.reload()

    def refresh(self) -> None:
        """Something changed: load now if shown, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Load now, whether shown or not."""
        self.stale = False
        self.load()

    def load(self) -> None:
        raise NotImplementedError


class LazyCaseTab(LazyTab):
    """A lazy tab of the case detail: `show_case` notes the case, `load_case` loads its part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None

    def show_case(self, detail: CaseDetail) -> None:
        """Remember the case; its data are loaded when the tab is (or becomes) visible."""
        self.detail = detail
        self.refresh()

    def load(self) -> None:
        if self.detail is not None:
            self.load_case(self.detail.file_number)

    def load_case(self, file_number: str) -> None:
        raise NotImplementedError
