"""The intake wizard filled from a returned application form: „Aus Formular übernehmen …“ fills its pages, shows
the form's problems where they are corrected, and registers the case with the form stored (both backends)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.cases.application_form_reader import ApplicationFormReader
from db.models import Application, Document
from tests.fixtures.gui import WindowFactory
from tests.support import Office
from tests.support_forms import FILLED, fill_pdf, fill_xlsx
from ui.dialogs.intake import IntakeWizard
from ui.widgets.file_choice import Files


def returned_form(office: Office, tmp_path: Path, kind: str, **changes: str) -> Path:
    blank = ApplicationFormReader(office.database, "anna").blank("LPF", kind)
    values = {**FILLED, **changes}
    path = tmp_path / f"antrag-traeger.{kind}"
    path.write_bytes(fill_pdf(blank, values) if kind == "pdf" else fill_xlsx(blank, values))
    return path


def take_over(qtbot: QtBot, window_for: WindowFactory, monkeypatch: pytest.MonkeyPatch, path: Path) -> IntakeWizard:
    monkeypatch.setattr(Files, "open_file", classmethod(lambda _cls, _parent, _title, _filter: path))
    window = window_for("anna")
    wizard = window.new_case()
    assert wizard is not None
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert button.text() == "Aus Formular übernehmen …" and button.isVisible()
    button.click()
    qtbot.waitUntil(lambda: wizard.form is not None and not window.context.runner.busy, timeout=20000)
    return wizard


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_the_wizard_is_filled_from_a_form_and_registers_it(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                           monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                           kind: str) -> None:
    path = returned_form(office, tmp_path, kind)
    wizard = take_over(qtbot, window_for, monkeypatch, path)
    applicants = wizard.applicant_page.results
    assert applicants.currentItem().text().startswith("Neu aus dem Formular anlegen: Mehrgenerationenhaus Artern")
    assert wizard.form_notices[wizard.applicant_page].text().startswith(f"Übernommen aus »{path.name}«.")
    p = wizard.project_page
    assert p.title.text() == FILLED["title"]
    assert p.municipality.currentData() == "Artern" and p.field_of_action.currentData() == "Dialog der Generationen"
    assert p.start.text() == "01.03.2026" and p.end.text() == "31.12.2026"
    costs, funding, requested = wizard.plan.plan_input()
    assert [(c.category, c.description) for c in costs] == [
        ("personnel", "Koordination (10 Std./Woche)"), ("material", "Material und Miete"), ("fees", "Referentinnen")]
    assert [str(c.amount) for c in costs] == ["6000.00", "1234.50", "765.50"]
    assert [(f.kind, str(f.amount)) for f in funding] == [("own", "1000.00"), ("third_party", "600.00")]
    assert str(requested) == "6400.00"
    assert [b.property("code") for b in wizard.documents_page.boxes if b.isChecked()] == ["application_signed"]
    wizard.grab().save(str(tmp_path / "wizard.png"))
    with qtbot.waitSignal(wizard.registered, timeout=20000) as registered:
        wizard.accept()
    file_number = registered.args[0]
    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None and app.applicant.name == FILLED["applicant_name"]
        assert app.requested_amount == requested
        document = session.scalar(select(Document).where(Document.application_id == app.id))
        assert document is not None and document.content == path.read_bytes()


def test_problems_are_shown_on_their_pages_and_a_wrong_iban_blocks(office: Office, window_for: WindowFactory,
                                                                   qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    path = returned_form(office, tmp_path, "pdf", iban="DE02 1203 0000 0000 2020 52", requested_grant="6.000,00",
                         municipality="Erfurt")
    wizard = take_over(qtbot, window_for, monkeypatch, path)
    first = wizard.form_notices[wizard.applicant_page].text()
    assert "IBAN: Die IBAN" in first and "Finanzierungsplan" not in first
    assert "»Erfurt« ist keine Gemeinde des Landkreises" in wizard.form_notices[wizard.project_page].text()
    assert "Finanzierungsplan: Die Gesamtkosten (8.000,00 €)" in wizard.form_notices[wizard.plan_page].text()
    wizard.project_page.municipality.setCurrentIndex(wizard.project_page.municipality.findData("Artern"))
    wizard.plan.requested.set_value(wizard.plan.requested.value() + 400)
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.documents_page.error.text() != "", timeout=20000)
    message = wizard.documents_page.error.text()
    assert "IBAN: Die IBAN" in message and "Finanzierungsplan" not in message and "Gemeinde" not in message
    with office.database.read() as session:
        assert session.scalar(select(Application)) is None


@pytest.mark.parametrize("ending", ["pdf", "xlsx"])
def test_the_blank_form_is_saved_from_the_file_menu(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                    ending: str) -> None:
    target = tmp_path / f"Antrag-Vorlage.{ending}"
    monkeypatch.setattr(Files, "save_as", classmethod(lambda _cls, _parent, _title, _name, _filter: target))
    window = window_for("anna")
    window.blank_form_menu.aboutToShow.emit()
    action = window.blank_form_menu.findChild(QAction, "blankForm-LPF")
    assert action is not None and action.text() == "LPF – Landesprogramm Familie …"
    action.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.context.runner.busy, timeout=20000)
    reading = ApplicationFormReader(office.database, "anna").read(
        target.name, fill_pdf(target.read_bytes(), FILLED) if ending == "pdf" else fill_xlsx(target.read_bytes(),
                                                                                               FILLED))
    assert reading.problems == () and reading.application.programme == "LPF"
    assert "Antragsformular gespeichert" in window.statusBar().currentMessage()


def test_a_known_traeger_is_chosen_in_the_list(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = returned_form(office, tmp_path, "xlsx", applicant_name="Familienzentrum Sonnenblume e.V.",
                         postcode="99706", city="Sondershausen", street="Bahnhofstraße 5")
    wizard = take_over(qtbot, window_for, monkeypatch, path)
    qtbot.waitUntil(lambda: wizard.applicant_page.applicant_id() == office.applicant_id, timeout=20000)
    items = [wizard.applicant_page.results.item(i).text() for i in range(wizard.applicant_page.results.count())]
    assert not any(text.startswith("Neu aus dem Formular") for text in items)
    with qtbot.waitSignal(wizard.registered, timeout=20000) as registered:
        wizard.accept()
    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == registered.args[0]))
        assert app is not None and app.applicant_id == office.applicant_id
