"""Master data of a case: project, place, social-plan classification, dates; editable before the decision."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cases.choices import FormChoices
from app.cases.detail import CaseDetail
from app.kernel.choice import Choice
from ui.widgets.fields import DateField, with_error
from ui.widgets.limits import bound
from ui.widgets.text_area import TextArea


def fill_combo(combo: QComboBox, choices: list[Choice], empty: str | None = None) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for choice in choices:
        combo.addItem(choice.label, choice.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class MasterTab(QWidget):
    edited = Signal()
    applicant_requested = Signal(int)  # "Trägerakte": applicant id of the shown case (connected by the main window)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = bound(QLineEdit(objectName="titleEdit"), "Application.title")
        self.description = TextArea(objectName="descriptionEdit")
        self.description.setFixedHeight(70)
        self.municipality = QComboBox(objectName="municipalityEdit")
        self.life_phase = QComboBox(objectName="lifePhaseEdit")
        self.field_of_action = QComboBox(objectName="fieldOfActionEdit")
        self.measure = QComboBox(objectName="measureEdit")
        self.justification = TextArea(objectName="justificationEdit")
        self.justification.setFixedHeight(50)
        self.financing_type = QComboBox(objectName="financingTypeEdit")
        self.start = DateField(required=False)
        self.end = DateField(required=False)
        self.started = DateField(required=False)
        self.early_start = DateField(required=False)
        self.applicant = QLabel(objectName="applicantLabel")
        self.applicant.setWordWrap(True)
        self.applicant_id: int | None = None
        self.applicant_file = QPushButton(self.tr("Trägerakte …"), objectName="openApplicantFile", flat=True)
        self.applicant_file.setToolTip(self.tr("Akte des Antragstellers: Unterlagen, alle Anträge, Warnungen"))
        self.applicant_file.clicked.connect(
            lambda: self.applicant_requested.emit(self.applicant_id) if self.applicant_id is not None else None)
        self.programme = QLabel()
        self._layout()
        for signal in (self.title.textEdited, self.description.textChanged, self.justification.textChanged,
                       self.start.textEdited, self.end.textEdited, self.started.textEdited,
                       self.early_start.textEdited):
            signal.connect(self.edited)
        for combo in (self.municipality, self.life_phase, self.field_of_action, self.measure, self.financing_type):
            combo.activated.connect(lambda _i: self.edited.emit())

    def _layout(self) -> None:
        project = QGroupBox(self.tr("Vorhaben"))
        form = QFormLayout(project)
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Beschreibung"), self.description)
        form.addRow(self.tr("Programm"), self.programme)
        applicant_row = QHBoxLayout()
        applicant_row.addWidget(self.applicant, 1)
        applicant_row.addWidget(self.applicant_file, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Antragsteller"), applicant_row)
        form.addRow(self.tr("Gemeinde"), self.municipality)
        form.addRow(self.tr("Finanzierungsart"), self.financing_type)
        plan = QGroupBox(self.tr("Sozialplan"))
        plan_form = QFormLayout(plan)
        plan_form.addRow(self.tr("Lebensphase"), self.life_phase)
        plan_form.addRow(self.tr("Handlungsfeld"), self.field_of_action)
        plan_form.addRow(self.tr("Maßnahme (Katalog)"), self.measure)
        plan_form.addRow(self.tr("Begründung außerhalb\ndes Katalogs"), self.justification)
        dates = QGroupBox(self.tr("Zeitraum"))
        date_form = QFormLayout(dates)
        date_form.addRow(self.tr("Beginn"), with_error(self.start))
        date_form.addRow(self.tr("Ende"), with_error(self.end))
        date_form.addRow(self.tr("Maßnahmebeginn\n(Vertragsschluss)"), with_error(self.started))
        date_form.addRow(self.tr("Vorzeitiger Beginn\nzugelassen am"), with_error(self.early_start))
        left = QVBoxLayout()
        left.addWidget(project)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(plan)
        right.addWidget(dates)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def set_choices(self, choices: FormChoices) -> None:
        fill_combo(self.municipality, choices.municipalities, self.tr("– bitte wählen –"))
        fill_combo(self.life_phase, choices.life_phases, self.tr("– keine –"))
        fill_combo(self.field_of_action, choices.fields_of_action, self.tr("– keines –"))
        fill_combo(self.measure, choices.measures, self.tr("– außerhalb des Katalogs –"))
        fill_combo(self.financing_type, choices.financing_types)

    def show_case(self, detail: CaseDetail, editable: bool) -> None:
        for widget, value in ((self.title, detail.title), (self.description, detail.description or ""),
                              (self.justification, detail.catalogue_justification or "")):
            widget.blockSignals(True)
            widget.setPlainText(value) if isinstance(widget, QPlainTextEdit) else widget.setText(value)
            widget.blockSignals(False)
        self.applicant_id = detail.applicant_id
        self.programme.setText(f"{detail.programme_code} – {detail.programme_name}, {detail.fiscal_year}")
        self.applicant.setText(f"{detail.applicant} ({detail.applicant_type})\n{detail.applicant_address}"
                               + ("\n" + self.tr("Kontakt: {name}").format(name=detail.contact)
                                  if detail.contact else ""))
        select_data(self.municipality, detail.municipality)
        select_data(self.life_phase, detail.life_phase_code)
        select_data(self.field_of_action, detail.field_of_action)
        select_data(self.measure, str(detail.measure_id) if detail.measure_id else None)
        select_data(self.financing_type, detail.financing_type.value)
        for field, day in ((self.start, detail.start_date), (self.end, detail.end_date),
                           (self.started, detail.project_started_on),
                           (self.early_start, detail.early_start_approved_on)):
            field.blockSignals(True)
            field.set_value(day)
            field.blockSignals(False)
        for widget in (self.title, self.description, self.justification, self.start, self.end, self.started,
                       self.early_start):
            widget.setReadOnly(not editable)
        for combo in (self.municipality, self.life_phase, self.field_of_action, self.measure, self.financing_type):
            combo.setEnabled(editable)

    def field_widget(self, field: str | None) -> QWidget | None:
        """The widget for a service's field name, to show a validation message beside it."""
        return {"title": self.title, "description": self.description, "municipality": self.municipality,
                "start_date": self.start, "end_date": self.end, "project_started_on": self.started,
                "early_start_approved_on": self.early_start, "catalogue_justification": self.justification,
                }.get(field or "")
