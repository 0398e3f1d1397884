"""The window "Zahlungsläufe": ordered payments waiting for the cash office, the export as SEPA or CSV file, and
the earlier payment runs with the deliberate (audited, supervisors only) repeat of one.

The export takes every ordered, not yet exported payment (`app.payments.cash_export`); the list shown is only
what the user sees before, the service decides what goes in.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from app.kernel import clock
from app.payments import cash_export
from app.payments.queries import BatchRow, OrderRow
from app.payments.reader import PaymentReader
from ui import formatting
from ui.context import UiContext
from ui.operations import Operation
from ui.payments.dialogs import ReasonDialog
from ui.widgets.file_choice import Files
from ui.widgets.live_view import LiveView
from ui.widgets.own_window import open_own_window
from ui.widgets.result_line import ResultLine
from ui.widgets.text_table import TextRow, TextTableModel, table_view

FILE_TYPES = {"sepa": ("xml", "SEPA pain.001 (*.xml)"), "csv": ("csv", "CSV (*.csv)")}


def ready_rows(orders: tuple[OrderRow, ...]) -> list[TextRow]:
    return [TextRow((str(o.id), o.file_number, o.payee, formatting.money(o.amount), formatting.date(o.due_on),
                     o.budget_position or "–", o.arithmetic_by or "–"), o.id) for o in orders]


def batch_rows(batches: tuple[BatchRow, ...]) -> list[TextRow]:
    return [TextRow((str(b.id), formatting.timestamp(b.created_at), b.created_by, b.format.upper(),
                     str(b.order_count), formatting.money(b.control_sum), b.file_name or "–",
                     str(b.repeat_of) if b.repeat_of else "–", b.reason or ""), b) for b in batches]


class PaymentRunsView(LiveView):
    loaded = Signal()
    exported = Signal(object)  # cash_export.ExportResult

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("paymentRuns")
        self.setWindowTitle(self.tr("Zahlungsläufe"))
        self.ready = TextTableModel([self.tr("Nr."), self.tr("Aktenzeichen"), self.tr("Empfänger"), self.tr("Betrag"),
                                     self.tr("Fällig"), self.tr("Haushaltsstelle"), self.tr("Angeordnet von")],
                                    right=frozenset({0, 3}), parent=self)
        self.batches = TextTableModel([self.tr("Lauf"), self.tr("Erstellt"), self.tr("von"), self.tr("Format"),
                                       self.tr("Anzahl"), self.tr("Kontrollsumme"), self.tr("Datei"),
                                       self.tr("Wiederholung von"), self.tr("Grund")],
                                      right=frozenset({0, 4, 5}), parent=self)
        self.ready_view = table_view(self.ready, "readyOrders", stretch=2)
        self.batch_view = table_view(self.batches, "exportBatches", stretch=8)
        self.totals = QLabel(objectName="readyTotals")
        self.result = ResultLine("exportResult")
        self.sepa_button = QPushButton(self.tr("Als SEPA-Datei exportieren …"), objectName="exportSepa")
        self.csv_button = QPushButton(self.tr("Als CSV exportieren …"), objectName="exportCsv")
        self.repeat_button = QPushButton(self.tr("Lauf erneut exportieren …"), objectName="reexportBatch")
        self.sepa_button.clicked.connect(lambda _c=False: self.export("sepa"))
        self.csv_button.clicked.connect(lambda _c=False: self.export("csv"))
        self.repeat_button.clicked.connect(lambda _c=False: self.reexport())
        for button in (self.sepa_button, self.csv_button):
            button.setVisible(context.may("payment.export"))
        self.repeat_button.setVisible(context.may("payment.reexport"))
        self._layout()
        context.changes.case_changed.connect(lambda _ref: self._changed())

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.sepa_button, self.csv_button):
            bar.addWidget(widget)
        bar.addWidget(self.totals, 1)
        ready_box = QGroupBox(self.tr("Angeordnet, noch nicht an die Kasse übergeben"))
        inner = QVBoxLayout(ready_box)
        inner.addLayout(bar)
        inner.addWidget(self.ready_view)
        batch_box = QGroupBox(self.tr("Zahlungsläufe"))
        runs = QVBoxLayout(batch_box)
        repeat = QHBoxLayout()
        repeat.addWidget(self.repeat_button)
        repeat.addStretch(1)
        runs.addLayout(repeat)
        runs.addWidget(self.batch_view)
        layout = QVBoxLayout(self)
        layout.addWidget(ready_box, 1)
        layout.addWidget(self.result)
        layout.addWidget(batch_box, 1)

    def reload(self) -> None:
        reader = PaymentReader(self.context.database, self.context.actor.username)
        Operation(self, self.context, lambda: (reader.orders(["ordered"]), reader.batches())) \
            .success(lambda found: self._show(*found)).latest().run()

    def _show(self, orders: tuple[OrderRow, ...], batches: tuple[BatchRow, ...]) -> None:
        self.ready.set_rows(ready_rows(orders))
        self.batches.set_rows(batch_rows(batches))
        total = sum((o.amount for o in orders), Decimal("0.00"))
        self.totals.setText(self.tr("{count}, Kontrollsumme {sum}").format(
            count=cash_export.payment_count(len(orders)), sum=formatting.money(total)))
        for button in (self.sepa_button, self.csv_button):
            button.setEnabled(bool(orders))
        self.repeat_button.setEnabled(bool(batches))
        self.loaded.emit()

    def export(self, fmt: str) -> None:
        suffix, file_filter = FILE_TYPES[fmt]
        name = f"Zahlungslauf-{clock.today():%Y-%m-%d}.{suffix}"
        target = Files.save_as(self, self.tr("Zahlungslauf speichern"), name, file_filter)
        if target is None:
            return
        uow = self.context.uow()
        Operation(self, self.context, lambda: cash_export.export_orders(uow, fmt, target)).success(self._exported) \
            .failure(self.result.refuse).run()

    def reexport(self) -> ReasonDialog | None:
        index = self.batch_view.currentIndex()
        batch: BatchRow | None = self.batches.value_at(index.row() if index.isValid() else 0)
        if batch is None:
            return None
        suffix, file_filter = FILE_TYPES.get(batch.format, FILE_TYPES["sepa"])
        target = Files.save_as(self, self.tr("Zahlungslauf erneut speichern"),
                               f"Zahlungslauf-{batch.id}-Wiederholung.{suffix}", file_filter)
        if target is None:
            return None
        uow, fmt = self.context.uow(), batch.format

        def make(reason: str) -> Any:
            return lambda: cash_export.reexport_batch(uow, batch.id, fmt, target, reason)
        dialog = ReasonDialog(self.context, self.tr("Zahlungslauf Nr. {id} erneut exportieren").format(id=batch.id),
                              "reexportDialog", make, self.tr(
                                  "Ein erneuter Export enthält die noch nicht bezahlten Auszahlungen dieses Laufs. "
                                  "Bitte nur, wenn die Kasse die Datei nicht erhalten hat."), self)
        dialog.stored.connect(self._exported)
        dialog.open()
        return dialog

    def _exported(self, result: cash_export.ExportResult) -> None:
        self.result.say(cash_export.describe(result))
        self.exported.emit(result)
        self.context.changes.cases_changed.emit()


def open_payment_runs(window: QMainWindow, context: UiContext) -> PaymentRunsView:
    """Show the payment runs window of the main window (one per main window)."""
    return open_own_window(window, PaymentRunsView, lambda: PaymentRunsView(context, window), (1200, 760))
