"""The tabs of a case in groups (Antrag · Prüfung · Entscheidung · Geld · Nachweis · Akte), two levels.

Thirteen tabs in one row do not fit a laptop screen (1366×768, 125 % scaling): the groups do, and each
group holds a few pages. `CaseTabs` still answers like one flat `QTabWidget` over all pages (`count`,
`widget`, `indexOf`, `tabText`, `currentWidget`, `setCurrentWidget`, `currentChanged`), so code and tests
that go to a page by its widget need not know the group.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget


class CaseTabs(QWidget):
    """Group tabs above, each with its own inner tabs; the inner bar hides when a group holds one page."""

    currentChanged = Signal(int)  # noqa: N815 - the flat index, as QTabWidget names it

    def __init__(self, parent: QWidget | None = None, objectName: str = "caseTabs") -> None:  # noqa: N803
        super().__init__(parent)
        self.setObjectName(objectName)
        self.groups = QTabWidget(objectName="caseTabGroups")
        self.groups.setUsesScrollButtons(False)  # every group always visible: that is the point of grouping
        self.pages: list[QWidget] = []  # flat, in the order added (group by group)
        self._containers: dict[QWidget, QScrollArea] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.groups)
        self.groups.currentChanged.connect(lambda _i: self._emit_current())

    # -- building -----------------------------------------------------------------------------
    def add_group(self, title: str, name: str) -> QTabWidget:
        inner = QTabWidget(objectName=f"caseGroup-{name}")
        inner.setDocumentMode(True)
        inner.setTabBarAutoHide(True)
        inner.currentChanged.connect(lambda _i: self._emit_current())
        self.groups.addTab(inner, title)
        return inner

    def add_page(self, group: QTabWidget, widget: QWidget, title: str, min_height: int = 0) -> None:
        """A page in a scroll area: on a low screen it scrolls instead of squashing its fields and tables
        (`min_height`: the least height its tables need to stay readable)."""
        if min_height:
            widget.setMinimumHeight(min_height)
        scroll = QScrollArea(objectName=f"page-{widget.objectName() or type(widget).__name__}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        group.addTab(scroll, title)
        self.pages.append(widget)
        self._containers[widget] = scroll

    def replace_page(self, old: QWidget, widget: QWidget, min_height: int = 0) -> None:
        """Put `widget` where the page `old` stands (same group, title and place) and drop `old`: a page built on
        first use replaces its stand-in."""
        scroll = self._containers.pop(old)
        if min_height:
            widget.setMinimumHeight(min_height)
        scroll.setObjectName(f"page-{widget.objectName() or type(widget).__name__}")
        scroll.setWidget(widget)  # deletes `old`
        self.pages[self.pages.index(old)] = widget
        self._containers[widget] = scroll

    def _group_tabs(self) -> list[QTabWidget]:
        return [tabs for i in range(self.groups.count()) if isinstance(tabs := self.groups.widget(i), QTabWidget)]

    def group_of(self, widget: QWidget) -> QTabWidget | None:
        container = self._containers.get(widget)
        return next((tabs for tabs in self._group_tabs() if container is not None and tabs.indexOf(container) >= 0),
                    None)

    # -- the flat view, as a QTabWidget over all pages ----------------------------------------
    def count(self) -> int:
        return len(self.pages)

    def widget(self, index: int) -> QWidget | None:
        return self.pages[index] if 0 <= index < len(self.pages) else None

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - as QTabWidget
        return self.pages.index(widget) if widget in self.pages else -1

    def tabText(self, index: int) -> str:  # noqa: N802 - as QTabWidget
        page = self.widget(index)
        group = self.group_of(page) if page is not None else None
        return group.tabText(group.indexOf(self._containers[page])) if group is not None and page is not None else ""

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - as QTabWidget
        group = self.groups.currentWidget()
        scroll = group.currentWidget() if isinstance(group, QTabWidget) else None
        return scroll.widget() if isinstance(scroll, QScrollArea) else None

    def currentIndex(self) -> int:  # noqa: N802 - as QTabWidget
        current = self.currentWidget()
        return self.indexOf(current) if current is not None else -1

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - as QTabWidget
        group = self.group_of(widget)
        if group is None:
            return
        group.setCurrentWidget(self._containers[widget])
        self.groups.setCurrentWidget(group)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - as QTabWidget
        page = self.widget(index)
        if page is not None:
            self.setCurrentWidget(page)

    def _emit_current(self) -> None:
        self.currentChanged.emit(self.currentIndex())
