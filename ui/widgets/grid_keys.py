"""Tab in an editable grid (a financing plan, instalments, weights): cell by cell, and out at the ends.

Qt's own Tab navigation in a table wraps from the last cell to the first (also from an open cell editor), so the
keyboard never leaves the grid. `leave_at_ends(grid)` keeps Tab moving from cell to cell but goes on to the next
field after the last cell (Shift+Tab to the previous one before the first), as in a spreadsheet form (issue 23).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget


class _LeaveAtEnds(QObject):
    """Watches the grid, and every editor or cell widget on its viewport (installed once they are polished, so
    this filter runs before the delegate's own Tab handling)."""

    def __init__(self, grid: QAbstractItemView) -> None:
        super().__init__(grid)
        self.grid = grid

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ChildPolished and watched is self.grid.viewport():
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):
                child.installEventFilter(self)
            return False
        if not (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            return False
        forward = event.key() == Qt.Key.Key_Tab
        index = self.grid.currentIndex() if watched is self.grid else self._cell_of(watched)
        if not self._at_end(index, forward):
            return False
        if watched is not self.grid:
            self.grid.setFocus(Qt.FocusReason.TabFocusReason)  # from an editor: the editor commits and closes
        return self.grid.window().focusNextPrevChild(forward)

    def _cell_of(self, widget: QObject) -> QModelIndex:
        if isinstance(widget, QWidget):
            return self.grid.indexAt(widget.geometry().center())
        return QModelIndex()

    def _at_end(self, index: QModelIndex, forward: bool) -> bool:
        model = self.grid.model()
        if model is None or not index.isValid() or model.rowCount() == 0:
            return True
        if forward:
            return index.row() == model.rowCount() - 1 and index.column() == model.columnCount() - 1
        return index.row() == 0 and index.column() == 0


def leave_at_ends(grid: QAbstractItemView) -> None:
    grid.setTabKeyNavigation(True)
    watcher = _LeaveAtEnds(grid)
    grid.installEventFilter(watcher)
    grid.viewport().installEventFilter(watcher)
