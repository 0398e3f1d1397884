"""Create an applicant, after showing likely duplicates (same IBAN, register number or similar name)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.applicants.search import ApplicantRow
from app.applicants.service import ApplicantInput, register_applicant
from app.cases.choices import FormChoices
from app.kernel.errors import FoerderDeskError
from ui.case_detail.master_tab import fill_combo
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.operations import Operation
from ui.widgets.fields import DateField, with_error
from ui.widgets.limits import bound


class ApplicantDialog(QDialog):
    created = Signal(int, str)  # applicant id, name

    def __init__(self, context: UiContext, choices: FormChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("applicantDialog")
        self.setWindowTitle(self.tr("Neuer Antragsteller"))
        self.name = QLineEdit(objectName="applicantName")
        self.kind = QComboBox(objectName="applicantType")
        fill_combo(self.kind, choices.applicant_types)
        self.legal_form = QLineEdit(objectName="legalForm")
        self.capacity = QCheckBox(self.tr("rechtsfähig"), objectName="legalCapacity")
        self.capacity.setChecked(True)
        self.register_number = QLineEdit(objectName="registerNumber", placeholderText="VR 1234")
        self.street, self.postcode, self.city = QLineEdit(objectName="street"), QLineEdit(objectName="postcode"), \
            QLineEdit(objectName="city")
        self.municipality = QComboBox(objectName="applicantMunicipality")
        fill_combo(self.municipality, choices.municipalities, self.tr("– bitte wählen –"))
        self.proof_date = DateField(required=False)
        self.iban = QLineEdit(objectName="iban", placeholderText="DE.. .... .... .... .... ..")
        self.email = QLineEdit(objectName="applicantEmail")
        for name, edit in (("name", self.name), ("legal_form", self.legal_form), ("street", self.street),
                           ("postcode", self.postcode), ("city", self.city), ("email", self.email),
                           ("register_number", self.register_number)):
            bound(edit, f"Applicant.{name}")  # the column's length, as the check in app/ uses it
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Art"), self.kind),
                              (self.tr("Rechtsform"), self.legal_form), ("", self.capacity),
                              (self.tr("Registernummer"), self.register_number), (self.tr("Straße"), self.street),
                              (self.tr("PLZ"), self.postcode), (self.tr("Ort"), self.city),
                              (self.tr("Gemeinde"), self.municipality),
                              (self.tr("Freistellungsbescheid vom"), with_error(self.proof_date)),
                              (self.tr("IBAN"), self.iban), (self.tr("E-Mail"), self.email)):
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check_duplicates)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def data(self) -> ApplicantInput:
        kind = self.kind.currentData()
        return ApplicantInput(
            name=self.name.text(), applicant_type=kind, legal_form=self.legal_form.text() or None,
            has_legal_capacity=self.capacity.isChecked(), register_number=self.register_number.text() or None,
            street=self.street.text() or None, postcode=self.postcode.text() or None, city=self.city.text() or None,
            municipality=self.municipality.currentData(),
            nonprofit_proof_kind="exemption_notice" if self.proof_date.text().strip() else None,
            nonprofit_proof_date=self.proof_date.value(), iban=self.iban.text() or None,
            email=self.email.text() or None)

    def check_duplicates(self) -> None:
        reader = self.context.reader
        name, postcode, iban = self.name.text(), self.postcode.text() or None, self.iban.text() or None
        street = self.street.text() or None
        self.buttons.setEnabled(False)
        Operation(self, self.context, lambda: reader.likely_duplicates(name, postcode, iban, street)) \
            .success(self._duplicates_found).failure(self._failed).run()

    def _duplicates_found(self, rows: list[ApplicantRow]) -> None:
        if rows:
            same = self.tr("gleich")
            listing = "\n".join(f"• {r.name}, {r.postcode or ''} {r.city or ''} ({same}: {r.reason})" for r in rows)
            if not Ask.yes_no(self, self.tr("Möglicher Doppeleintrag"),
                              self.tr("Es gibt bereits ähnliche Antragsteller:\n{list}\n\nTrotzdem neu "
                                      "anlegen?").format(list=listing)):
                self.buttons.setEnabled(True)
                return
        self._save()

    def _save(self) -> None:
        try:
            data = self.data()
        except FoerderDeskError as exc:
            self._failed(exc)
            return
        uow = self.context.uow()
        Operation(self, self.context, lambda: register_applicant(uow, data)) \
            .success(lambda applicant_id: self._created(applicant_id, data.name)).failure(self._failed).run()

    def _created(self, applicant_id: int, name: str) -> None:
        self.created.emit(applicant_id, name)
        self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error.message)
        self.error.setVisible(True)
