"""„Vereinfachter Verwendungsnachweis …“ for a micro project: the total actually spent, the Sachbericht and the day
it came in; no receipt list. The service decides; a refusal is shown in the dialog and nothing is changed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.kernel import clock
from app.kernel.errors import FoerderDeskError, ValidationError
from app.micro_projects.simplified_proof import receive_micro_proof
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.fields import DateField, MoneyField, with_error
from ui.widgets.result_line import ERROR_STYLE
from ui.widgets.tab_order import fields_first
from ui.widgets.text_area import TextArea


class MicroProofDialog(QDialog):
    succeeded = Signal(int)  # the proof's id
    refused = Signal(str)  # the German message shown

    def __init__(self, context: UiContext, file_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.file_number = context, file_number
        self.setObjectName("microProof")
        self.setWindowTitle(self.tr("Vereinfachter Verwendungsnachweis {ref}").format(ref=file_number))
        self.total = MoneyField()
        self.report = TextArea(objectName="reportText")
        self.report.setMinimumHeight(120)
        self.received = DateField(required=False)
        self.received.set_value(clock.today())
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Nachweis erfassen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Ist-Gesamtkosten"), with_error(self.total))
        form.addRow(self.tr("Sachbericht"), self.report)
        form.addRow(self.tr("Eingang"), with_error(self.received))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Für Kleinprojekte genügen der Sachbericht und die tatsächlichen "
                                        "Gesamtkosten; eine Belegliste entfällt."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        fields_first(self, self.buttons)
        super().showEvent(event)

    def submit(self) -> None:
        try:
            total, received = self.total.value(), self.received.value()
        except ValidationError as exc:
            self._failed(exc)
            return
        uow, number, text = self.context.uow(), self.file_number, self.report.toPlainText()
        self.ok_button.setEnabled(False)
        Operation(self, self.context, lambda: receive_micro_proof(uow, number, total, text, received)) \
            .success(self._done).failure(self._failed).notice_case(number).run()

    def _done(self, proof_id: int) -> None:
        self.succeeded.emit(proof_id)
        self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(error.message)
        self.refused.emit(error.message)
