"""„Neuer Antrag“: choose or create the applicant, enter the project, plan and documents; register. The same
wizard registers a project idea (pre-filled from it, receipt date asked, required documents marked)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.applicants.search import ApplicantRow
from app.cases.application_form_intake import register_from_form
from app.cases.choices import FormChoices
from app.cases.consultation_reader import ConsultationReader, IdeaStart
from app.cases.intake import ApplicationInput, convert_idea, register_application
from app.kernel import clock
from app.kernel.errors import FoerderDeskError, ValidationError
from ui.case_detail.master_tab import fill_combo
from ui.case_detail.plan_tab import PlanTab
from ui.context import UiContext
from ui.dialogs.applicant_dialog import ApplicantDialog
from ui.dialogs.intake_form import NEW_FROM_FORM, LoadedForm, notice, open_form
from ui.operations import Operation
from ui.widgets.dialog_look import fit_to_screen
from ui.widgets.fields import DateField, with_error
from ui.widgets.limits import bound
from ui.widgets.text_area import TextArea


class ApplicantPage(QWizardPage):
    def __init__(self, context: UiContext, choices: FormChoices) -> None:
        super().__init__()
        self.context, self.choices = context, choices
        self.setTitle(self.tr("Antragsteller"))
        self.setSubTitle(self.tr("Vorhandenen Antragsteller suchen und auswählen oder neu anlegen."))
        self.search = QLineEdit(objectName="applicantSearch", placeholderText=self.tr("Name oder Ort …"))
        self.results = QListWidget(objectName="applicantResults")
        self.new_button = QPushButton(self.tr("Neuen Antragsteller anlegen …"), objectName="newApplicant")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.new_button)
        self.search.textChanged.connect(self._search)
        self.results.currentItemChanged.connect(lambda *_a: self.completeChanged.emit())
        self.new_button.clicked.connect(self._new_applicant)
        self.new_offer: str | None = None  # "new from the form: …", listed first while a form is loaded
        self._search("")

    def _search(self, text: str) -> None:
        reader = self.context.reader
        Operation(self, self.context, lambda: reader.applicants(text)).success(self._show).run()

    def offer_new(self, text: str | None) -> None:
        """List (and choose) registering the form's Träger as a new applicant; None withdraws the offer."""
        self.new_offer = text
        if text is not None:
            self._show([], NEW_FROM_FORM)

    def _show(self, rows: list[ApplicantRow], select_id: int | None = None) -> None:
        self.results.clear()
        if self.new_offer is not None:
            item = QListWidgetItem(self.new_offer)
            item.setData(Qt.ItemDataRole.UserRole, NEW_FROM_FORM)
            self.results.addItem(item)
            if select_id in (None, NEW_FROM_FORM):
                self.results.setCurrentItem(item)
        for row in rows:
            item = QListWidgetItem(f"{row.name} – {row.type_name}, {row.postcode or ''} {row.city or ''}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
            if row.id == select_id:
                self.results.setCurrentItem(item)

    def _new_applicant(self) -> None:
        dialog = ApplicantDialog(self.context, self.choices, self)
        dialog.created.connect(self._created)
        dialog.open()

    def _created(self, applicant_id: int, name: str) -> None:
        reader = self.context.reader
        self.search.blockSignals(True)
        self.search.setText(name)
        self.search.blockSignals(False)
        Operation(self, self.context, lambda: reader.applicants(name)) \
            .success(lambda rows: self._show(rows, applicant_id)).run()

    def applicant_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Next only with a chosen applicant."""
        return self.applicant_id() is not None


class ProjectPage(QWizardPage):
    def __init__(self, choices: FormChoices) -> None:
        super().__init__()
        self.setTitle(self.tr("Vorhaben"))
        self.programme, self.municipality = QComboBox(objectName="programme"), QComboBox(objectName="municipality")
        self.life_phase, self.field_of_action = QComboBox(objectName="lifePhase"), QComboBox(objectName="field")
        self.measure = QComboBox(objectName="measure")
        fill_combo(self.programme, choices.programmes)
        fill_combo(self.municipality, choices.municipalities, self.tr("– bitte wählen –"))
        fill_combo(self.life_phase, choices.life_phases, self.tr("– keine –"))
        fill_combo(self.field_of_action, choices.fields_of_action, self.tr("– keines –"))
        fill_combo(self.measure, choices.measures, self.tr("– außerhalb des Katalogs –"))
        self.year = QSpinBox(objectName="fiscalYear", minimum=2000, maximum=2100, value=clock.today().year)
        self.title = bound(QLineEdit(objectName="title"), "Application.title")
        self.description = TextArea(objectName="description")
        self.description.setFixedHeight(60)
        self.justification = TextArea(objectName="justification")
        self.justification.setFixedHeight(50)
        self.start, self.end, self.received = DateField(), DateField(), DateField()
        self.received.set_value(clock.today())
        form = QFormLayout(self)
        for label, widget in ((self.tr("Programm"), self.programme), (self.tr("Haushaltsjahr"), self.year),
                              (self.tr("Titel"), self.title), (self.tr("Beschreibung"), self.description),
                              (self.tr("Gemeinde"), self.municipality), (self.tr("Lebensphase"), self.life_phase),
                              (self.tr("Handlungsfeld"), self.field_of_action),
                              (self.tr("Maßnahme (Katalog)"), self.measure),
                              (self.tr("Begründung außerhalb des Katalogs"), self.justification),
                              (self.tr("Beginn"), with_error(self.start)), (self.tr("Ende"), with_error(self.end)),
                              (self.tr("Eingang"), with_error(self.received))):
            form.addRow(label, widget)


class DocumentsPage(QWizardPage):
    def __init__(self, choices: FormChoices) -> None:
        super().__init__()
        self.setTitle(self.tr("Eingegangene Unterlagen"))
        self.setSubTitle(self.tr("Was lag dem Antrag bei? Fehlendes zeigt die formelle Prüfung."))
        layout = QVBoxLayout(self)
        self.boxes: list[QCheckBox] = []
        for choice in choices.document_types:
            box = QCheckBox(choice.label, objectName=f"doc-{choice.value}")
            box.setProperty("code", choice.value)
            self.boxes.append(box)
            layout.addWidget(box)
        self.missing = QLabel(objectName="missingDocuments")
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        for box in self.boxes:
            box.toggled.connect(self._show_missing)
        self.required: list[str] = []
        layout.addStretch(1)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

    def codes(self) -> list[str]:
        return [str(b.property("code")) for b in self.boxes if b.isChecked()]

    def set_required(self, required: list[tuple[str, str]]) -> None:
        """Mark what the applicant's type must hand in; say what of it is still missing."""
        self.required = [code for code, _name in required]
        for box in self.boxes:
            needed = box.property("code") in self.required
            name = next((n for c, n in required if c == box.property("code")), box.text().split(" – ")[0])
            box.setText(self.tr("{name} – erforderlich").format(name=name) if needed else name)
            font = box.font()
            font.setBold(needed)
            box.setFont(font)
        self._show_missing()

    def missing_names(self) -> list[str]:
        return [b.text().split(" – ")[0] for b in self.boxes
                if b.property("code") in self.required and not b.isChecked()]

    def _show_missing(self) -> None:
        missing = self.missing_names()
        if not self.required:
            self.missing.setText("")
        elif missing:
            self.missing.setText(self.tr("Fehlt noch (die formelle Prüfung fordert es nach): {names}").format(
                names=", ".join(missing)))
        else:
            self.missing.setText(self.tr("Alle erforderlichen Unterlagen liegen vor."))


class IntakeWizard(QWizard):
    registered = Signal(str)  # file number

    def __init__(self, context: UiContext, choices: FormChoices, parent: QWidget | None = None,
                 idea: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.idea = idea  # `IDEE-<id>`: the wizard registers this project idea instead of a new case
        self.idea_version: int | None = None
        self.setObjectName("intakeWizard")
        self.setWindowTitle(self.tr("Neuer Antrag") if idea is None else
                            self.tr("Projektidee {ref} als Antrag registrieren").format(ref=idea))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.applicant_page = ApplicantPage(context, choices)
        self.project_page = ProjectPage(choices)
        self.plan_page = QWizardPage()
        self.plan_page.setTitle(self.tr("Kosten- und Finanzierungsplan"))
        self.plan = PlanTab()
        QVBoxLayout(self.plan_page).addWidget(self.plan)
        self.plan.costs.add_line("personnel")
        self.plan.funding.add_line("own")
        self.documents_page = DocumentsPage(choices)
        for page in (self.applicant_page, self.project_page, self.plan_page, self.documents_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Antrag registrieren"))
        self.currentIdChanged.connect(self._page_shown)
        self.form: LoadedForm | None = None  # the returned application form the pages were filled from
        self.form_notices = {page: notice(page) for page in (self.applicant_page, self.project_page,
                                                             self.plan_page)}
        if idea is None:
            self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
            self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Aus Formular übernehmen …"))
            self.button(QWizard.WizardButton.CustomButton1).setObjectName("fromForm")
            self.customButtonClicked.connect(lambda _which: open_form(self))
        fit_to_screen(self, 860, 640)
        if idea is not None:
            self.project_page.received.set_value(None)  # asked, never assumed: the day the application came in
            reader = ConsultationReader(context.database, context.actor.username)
            Operation(self, context, lambda: reader.idea_start(idea)).success(self._prefill).run()

    def _prefill(self, start: IdeaStart) -> None:
        """The idea's applicant, project, notes and plan; the caseworker completes and checks them."""
        self.idea_version = start.version
        draft, p = start.draft, self.project_page
        self.applicant_page._created(draft.applicant_id, start.applicant_name)
        for combo, value in ((p.programme, draft.programme), (p.municipality, draft.municipality),
                             (p.life_phase, draft.life_phase), (p.field_of_action, draft.field_of_action),
                             (p.measure, str(draft.measure_id) if draft.measure_id else None)):
            if value is not None and combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))
        p.year.setValue(draft.fiscal_year)
        p.title.setText(draft.title)
        p.description.setPlainText(draft.description or "")
        p.justification.setPlainText(draft.catalogue_justification or "")
        p.start.set_value(draft.start_date if isinstance(draft.start_date, dt.date) else None)
        p.end.set_value(draft.end_date if isinstance(draft.end_date, dt.date) else None)
        if draft.cost_lines or draft.funding_lines:
            self.plan.costs.setRowCount(0)
            self.plan.funding.setRowCount(0)
            for c in draft.cost_lines:
                self.plan.costs.add_line(c.category, c.description, Decimal(str(c.amount)), c.eligible)
            for f in draft.funding_lines:
                self.plan.funding.add_line(f.kind, f.source, Decimal(str(f.amount)))
        self.plan.requested.set_value(Decimal(str(draft.requested_amount)))
        self.plan.update_sums()

    def _page_shown(self, _page_id: int) -> None:
        applicant_id = self.applicant_page.applicant_id()
        if self.currentPage() is self.documents_page and applicant_id is not None:
            reader = ConsultationReader(self.context.database, self.context.actor.username)
            programme = self.project_page.programme.currentData()  # a micro-project fund has its own short list
            Operation(self, self.context, lambda: reader.required_documents(applicant_id, programme)) \
                .success(self.documents_page.set_required).run()

    def application_input(self) -> ApplicationInput:
        p = self.project_page
        costs, funding, requested = self.plan.plan_input()
        measure = p.measure.currentData()
        applicant_id = self.applicant_page.applicant_id()
        if applicant_id is None:
            raise ValidationError(self.tr("Bitte einen Antragsteller auswählen."))
        return ApplicationInput(
            programme=p.programme.currentData(), fiscal_year=p.year.value(), applicant_id=applicant_id,
            title=p.title.text(), description=p.description.toPlainText() or None,
            municipality=p.municipality.currentData(), life_phase=p.life_phase.currentData(),
            field_of_action=p.field_of_action.currentData(), measure_id=int(measure) if measure else None,
            catalogue_justification=p.justification.toPlainText() or None, start_date=p.start.value(),
            end_date=p.end.value(), requested_amount=requested, cost_lines=costs, funding_lines=funding,
            received_on=p.received.value())

    def accept(self) -> None:
        """Register in a worker; the wizard closes only when the case exists."""
        try:
            data = self.application_input()
        except FoerderDeskError as exc:
            self._failed(exc)
            return
        uow, codes, idea, version = self.context.uow(), self.documents_page.codes(), self.idea, self.idea_version
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        if idea is not None:
            if data.received_on is None:
                self._failed(ValidationError(self.tr("Bitte das Eingangsdatum des Antrags angeben (Seite "
                                                     "»Vorhaben«, Feld »Eingang«).")))
                return
            operation = Operation(self, self.context, lambda: convert_idea(uow, idea, data.received_on, version,
                                                                           data, codes))
        elif self.form is not None:
            form, chosen = self.form, data.applicant_id
            operation = Operation(self, self.context, lambda: register_from_form(
                uow, form.reading, form.file_name, form.content, application=data, received_documents=codes,
                applicant_id=None if chosen == NEW_FROM_FORM else chosen))
        else:
            operation = Operation(self, self.context, lambda: register_application(uow, data, codes))
        operation.success(self._registered).failure(self._failed).run()

    def _registered(self, file_number: str) -> None:
        self.registered.emit(file_number)
        super().accept()

    def _failed(self, error: FoerderDeskError) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.documents_page.error.setText(error.message)
