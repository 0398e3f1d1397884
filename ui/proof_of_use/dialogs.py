"""Input dialogs of the proof-of-use tab: actual figures, a receipt typed in, the result of a sampled receipt.

Each form hands the typed text to an `app/` service on the runner (`ServiceDialog`) and stays open with the
service's German message when it refuses; nothing is stored then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from app.proof import sample_check
from app.proof import service as proof_of_use
from app.proof.queries import ProofReviewView
from app.proof.review import ReceiptFigures
from ui import formatting
from ui.context import UiContext
from ui.payments.dialogs import ServiceDialog
from ui.proof_of_use.look import named
from ui.widgets.fields import DateField, MoneyField, with_error
from ui.widgets.limits import bound
from ui.widgets.text_area import TextArea


class FiguresDialog(ServiceDialog):
    """Actual amount per cost line of the approved plan, actual funds and the narrative report."""

    def __init__(self, context: UiContext, view: ProofReviewView, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Zahlenmäßiger Nachweis"), "proofFiguresDialog", parent)
        self.view = view
        self.lines: dict[int, MoneyField] = {}
        for s in view.statement.lines:
            field = MoneyField()
            field.setObjectName(f"actual-{s.line.position}")
            field.set_value(s.line.actual)
            self.lines[s.line.cost_line_id] = field
            self.form.addRow(self.tr("{n}. {text} (Plan {planned})").format(
                n=s.line.position, text=s.line.description, planned=formatting.money(s.line.planned)),
                with_error(field))
        self.own, self.third, self.income = (MoneyField(), MoneyField(), MoneyField())
        for field, fund, name in zip((self.own, self.third, self.income), view.funds,
                                     ("actualOwn", "actualThird", "actualIncome"), strict=True):
            field.setObjectName(name)
            field.set_value(fund.actual)
            self.form.addRow(self.tr("{label} (Ist)").format(label=fund.label), with_error(field))
        self.report = named(TextArea(view.report_text or ""), "reportText")
        self.report.setPlaceholderText(self.tr("Sachbericht: was wurde erreicht, was ist anders gelaufen?"))
        self.form.addRow(self.tr("Sachbericht"), self.report)
        self.setMinimumWidth(620)

    def call(self) -> Callable[[], Any]:
        data = proof_of_use.StatementInput(
            {line_id: field.text() for line_id, field in self.lines.items()}, self.own.text(), self.third.text(),
            self.income.text(), self.report.toPlainText())
        uow, file_number, version = self.context.uow(), self.view.file_number, self.view.proof_version
        return lambda: proof_of_use.save_statement(uow, file_number, data, version)


class ReceiptDialog(ServiceDialog):
    """One receipt typed in: date, payee, purpose, amount, cost line, paid on."""

    def __init__(self, context: UiContext, view: ProofReviewView, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Beleg erfassen"), "receiptDialog", parent)
        self.view = view
        self.receipt_date, self.paid_on = DateField(), DateField(required=False)
        self.receipt_date.setObjectName("receiptDate")
        self.paid_on.setObjectName("receiptPaidOn")
        self.payee = bound(named(QLineEdit(), "receiptPayee"), "Receipt.payee")
        self.purpose = bound(named(QLineEdit(), "receiptPurpose"), "Receipt.purpose")
        self.amount = MoneyField()
        self.amount.setObjectName("receiptAmount")
        self.cost_line = named(QComboBox(), "receiptCostLine")
        for line in view.cost_lines:
            self.cost_line.addItem(line.label, line.id)
        self.form.addRow(self.tr("Belegdatum"), with_error(self.receipt_date))
        self.form.addRow(self.tr("Empfänger"), self.payee)
        self.form.addRow(self.tr("Zweck"), self.purpose)
        self.form.addRow(self.tr("Betrag"), with_error(self.amount))
        self.form.addRow(self.tr("Kostenposition"), self.cost_line)
        self.form.addRow(self.tr("Bezahlt am"), with_error(self.paid_on))

    def call(self) -> Callable[[], Any]:
        data = proof_of_use.ReceiptInput(self.receipt_date.text(), self.payee.text(),
                                         self.purpose.text(), self.amount.text(),
                                         self.cost_line.currentData(), self.paid_on.text() or None)
        uow, file_number = self.context.uow(), self.view.file_number
        return lambda: proof_of_use.add_receipt(uow, file_number, data)


class CheckDialog(ServiceDialog):
    """The result for one receipt of the sample: accepted, or not accepted with amount and reason."""

    def __init__(self, context: UiContext, file_number: str, receipt: ReceiptFigures,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Beleg Nr. {n} prüfen").format(n=receipt.position), "checkDialog", parent)
        self.file_number, self.receipt = file_number, receipt
        self.form.addRow(QLabel(self.tr("{payee} – {purpose}: {amount} vom {day}").format(
            payee=receipt.payee, purpose=receipt.purpose, amount=formatting.money(receipt.amount),
            day=formatting.date(receipt.receipt_date)), wordWrap=True))
        self.accept_option = named(QRadioButton(self.tr("anerkannt")), "checkAccepted")
        self.refuse_option = named(QRadioButton(self.tr("nicht anerkannt")), "checkRefused")
        self.accept_option.setChecked(receipt.result != "not_accepted")
        self.refuse_option.setChecked(receipt.result == "not_accepted")
        self.amount = MoneyField(required=False)
        self.amount.setObjectName("checkAmount")
        self.amount.setPlaceholderText(self.tr("leer = der ganze Beleg"))
        self.reason = named(TextArea(receipt.reason or ""), "checkReason")
        self.form.addRow(self.accept_option)
        self.form.addRow(self.refuse_option)
        self.form.addRow(self.tr("nicht anerkannter Betrag"), with_error(self.amount))
        self.form.addRow(self.tr("Begründung"), self.reason)
        self.refuse_option.toggled.connect(self.amount.setEnabled)
        self.amount.setEnabled(self.refuse_option.isChecked())

    def call(self) -> Callable[[], Any]:
        uow, file_number, receipt_id = self.context.uow(), self.file_number, self.receipt.id
        accepted, amount, reason = self.accept_option.isChecked(), self.amount.text() or None, self.reason.toPlainText()
        return lambda: sample_check.record_check(uow, file_number, receipt_id, accepted, amount, reason)
