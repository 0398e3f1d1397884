"""Column widths that share a narrow table fairly: every column keeps at least its header (and a floor), long
texts give way first, the stretch column takes what is left; a horizontal scroll bar when even that is too wide.

Qt's "resize to contents" lets one long applicant name push the stretching column down to a few pixels (the
start page on a 1366×768 screen); `ColumnFit` replaces it for a table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

FLOOR = 60  # no column narrower than this, whatever its header
STRETCH_FLOOR = 140  # the stretch column carries the text a row is read by (title, subject): room for words
PADDING = 24  # header text to section width: margins and the sort arrow
MEASURED_ROWS = 60  # rows whose texts set a column's natural width: more than a screen shows (Qt measures all 1,000)


def share(natural: list[int], minimum: list[int], stretch: int, available: int) -> list[int]:
    """Widths for the columns: natural ones when they fit (the rest to `stretch`), else shrunk towards the minima."""
    widths = [max(n, m) for n, m in zip(natural, minimum, strict=True)]
    total = sum(widths)
    if total <= available:
        if 0 <= stretch < len(widths):
            widths[stretch] += available - total
        return widths
    give = [w - m for w, m in zip(widths, minimum, strict=True)]
    room = sum(give)
    excess = min(total - available, room)
    if room > 0:  # each gives its share, rounded up so that the sum never overflows by a pixel (a scroll bar)
        widths = [w - -(-excess * g // room) for w, g in zip(widths, give, strict=True)]
        if 0 <= stretch < len(widths) and sum(widths) < available:
            widths[stretch] += available - sum(widths)  # what the rounding left over
    return widths


class ColumnFit(QObject):
    """Keeps a table's columns shared out (see module doc) whenever it is resized or refilled (`apply`)."""

    def __init__(self, table: QTableView, stretch: int = -1, stretch_floor: int = STRETCH_FLOOR) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.stretch_floor = stretch_floor  # a table read by its titles may keep more of them
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(FLOOR)
        # the start page's 200 deadlines were measured cell by cell on every refill and resize (issue 26)
        header.setResizeContentsPrecision(MEASURED_ROWS)  # the columns' header: rows measured per column
        table.installEventFilter(self)  # the table, not its viewport: scroll bars coming and going must not loop

    def minimum(self, column: int) -> int:
        model = self.table.model()
        text = str(model.headerData(column, self.table.horizontalHeader().orientation()) or "") if model else ""
        floor = self.stretch_floor if column == self.stretch else FLOOR
        return max(floor, self.table.horizontalHeader().fontMetrics().horizontalAdvance(text) + PADDING)

    def apply(self) -> None:
        model = self.table.model()
        if model is None or model.columnCount() == 0:
            return
        columns = range(model.columnCount())
        minimum = [self.minimum(c) for c in columns]
        natural = [max(self.table.sizeHintForColumn(c), minimum[c]) for c in columns]
        widths = share(natural, minimum, self.stretch, self.available())
        for column, width in zip(columns, widths, strict=True):
            self.table.setColumnWidth(column, width)

    def available(self) -> int:
        """The viewport's width as it is with the rows shown, whatever the scroll bars do at this moment."""
        table = self.table
        room = table.maximumViewportSize()
        header = table.horizontalHeader().height() if table.horizontalHeader().isVisible() else 0
        rows_overflow = table.verticalHeader().length() > room.height() - header
        return room.width() - (table.verticalScrollBar().sizeHint().width() if rows_overflow else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False
