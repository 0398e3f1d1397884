"""A page that is built when it is first shown or first asked for.

The main window's hidden pages (deadlines, consultations, micro projects) and the case detail below the list are not
seen at start: building them, and importing what they import, would only delay the window (issue 26). A
`DeferredPage` stands in their place, empty and without margins, and builds the page inside itself when it becomes
visible or when code asks for `page`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

P = TypeVar("P", bound=QWidget)


class DeferredPage(QWidget, Generic[P]):
    def __init__(self, build: Callable[[], P], object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._build: Callable[[], P] | None = build
        self._page: P | None = None

    @property
    def built(self) -> bool:
        return self._page is not None

    @property
    def page(self) -> P:
        """The page, built now if it was not yet."""
        if self._page is None:
            assert self._build is not None
            build, self._build = self._build, None  # a build asking for its own page must not build it twice
            self._page = build()
            self._layout.addWidget(self._page)
            self._page.show()  # shown with the stand-in (a child added to a shown widget would wait for the loop)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.page  # noqa: B018 - built the moment it is seen, before the first paint
        super().showEvent(event)
