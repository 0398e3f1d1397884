"""„Aus Formular übernehmen …“ in the intake wizard: open a returned application form (PDF or xlsx), fill the
wizard's pages from it and show each problem on the page where it is corrected, so the caseworker checks instead of
typing. The registration then stores the form file with the case (`app.cases.application_form_intake`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWizardPage

from app.cases.application_form_check import FormProblem, FormReading
from app.cases.application_form_intake import CORRECTED_IN_WIZARD, FORM_DOCUMENT
from app.cases.application_form_reader import ApplicationFormReader
from ui.operations import Operation
from ui.widgets.file_choice import Files

if TYPE_CHECKING:
    from ui.dialogs.intake import IntakeWizard

NEW_FROM_FORM = 0  # the applicant list's entry "new from the form" (no applicant has id 0)
PROJECT_FIELDS = frozenset({"title", "description", "goals", "start_date", "end_date", "municipality",
                            "field_of_action"})


def tr(text: str) -> str:
    return QCoreApplication.translate("IntakeForm", text)


@dataclass(frozen=True)
class LoadedForm:
    file_name: str
    content: bytes
    reading: FormReading


def notice(page: QWizardPage) -> QLabel:
    """The page's line for the form's problems, at the top of the page, hidden until a form is loaded."""
    label = QLabel(objectName="formProblems")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a61b1b;")
    label.setVisible(False)
    layout = page.layout()
    if isinstance(layout, QFormLayout):
        layout.insertRow(0, label)
    elif isinstance(layout, QVBoxLayout):
        layout.insertWidget(0, label)
    return label


def open_form(wizard: IntakeWizard) -> None:
    """Ask for the file, read and check it in a worker, then fill the wizard."""
    path = Files.open_file(wizard, tr("Antragsformular öffnen"),
                           tr("Antragsformulare (*.pdf *.xlsx);;PDF-Formulare (*.pdf);;Excel-Vorlagen (*.xlsx)"))
    if path is None:
        return
    context = wizard.context
    reader = ApplicationFormReader(context.database, context.actor.username)
    Operation(wizard, context, lambda: reader.read_file(Path(path))) \
        .success(lambda result: fill(wizard, LoadedForm(Path(path).name, result[1], result[0]))).run()


def fill(wizard: IntakeWizard, form: LoadedForm) -> None:
    wizard.form = form
    reading = form.reading
    _applicant(wizard, reading)
    _project(wizard, reading)
    _plan(wizard, reading)
    for box in wizard.documents_page.boxes:
        if box.property("code") == FORM_DOCUMENT:
            box.setChecked(True)
    _show_problems(wizard, reading.problems, form.file_name)


def _applicant(wizard: IntakeWizard, reading: FormReading) -> None:
    page, data = wizard.applicant_page, reading.applicant.data
    if len(reading.matches) == 1:
        page.offer_new(None)
        page._created(reading.matches[0].id, reading.matches[0].name)
        return
    place = " ".join(p for p in (data.postcode, data.city) if p)
    page.offer_new(tr("Neu aus dem Formular anlegen: {name}, {place}").format(name=data.name, place=place))
    page.search.setText(data.name if reading.matches else "")


def _choose(combo: QComboBox, value: str | None) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)


def _project(wizard: IntakeWizard, reading: FormReading) -> None:
    p, data = wizard.project_page, reading.application
    _choose(p.programme, data.programme or None)
    _choose(p.municipality, data.municipality)
    _choose(p.field_of_action, data.field_of_action)
    p.year.setValue(data.fiscal_year)
    p.title.setText(data.title)  # type: ignore[attr-defined]  # the page's line edit shadows QWizardPage.title
    p.description.setPlainText(data.description or "")
    p.start.set_value(data.start_date if isinstance(data.start_date, dt.date) else None)
    p.end.set_value(data.end_date if isinstance(data.end_date, dt.date) else None)


def _plan(wizard: IntakeWizard, reading: FormReading) -> None:
    plan, data = wizard.plan, reading.application
    plan.costs.setRowCount(0)
    plan.funding.setRowCount(0)
    for cost in data.cost_lines:
        plan.costs.add_line(cost.category, cost.description, Decimal(str(cost.amount)), cost.eligible)
    for funding in data.funding_lines:
        plan.funding.add_line(funding.kind, funding.source, Decimal(str(funding.amount)))
    plan.requested.set_value(Decimal(str(data.requested_amount)))
    plan.update_sums()


def _show_problems(wizard: IntakeWizard, problems: tuple[FormProblem, ...], file_name: str) -> None:
    """Each page lists the problems corrected on it; the first page also those only a new form can fix."""
    on_page = {
        wizard.applicant_page: [p for p in problems if p.field not in CORRECTED_IN_WIZARD],
        wizard.project_page: [p for p in problems if p.field in PROJECT_FIELDS],
        wizard.plan_page: [p for p in problems if p.field in CORRECTED_IN_WIZARD and p.field not in PROJECT_FIELDS],
    }
    for page, found in on_page.items():
        label = wizard.form_notices[page]
        if page is wizard.applicant_page:
            head = tr("Übernommen aus »{name}«.").format(name=file_name)
            if not problems:
                head += " " + tr("Das Formular ist vollständig; bitte die Angaben prüfen.")
            elif found:
                head += " " + tr("Diese Mängel lassen sich hier nicht korrigieren; der Antrag wird so nicht "
                                 "registriert:")
            else:
                head += " " + tr("Mängel werden auf den folgenden Seiten angezeigt.")
        else:
            head = tr("Mängel im Formular (bitte korrigieren):") if found else ""
        label.setText("\n".join([head, *(f"• {p}" for p in found)]).strip())
        label.setVisible(bool(label.text()))
        label.setStyleSheet("color: #a61b1b;" if found else "")
