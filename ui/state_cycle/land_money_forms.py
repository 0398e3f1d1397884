"""The two forms of "Mittel des Landes": the Land's grant decision, and a call for funds or a payment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QSpinBox, QWidget

from app.kernel import clock
from app.kernel.money import format_percent
from app.state_cycle.cofinancing import SHORT_LABELS
from app.state_cycle.land_figures import LandMoney
from app.state_cycle.land_money import StateGrantInput
from ui.widgets.fields import DateField, MoneyField, with_error


class GrantForm(QGroupBox):
    """Bescheid des Landes: programme, year, amount, date, the ministry's file number, co-financing rule."""

    submitted = Signal(object)  # StateGrantInput

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bescheid des Landes erfassen oder ändern"), parent, objectName="stateGrantForm")
        self.programme = QComboBox(objectName="grantProgramme")
        self.year = QSpinBox(objectName="grantYear", minimum=2000, maximum=2100, value=clock.today().year)
        self.amount = MoneyField()
        self.amount.setObjectName("grantAmount")
        self.decided = DateField()
        self.decided.setObjectName("grantDecided")
        self.file_number = QLineEdit(objectName="grantFileNumber", placeholderText=self.tr("z. B. 46-1234/2026"))
        self.rate = QLineEdit("30", objectName="grantRate")
        self.base = QComboBox(objectName="grantBase")
        for base, label in SHORT_LABELS.items():  # the one rule's labels (app.state_cycle.cofinancing)
            self.base.addItem(label, base.value)
        self.save_button = QPushButton(self.tr("Bescheid speichern"), objectName="saveStateGrant")
        self.save_button.clicked.connect(lambda _c=False: self._submit())
        form = QFormLayout(self)
        form.addRow(self.tr("Programm"), self.programme)
        form.addRow(self.tr("Haushaltsjahr"), self.year)
        form.addRow(self.tr("Zuwendung des Landes"), with_error(self.amount))
        form.addRow(self.tr("Bescheid vom"), with_error(self.decided))
        form.addRow(self.tr("Aktenzeichen des Ministeriums"), self.file_number)
        form.addRow(self.tr("Kofinanzierung in %"), self.rate)
        form.addRow(self.tr("Kofinanzierung bemessen an"), self.base)
        form.addRow("", self.save_button)

    def show_grant(self, grant: LandMoney) -> None:
        self.programme.setCurrentText(grant.programme_code)
        self.year.setValue(grant.fiscal_year)
        self.amount.set_value(grant.state_grant)
        self.decided.set_value(grant.decided_on)
        self.file_number.setText(grant.ministry_file_number)
        self.rate.setText(format_percent(grant.cofinancing_rate).removesuffix(" %"))
        self.base.setCurrentIndex(max(0, self.base.findData(grant.cofinancing_base.value)))

    def _submit(self) -> None:
        self.submitted.emit(StateGrantInput(self.programme.currentText(), self.year.value(), self.amount.text(),
                                            self.decided.text(), self.file_number.text(), self.rate.text(),
                                            self.base.currentData()))


class MovementForm(QGroupBox):
    """A call for funds to the Land or a payment received from it, for the programme-year chosen above."""

    submitted = Signal(str, str, str, str)  # kind, date, amount, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mittelabruf oder Zahlung des Landes erfassen"), parent, objectName="movementForm")
        self.kind = QComboBox(objectName="movementKind")
        self.kind.addItem(self.tr("Mittelabruf an das Land"), "call")
        self.kind.addItem(self.tr("Zahlung des Landes"), "payment")
        self.day = DateField()
        self.day.setObjectName("movementDay")
        self.amount = MoneyField()
        self.amount.setObjectName("movementAmount")
        self.note = QLineEdit(objectName="movementNote")
        self.save_button = QPushButton(self.tr("Erfassen"), objectName="saveMovement")
        self.save_button.clicked.connect(lambda _c=False: self.submitted.emit(
            self.kind.currentData(), self.day.text(), self.amount.text(), self.note.text()))
        form = QFormLayout(self)
        form.addRow(self.tr("Art"), self.kind)
        form.addRow(self.tr("Datum"), with_error(self.day))
        form.addRow(self.tr("Betrag"), with_error(self.amount))
        form.addRow(self.tr("Bemerkung"), self.note)
        form.addRow("", self.save_button)
