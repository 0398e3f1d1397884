"""The start page's panel "Mittel des Landes": both sources of each budget of the current year and what the
county still owes in co-financing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.kernel import clock
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.live_view import LiveView
from ui.widgets.record_table import RecordTable

if TYPE_CHECKING:  # the figures' stack loads in the worker that first reads them, after the list (issue 26)
    from app.kernel.database import Database
    from app.state_cycle.land_figures import LandMoney


class LandMoneyPanel(LiveView):
    loaded = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("landMoneyPanel")
        self.table = RecordTable([self.tr("Programm"), self.tr("Landes-\nmittel"), self.tr("Kofinan-\nzierung"),
                                  self.tr("Förder-\ntopf"), self.tr("vom Land\nerhalten"),
                                  self.tr("Kofinan-\nzierung offen")], "landMoneySummary",
                                 right=frozenset({1, 2, 3, 4, 5}))
        self.empty = QLabel(self.tr("Für dieses Jahr ist keine Zuwendung des Landes erfasst."), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def reload(self) -> None:
        database, user, year = self.context.database, self.context.actor.username, clock.today().year
        Operation(self, self.context, lambda: overview(database, user, year)).success(self._show).latest().run()

    def _show(self, grants: list[LandMoney]) -> None:
        from ui.state_cycle.land_money_rows import summary_rows  # loaded by now (`overview`)

        self.table.set_rows(summary_rows(grants))
        self.table.setVisible(bool(grants))
        self.empty.setVisible(not grants)
        self.loaded.emit()


def overview(database: Database, user_name: str, year: int) -> list[LandMoney]:
    """The year's Land money, read in a worker that imports the reader (and the figures under it) on first use."""
    from app.state_cycle.land_money_reader import LandMoneyReader

    return LandMoneyReader(database, user_name).overview(year)
