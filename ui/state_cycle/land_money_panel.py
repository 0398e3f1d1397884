"""The start page's panel "Mittel des Landes": both sources of each budget of the current year and what the
county still owes in co-financing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.kernel import clock
from app.state_cycle.land_figures import LandMoney
from app.state_cycle.land_money_reader import LandMoneyReader
from ui.context import UiContext
from ui.operations import Operation
from ui.state_cycle.land_money_rows import summary_rows
from ui.widgets.live_view import LiveView
from ui.widgets.record_table import RecordTable


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
        reader = LandMoneyReader(self.context.database, self.context.actor.username)
        year = clock.today().year
        Operation(self, self.context, lambda: reader.overview(year)).success(self._show).latest().run()

    def _show(self, grants: list[LandMoney]) -> None:
        self.table.set_rows(summary_rows(grants))
        self.table.setVisible(bool(grants))
        self.empty.setVisible(not grants)
        self.loaded.emit()
