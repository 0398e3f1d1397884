"""„Projektidee erfassen“ from a consultation: programme, year, applicant, title, description, follow-up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.applicants.search import ApplicantRow
from app.cases.choices import FormChoices
from app.cases.consultation_ideas import record_idea
from app.cases.consultation_reader import ConsultationRow
from app.cases.intake import ApplicationInput
from app.kernel import clock
from app.kernel.errors import FoerderDeskError, ValidationError
from ui.case_detail.master_tab import fill_combo
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.fields import DateField, with_error
from ui.widgets.text_area import TextArea


class IdeaDialog(QDialog):
    recorded = Signal(str)  # `IDEE-<id>`

    def __init__(self, context: UiContext, consultation: ConsultationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.consultation = context, consultation
        self.setObjectName("ideaDialog")
        self.setWindowTitle(self.tr("Projektidee aus der Beratung erfassen"))
        self.programme = QComboBox(objectName="programme")
        self.year = QSpinBox(objectName="fiscalYear", minimum=2000, maximum=2100, value=clock.today().year)
        self.applicant = QComboBox(objectName="applicant")
        self.title = QLineEdit(consultation.topic, objectName="title")
        self.description = TextArea(objectName="description")
        self.description.setPlaceholderText(self.tr("Die Notizen der Beratung gehen beim Registrieren als Antrag "
                                                    "in die Beschreibung ein."))
        self.description.setTabChangesFocus(True)
        self.follow_up = DateField(required=False)
        self.follow_up.setObjectName("followUp")
        self.follow_up.set_value(consultation.follow_up_on)
        form = QFormLayout()
        for label, widget in ((self.tr("Programm"), self.programme), (self.tr("Haushaltsjahr"), self.year),
                              (self.tr("Antragsteller"), self.applicant), (self.tr("Titel"), self.title),
                              (self.tr("Beschreibung"), self.description),
                              (self.tr("Wiedervorlage"), with_error(self.follow_up))):
            form.addRow(label, widget)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Idee erfassen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Beratung am {start} mit {contact}").format(
            start=consultation.start.strftime("%d.%m.%Y, %H:%M"), contact=consultation.contact)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        Operation(self, context, context.reader.form_choices).success(self._choices).run()
        Operation(self, context, lambda: context.reader.applicants("")).success(self._applicants).run()

    def _choices(self, choices: FormChoices) -> None:
        fill_combo(self.programme, choices.programmes)

    def _applicants(self, rows: list[ApplicantRow]) -> None:
        self.applicant.addItem(self.tr("– bitte wählen –"), None)
        for row in rows:
            self.applicant.addItem(f"{row.name} ({row.city or ''})", row.id)
        if self.consultation.applicant_id is not None:
            self.applicant.setCurrentIndex(max(0, self.applicant.findData(self.consultation.applicant_id)))

    def idea_input(self) -> ApplicationInput:
        applicant_id = self.applicant.currentData()
        if applicant_id is None:
            raise ValidationError(self.tr("Bitte den Antragsteller wählen (neu anlegen unter Ansicht › "
                                          "Antragsteller)."))
        return ApplicationInput(programme=self.programme.currentData() or "", fiscal_year=self.year.value(),
                                applicant_id=applicant_id, title=self.title.text(),
                                description=self.description.toPlainText() or None)

    def submit(self) -> None:
        try:
            data, due = self.idea_input(), self.follow_up.value()
        except FoerderDeskError as exc:
            self._failed(exc)
            return
        uow, consultation_id = self.context.uow(), self.consultation.id
        self.buttons.setEnabled(False)
        Operation(self, self.context, lambda: record_idea(uow, consultation_id, data, due)) \
            .success(self._recorded).failure(self._failed).notice_cases().run()

    def _recorded(self, ref: str) -> None:
        self.recorded.emit(ref)
        self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error.message)
