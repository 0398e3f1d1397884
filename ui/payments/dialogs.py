"""Input dialogs of the payments tab: payment plan, amounts (request, order, repayment) and reasons.

Each dialog hands the typed text to an `app/` service on the runner and stays open with the service's German
message when it refuses (nothing was stored then); it closes only when the service succeeded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.kernel.errors import FoerderDeskError
from ui import formatting
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.grid_keys import leave_at_ends
from ui.widgets.limits import bound
from ui.widgets.tab_order import fields_first
from ui.widgets.text_area import TextArea


class ServiceDialog(QDialog):
    """A form whose OK runs `call()` (built from the inputs) through the runner; refusals stay in the dialog."""

    stored = Signal(object)  # the service's result

    def __init__(self, context: UiContext, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Fields are built after the buttons: open in the first field, the buttons last, as laid out."""
        fields_first(self, self.buttons)
        super().showEvent(event)

    def call(self) -> Callable[[], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        self.ok_button.setEnabled(False)
        self.error.setVisible(False)
        Operation(self, self.context, self.call()).success(self._done).failure(self._failed).run()

    def _done(self, result: object) -> None:
        self.stored.emit(result)
        self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(error.message)
        self.error.setVisible(True)


class PlanDialog(ServiceDialog):
    """Instalments (date and amount per row) or payment on request (Mittelabruf)."""

    def __init__(self, context: UiContext, save: Callable[[str, list[tuple[str, str]]], Callable[[], Any]],
                 rates: Sequence[tuple[dt.date, Decimal]], on_request: bool, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Zahlungsplan"), "planDialog", parent)
        self.save = save
        self.instalments = QRadioButton(self.tr("In Raten (im Bescheid festgelegt)"), objectName="modeInstalments")
        self.requests = QRadioButton(self.tr("Auf Anforderung (Mittelabruf)"), objectName="modeRequests")
        (self.requests if on_request else self.instalments).setChecked(True)
        self.rates = QTableWidget(0, 2, objectName="planRates")
        self.rates.setHorizontalHeaderLabels([self.tr("Termin (TT.MM.JJJJ)"), self.tr("Betrag (€)")])
        self.rates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        leave_at_ends(self.rates)
        for day, amount in rates:
            self.add_rate(formatting.date(day), f"{amount:.2f}".replace(".", ","))
        add = QPushButton(self.tr("Rate hinzufügen"), objectName="addRate")
        add.clicked.connect(lambda _checked=False: self.add_rate())
        remove = QPushButton(self.tr("Rate entfernen"), objectName="removeRate")
        remove.clicked.connect(self._remove_rate)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.form.addRow(self.instalments)
        self.form.addRow(self.rates)
        self.form.addRow(row)
        self.form.addRow(self.requests)
        hint = QLabel(self.tr("Die Raten müssen den bewilligten Betrag auf den Cent genau ergeben und im "
                              "Bewilligungszeitraum liegen."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.instalments.toggled.connect(self.rates.setEnabled)
        self.rates.setEnabled(not on_request)

    def add_rate(self, day: str = "", amount: str = "") -> None:
        row = self.rates.rowCount()
        self.rates.insertRow(row)
        self.rates.setItem(row, 0, QTableWidgetItem(day))
        self.rates.setItem(row, 1, QTableWidgetItem(amount))

    def _remove_rate(self) -> None:
        if self.rates.currentRow() >= 0:
            self.rates.removeRow(self.rates.currentRow())

    def entered(self) -> list[tuple[str, str]]:
        """The typed rows; empty rows are left out, everything else is checked by the service."""
        rows = []
        for row in range(self.rates.rowCount()):
            day, amount = (self.rates.item(row, c).text().strip() if self.rates.item(row, c) else "" for c in (0, 1))
            if day or amount:
                rows.append((day, amount))
        return rows

    def call(self) -> Callable[[], Any]:
        if self.requests.isChecked():
            return self.save("requests", [])
        return self.save("instalments", self.entered())


class AmountDialog(ServiceDialog):
    """An amount, a day and (optionally) a note: Mittelabruf, free payment order, repayment."""

    def __init__(self, context: UiContext, title: str, name: str, day_label: str,
                 make: Callable[[str, str, str], Callable[[], Any]], note_label: str | None = None,
                 parent: QWidget | None = None, *, note_column: str | None = None) -> None:
        super().__init__(context, title, name, parent)
        self.make = make
        self.amount = QLineEdit(objectName="amount", placeholderText=self.tr("z. B. 2.500,00"))
        self.day = QLineEdit(objectName="day", placeholderText=self.tr("TT.MM.JJJJ (leer: heute)"))
        self.note = QLineEdit(objectName="note")
        if note_column:  # the column the note is stored in ("Entity.field")
            bound(self.note, note_column)
        self.form.addRow(self.tr("Betrag (€)"), self.amount)
        self.form.addRow(day_label, self.day)
        if note_label:
            self.form.addRow(note_label, self.note)

    def add_hint(self, text: str, name: str) -> None:
        """A line above the fields, e.g. what is owed today on a claim."""
        hint = QLabel(text, objectName=name, wordWrap=True)
        self.form.insertRow(0, hint)

    def call(self) -> Callable[[], Any]:
        return self.make(self.amount.text(), self.day.text(), self.note.text())


class ReasonDialog(ServiceDialog):
    """A written reason (cancelling an order, exporting a batch again); it is audited."""

    def __init__(self, context: UiContext, title: str, name: str, make: Callable[[str], Callable[[], Any]],
                 text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(context, title, name, parent)
        self.make = make
        if text:
            label = QLabel(text)
            label.setWordWrap(True)
            self.form.addRow(label)
        self.reason = TextArea(objectName="reason")
        self.reason.setFixedHeight(80)
        self.form.addRow(self.tr("Begründung (wird protokolliert)"), self.reason)

    def call(self) -> Callable[[], Any]:
        return self.make(self.reason.toPlainText())
