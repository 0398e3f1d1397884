"""The window "Mittel des Landes": the Land's grants to the county with both sources of each budget, what was
called and received, what the county's co-financing still owes and what state money lies unspent; the calls and
payments of the chosen grant; and the forms to record them (supervisors and administrators)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from app.state_cycle import land_money
from app.state_cycle.land_figures import LandMoney
from app.state_cycle.land_money import StateGrantInput
from app.state_cycle.land_money_reader import LandMoneyReader
from ui.context import UiContext
from ui.operations import Operation
from ui.state_cycle import land_money_rows as rows
from ui.state_cycle.land_money_forms import GrantForm, MovementForm
from ui.widgets.live_view import LiveView
from ui.widgets.own_window import open_own_window
from ui.widgets.record_table import RecordTable
from ui.widgets.result_line import ResultLine

AMOUNTS = frozenset({2, 3, *range(5, 11)})


class LandMoneyView(LiveView):
    loaded = Signal()
    saved = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("landMoney")
        self.setWindowTitle(self.tr("Mittel des Landes"))
        self.grants: list[LandMoney] = []
        self.grant_table = RecordTable(rows.grant_headers(), "stateGrants", right=AMOUNTS)
        self.movement_table = RecordTable(rows.movement_headers(), "stateMovements", stretch=3,
                                          right=frozenset({2}))
        self.grant_table.itemSelectionChanged.connect(self._show_movements)
        self.grant_form = GrantForm()
        self.movement_form = MovementForm()
        self.grant_form.submitted.connect(self.save_grant)
        self.movement_form.submitted.connect(self.save_movement)
        self.result = ResultLine("landMoneyResult")
        for form in (self.grant_form, self.movement_form):
            form.setVisible(context.may(land_money.PERMISSION))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Zuwendungen des Landes an den Landkreis")))
        layout.addWidget(self.grant_table, 2)
        layout.addWidget(QLabel(self.tr("Mittelabrufe und Zahlungen der gewählten Zuwendung")))
        layout.addWidget(self.movement_table, 1)
        forms = QHBoxLayout()
        forms.addWidget(self.grant_form, 1)
        forms.addWidget(self.movement_form, 1)
        layout.addLayout(forms)
        layout.addWidget(self.result)

    def reload(self) -> None:
        reader = LandMoneyReader(self.context.database, self.context.actor.username)
        Operation(self, self.context, lambda: (reader.overview(), reader.programme_codes())) \
            .success(lambda found: self._show(*found)).latest().run()

    def _show(self, grants: list[LandMoney], codes: list[str]) -> None:
        chosen = self.grant_table.currentRow()
        if [self.grant_form.programme.itemText(i) for i in range(self.grant_form.programme.count())] != codes:
            self.grant_form.programme.clear()
            self.grant_form.programme.addItems(codes)
        self.grants = grants
        self.grant_table.set_rows(rows.grant_rows(grants))
        if grants:
            self.grant_table.selectRow(min(max(chosen, 0), len(grants) - 1))
        self._show_movements()
        self.loaded.emit()

    def selected(self) -> LandMoney | None:
        row = self.grant_table.currentRow()
        return self.grants[row] if 0 <= row < len(self.grants) else None

    def _show_movements(self) -> None:
        grant = self.selected()
        self.movement_table.set_rows(rows.movement_rows(grant.movements if grant else ()))
        self.movement_form.setTitle(self.tr("Mittelabruf oder Zahlung erfassen: {programme} {year}").format(
            programme=grant.programme_code, year=grant.fiscal_year) if grant else
            self.tr("Mittelabruf oder Zahlung erfassen (erst einen Bescheid wählen)"))
        self.movement_form.save_button.setEnabled(grant is not None)
        if grant is not None:
            self.grant_form.show_grant(grant)  # the form changes the grant chosen above

    def save_grant(self, data: StateGrantInput) -> None:
        uow = self.context.uow()
        Operation(self, self.context, lambda: land_money.record_state_grant(uow, data)) \
            .success(lambda _id: self._saved(self.tr("Bescheid des Landes gespeichert; der Haushaltsansatz ist jetzt "
                                                      "Landesmittel plus Kofinanzierung."))) \
            .failure(self.result.refuse).notice_cases().run()

    def save_movement(self, kind: str, day: str, amount: str, note: str) -> None:
        grant = self.selected()
        if grant is None:
            return
        uow = self.context.uow()
        record = land_money.record_call if kind == "call" else land_money.record_payment
        Operation(self, self.context, lambda: record(uow, grant.programme_code, grant.fiscal_year, day, amount,
                                                     note or None)) \
            .success(lambda _id: self._saved(self.tr("Erfasst."))).failure(self.result.refuse).notice_cases().run()

    def _saved(self, text: str) -> None:
        self.result.say(text)
        self.saved.emit()


def open_land_money(window: QMainWindow, context: UiContext) -> LandMoneyView:
    """Show the window "Mittel des Landes" of the main window (one per main window)."""
    return open_own_window(window, LandMoneyView, lambda: LandMoneyView(context, window), (1300, 720))
