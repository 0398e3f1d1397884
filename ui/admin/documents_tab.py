"""Applicant types (code, name, eligibility, proofs) and the documents an application of each type must contain;
below, the shorter list of a micro-project fund (`ui.admin.micro_documents_box`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.administration.reads import Administration, ApplicantTypeRow
from app.applicants import types as applicant_types
from app.applicants.types import ApplicantTypeInput
from ui.admin.base import AdminTab, form
from ui.admin.micro_documents_box import MicroDocumentsBox
from ui.context import UiContext
from ui.widgets.limits import bound


class RequiredDocumentsTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "requiredDocumentsTab", parent)
        self.types = QListWidget(objectName="applicantTypes")
        self.types.setMaximumWidth(320)
        self.types.currentRowChanged.connect(self._select)
        self.code = bound(QLineEdit(objectName="applicantTypeCode", placeholderText=self.tr("z. B. foundation")),
                          "ApplicantType.code")
        self.name = bound(QLineEdit(objectName="applicantTypeName"), "ApplicantType.name")
        self.eligible = QCheckBox(self.tr("antragsberechtigt"), objectName="applicantTypeEligible")
        self.nonprofit = QCheckBox(self.tr("Gemeinnützigkeit nachweisen (Freistellungsbescheid)"),
                                   objectName="applicantTypeNonprofit")
        self.capacity = QCheckBox(self.tr("rechtsfähig (sonst Nachweis der Vertretung)"),
                                  objectName="applicantTypeCapacity")
        self.documents = QListWidget(objectName="requiredDocuments")
        self.new_button = QPushButton(self.tr("Neuer Typ"), objectName="newApplicantType")
        self.new_button.clicked.connect(self.start_new)
        self.add_button = QPushButton(self.tr("Als neuen Typ anlegen"), objectName="addApplicantType")
        self.add_button.clicked.connect(self.add_type)
        self.save_button = QPushButton(self.tr("Antragstellertyp speichern"), objectName="saveRequiredDocuments")
        self.save_button.clicked.connect(self.save_documents)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Antragstellertyp")))
        left.addWidget(self.types, 1)
        left.addWidget(self.new_button)
        fields = form()
        fields.addRow(self.tr("Kürzel"), self.code)
        fields.addRow(self.tr("Bezeichnung"), self.name)
        fields.addRow("", self.eligible)
        fields.addRow("", self.nonprofit)
        fields.addRow("", self.capacity)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(fields)
        right.addWidget(QLabel(self.tr("Mit dem Antrag einzureichen (angehakt = Pflicht):")))
        right.addWidget(self.documents, 1)
        right.addLayout(buttons)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addLayout(right, 1)
        self.layout_.addLayout(row, 1)
        self.micro = MicroDocumentsBox(context, self.save)
        self.layout_.addWidget(self.micro)
        self.finish_layout()

    def show_data(self, data: Administration) -> None:
        super().show_data(data)
        self.micro.show_data(data)
        keep = max(0, self.types.currentRow())
        self.types.blockSignals(True)
        self.types.clear()
        for kind in data.applicant_types:
            suffix = "" if kind.eligible else self.tr(" (nicht antragsberechtigt)")
            self.types.addItem(kind.name + suffix)
        self.types.blockSignals(False)
        self.types.setCurrentRow(min(keep, len(data.applicant_types) - 1))
        self._select(self.types.currentRow())

    def current_type(self) -> ApplicantTypeRow | None:
        row = self.types.currentRow()
        return self.data.applicant_types[row] if self.data is not None and 0 <= row < len(
            self.data.applicant_types) else None

    def select_code(self, code: str) -> None:
        if self.data is not None:
            self.types.setCurrentRow([t.code for t in self.data.applicant_types].index(code))

    def _select(self, _row: int) -> None:
        kind = self.current_type()
        if kind is None:
            return
        self.code.setText(kind.code)
        self.code.setReadOnly(True)
        self.code.setToolTip(self.tr("Das Kürzel wird in Importen und auf der Befehlszeile verwendet und bleibt fest."))
        self.name.setText(kind.name)
        self.eligible.setChecked(kind.eligible)
        self.nonprofit.setChecked(kind.needs_nonprofit_proof)
        self.capacity.setChecked(kind.needs_legal_capacity)
        self._fill_documents(set(kind.required))

    def _fill_documents(self, required: set[str]) -> None:
        self.documents.clear()
        for code, name in self.data.document_types if self.data is not None else ():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked if code in required else Qt.CheckState.Unchecked)
            self.documents.addItem(item)

    def start_new(self) -> None:
        """Empty the form for a new type (the list keeps its selection until the new type is saved)."""
        self.code.setReadOnly(False)
        self.code.setToolTip("")
        for line in (self.code, self.name):
            line.clear()
        for box in (self.eligible, self.nonprofit, self.capacity):
            box.setChecked(True)
        self._fill_documents(set())
        self.code.setFocus()

    def checked_codes(self) -> list[str]:
        return [self.documents.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.documents.count())
                if self.documents.item(i).checkState() == Qt.CheckState.Checked]

    def _input(self, code: str) -> ApplicantTypeInput:
        return ApplicantTypeInput(code, self.name.text(), self.eligible.isChecked(), self.nonprofit.isChecked(),
                                  self.capacity.isChecked(), tuple(self.checked_codes()))

    def save_documents(self) -> None:
        kind = self.current_type()
        if kind is None:
            return
        uow, data = self.context.uow(), self._input(kind.code)
        self.save(lambda: applicant_types.update_applicant_type(uow, data, kind.version),
                  self.tr("Antragstellertyp »{name}« gespeichert.").format(name=data.name.strip()))

    def add_type(self) -> None:
        uow, data = self.context.uow(), self._input(self.code.text())
        self.save(lambda: applicant_types.create_applicant_type(uow, data),
                  self.tr("Antragstellertyp »{name}« angelegt.").format(name=data.name.strip()))
