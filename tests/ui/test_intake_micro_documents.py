"""The intake wizard marks what a case must contain (issue 25): for a micro-project fund its own short list, for
another programme the applicant type's full list."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.fixtures.gui import WindowFactory
from tests.micro_projects.cases import FUND, micro_fund
from tests.support import Office


def _documents_for(qtbot: QtBot, wizard: QWizard, programme: str, expected: list[str]) -> str:
    """Back to the project page, choose `programme`, forward to the documents page until `expected` is marked
    as required; returns what the page says is missing."""
    while wizard.currentPage() is not wizard.project_page:
        wizard.back()
    project = wizard.project_page
    project.programme.setCurrentIndex(project.programme.findData(programme))
    wizard.next()
    wizard.next()
    page = wizard.documents_page
    qtbot.waitUntil(lambda: page.required == expected and not wizard.context.runner.busy, timeout=20000)
    return str(page.missing.text())


def test_the_wizard_marks_a_micro_fund_s_short_list(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                    today) -> None:
    micro_fund(office)
    window = window_for("anna")
    window.new_action.trigger()
    wizard = window.findChild(QWizard, "intakeWizard")
    assert wizard is not None
    page = wizard.applicant_page
    qtbot.keyClicks(page.search, "Sonnenblume")
    # every keystroke searches: the last answer must be in before the applicant is chosen
    qtbot.waitUntil(lambda: page.results.count() == 1 and not wizard.context.runner.busy, timeout=20000)
    page.results.setCurrentRow(0)
    wizard.next()
    project = wizard.project_page
    project.title.setText("Dorffest der Generationen")
    project.municipality.setCurrentIndex(project.municipality.findData("Sondershausen"))
    project.justification.setPlainText("Begegnung der Generationen im Ort.")
    qtbot.keyClicks(project.start, "01.05.2026")
    qtbot.keyClicks(project.end, "30.09.2026")

    said = _documents_for(qtbot, wizard, FUND, ["application_signed", "financing_plan"])
    assert said == ("Fehlt noch (die formelle Prüfung fordert es nach): Unterschriebener Antrag, "
                    "Kosten- und Finanzierungsplan")
    statutes = next(b for b in wizard.documents_page.boxes if b.property("code") == "statutes")
    assert statutes.text() == "Satzung" and not statutes.font().bold()

    said = _documents_for(qtbot, wizard, "LPF", ["application_signed", "financing_plan", "statutes",
                                                 "register_extract", "exemption_notice"])
    assert "Satzung, Vereinsregisterauszug" in said
    assert statutes.text() == "Satzung – erforderlich" and statutes.font().bold()
    wizard.reject()
