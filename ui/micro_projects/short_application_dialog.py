"""„Kurzantrag erfassen …“ on the page "Kleinprojekte": fund, applicant, project, one total with own funds and the
amount asked for, and the day the short application came in (asked, never assumed). The service decides (ceiling,
sums); a refusal is shown in the dialog and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
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

from app.cases.choices import FormChoices
from app.kernel import clock
from app.kernel.choice import Choice
from app.kernel.errors import FoerderDeskError, ValidationError
from app.kernel.money import format_eur
from app.micro_projects.reader import MicroFund, MicroProjectReader
from app.micro_projects.short_application import MicroApplicationInput, register_micro_project
from ui.applicants.search import ApplicantSearch
from ui.case_detail.master_tab import fill_combo
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.dialog_look import fit_to_screen
from ui.widgets.fields import DateField, MoneyField, with_error
from ui.widgets.limits import bound
from ui.widgets.result_line import ERROR_STYLE
from ui.widgets.tab_order import fields_first
from ui.widgets.text_area import TextArea


class ShortApplicationDialog(QDialog):
    ready = Signal()  # funds and choices are shown
    registered = Signal(str)  # file number
    refused = Signal(str)  # the German message shown

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("shortApplication")
        self.setWindowTitle(self.tr("Kurzantrag für ein Kleinprojekt erfassen"))
        self.fund = QComboBox(objectName="microFund")
        self.year = QSpinBox(objectName="fiscalYear", minimum=2000, maximum=2100, value=clock.today().year)
        self.applicant = ApplicantSearch(context, "microApplicant")
        self.applicant.setMinimumHeight(160)
        self.title = bound(QLineEdit(objectName="title"), "Application.title")
        self.description = TextArea(objectName="description")
        self.description.setFixedHeight(60)
        self.municipality, self.field_of_action = QComboBox(objectName="municipality"), QComboBox(objectName="field")
        self.start, self.end = DateField(), DateField()
        self.total, self.own, self.requested = MoneyField(), MoneyField(required=False), MoneyField()
        self.received = DateField(required=False)  # the day it came in: asked, never assumed
        self.ceiling = QLabel(objectName="microCeiling")
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Kurzantrag registrieren"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.fund.currentIndexChanged.connect(lambda _i: self._show_ceiling())
        self.funds: list[MicroFund] = []
        self._layout()
        fit_to_screen(self, 720, 780)
        self._load()

    def _layout(self) -> None:
        form = QFormLayout()
        for label, widget in ((self.tr("Fonds"), self.fund), ("", self.ceiling),
                              (self.tr("Haushaltsjahr"), self.year), (self.tr("Antragsteller"), self.applicant),
                              (self.tr("Titel"), self.title), (self.tr("Beschreibung"), self.description),
                              (self.tr("Gemeinde"), self.municipality),
                              (self.tr("Handlungsfeld"), self.field_of_action),
                              (self.tr("Beginn"), with_error(self.start)), (self.tr("Ende"), with_error(self.end)),
                              (self.tr("Gesamtkosten"), with_error(self.total)),
                              (self.tr("Eigenmittel"), with_error(self.own)),
                              (self.tr("Beantragter Betrag"), with_error(self.requested)),
                              (self.tr("Eingang"), with_error(self.received))):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        fields_first(self, self.buttons)
        super().showEvent(event)

    def _load(self) -> None:
        micro = MicroProjectReader(self.context.database, self.context.actor.username)
        reader = self.context.reader
        Operation(self, self.context, lambda: (micro.micro_funds(), reader.form_choices())) \
            .success(lambda loaded: self._fill(*loaded)).failure(self._failed).run()
        self.applicant.search_now()

    def _fill(self, funds: list[MicroFund], choices: FormChoices) -> None:
        self.funds = funds
        fill_combo(self.fund, [Choice(f.code, f"{f.code} – {f.name}") for f in funds])
        fill_combo(self.municipality, choices.municipalities, self.tr("– bitte wählen –"))
        fill_combo(self.field_of_action, choices.fields_of_action, self.tr("– keines –"))
        self._show_ceiling()
        if not funds:
            self._failed(ValidationError(self.tr("Es gibt keinen Fonds für Kleinprojekte. Er wird unter "
                                                 "Verwaltung → Programme eingerichtet.")))
        self.ok_button.setEnabled(bool(funds))
        self.ready.emit()

    def _show_ceiling(self) -> None:
        fund = next((f for f in self.funds if f.code == self.fund.currentData()), None)
        self.ceiling.setText(self.tr("höchstens {ceiling} je Kleinprojekt").format(ceiling=format_eur(fund.ceiling))
                             if fund is not None and fund.ceiling is not None else "")

    def application_input(self) -> MicroApplicationInput:
        """What was typed; a missing choice or an unreadable field is refused here, everything else by the service."""
        chosen = self.applicant.current()
        if chosen is None:
            raise ValidationError(self.tr("Bitte einen Antragsteller auswählen."))
        received = self.received.value()
        if received is None:
            raise ValidationError(self.tr("Bitte das Eingangsdatum des Kurzantrags angeben (Feld »Eingang«)."))
        own = self.own.value()
        return MicroApplicationInput(
            programme=self.fund.currentData(), fiscal_year=self.year.value(), applicant_id=chosen.id,
            title=self.title.text(), description=self.description.toPlainText(),
            municipality=self.municipality.currentData(), field_of_action=self.field_of_action.currentData(),
            start_date=self.start.value(), end_date=self.end.value(), total_costs=self.total.value(),
            requested_amount=self.requested.value(), own_funds="0" if own is None else own, received_on=received)

    def submit(self) -> None:
        """Register in a worker; the dialog closes only when the case exists."""
        try:
            data = self.application_input()
        except FoerderDeskError as exc:
            self._failed(exc)
            return
        uow = self.context.uow()
        self.ok_button.setEnabled(False)
        Operation(self, self.context, lambda: register_micro_project(uow, data)).success(self._registered) \
            .failure(self._failed).notice_case(lambda number: number).run()

    def _registered(self, file_number: str) -> None:
        self.registered.emit(file_number)
        self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        self.ok_button.setEnabled(bool(self.funds))
        self.error.setText(error.message)
        self.refused.emit(error.message)
