"""The start-view list "Ablaufende Unterlagen": run out or running out within the lead time; a click opens the file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.administration import settings_service as admin
from app.applicants import service as applicants
from app.cases import documents
from tests.fixtures.applicants_gui import WindowFactory, texts, wait_file
from tests.support import Office
from ui.applicants.documents_tab import StandingDocumentDialog
from ui.applicants.expiring import ExpiringDocumentsPanel
from ui.applicants.window import ApplicantsWindow
from ui.main_window import MainWindow

NOTICE = "Freistellungsbescheid des Finanzamts"


def _association(office: Office, name: str, notice_issued: dt.date) -> int:
    applicant_id = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name=name, applicant_type="association", postcode="99706", city="Sondershausen"))
    documents.record_document(office.anna, "exemption_notice", applicant_id=applicant_id,
                              received_on=dt.date(2026, 1, 5), issued_on=notice_issued)
    return applicant_id


def _panel(qtbot: QtBot, window: MainWindow) -> ExpiringDocumentsPanel:
    window.show()
    window.pages.setCurrentWidget(window.pages.cases)
    window.expiring_action.trigger()  # the menu entry shows the panel on the start page
    panel = window.findChild(ExpiringDocumentsPanel)
    assert panel is window.pages.expiring and window.pages.currentWidget() is window.pages.start
    qtbot.waitUntil(panel.isVisible)
    qtbot.waitUntil(lambda: panel.heading.text() != "" and not window.context.runner.busy, timeout=15000)
    return panel


def test_expiring_documents_are_listed_and_a_click_opens_the_right_file(office: Office, window_for: WindowFactory,
                                                                       qtbot: QtBot, qtmodeltester) -> None:
    soon = _association(office, "Elternverein Ebeleben e.V.", dt.date(2021, 3, 1))  # ends 01.03.2026: 27 days
    later = _association(office, "Heimatverein Holzsußra e.V.", dt.date(2021, 3, 25))  # ends 25.03.2026: 51 days
    gone = _association(office, "Kinderland Artern e.V.", dt.date(2020, 12, 1))  # ended 01.12.2025
    window = window_for("anna")
    panel = _panel(qtbot, window)
    qtmodeltester.check(panel.model)
    assert [(r.applicant_id, r.type_name) for r in panel.model.rows] == [(gone, NOTICE), (soon, NOTICE),
                                                                        (later, NOTICE)]
    assert [text.split("\n")[1] for text in texts(panel.model, 0)] == ["abgelaufen", "läuft ab", "läuft ab"]
    assert texts(panel.model, 1)[2] == f"Heimatverein Holzsußra e.V.\n{NOTICE}"
    assert "60 Tagen" in panel.heading.text()

    point = panel.view.visualRect(panel.model.index(2, 1)).center()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    view = window.findChild(ApplicantsWindow)
    assert view is not None and view.isVisible()
    wait_file(qtbot, view, later)
    assert view.file.title.text() == "Heimatverein Holzsußra e.V."
    assert "läuft am 25.03.2026 ab" in view.file.hints.text()

    point = panel.view.visualRect(panel.model.index(0, 1)).center()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    wait_file(qtbot, view, gone)
    assert "ist am 01.12.2025 abgelaufen" in view.file.hints.text()


def test_the_lead_time_is_a_setting(office: Office, window_for: WindowFactory, qtbot: QtBot) -> None:
    soon = _association(office, "Elternverein Ebeleben e.V.", dt.date(2021, 3, 1))
    _association(office, "Heimatverein Holzsußra e.V.", dt.date(2021, 3, 25))
    admin.set_setting(office.admin, "expiring_documents_days", 30)
    panel = _panel(qtbot, window_for("anna"))
    assert [r.applicant_id for r in panel.model.rows] == [soon] and "30 Tagen" in panel.heading.text()


def test_the_panel_stands_alone_and_follows_a_newly_recorded_notice(office: Office, window_for: WindowFactory,
                                                                    qtbot: QtBot) -> None:
    soon = _association(office, "Elternverein Ebeleben e.V.", dt.date(2021, 3, 1))
    window = window_for("anna")
    panel = ExpiringDocumentsPanel(window.context)  # as the start view embeds it
    qtbot.addWidget(panel)
    panel.link_to(window)
    panel.show()  # loads itself when first shown
    qtbot.waitUntil(lambda: [r.applicant_id for r in panel.model.rows] == [soon]
                    and not window.context.runner.busy, timeout=15000)
    panel.view.activated.emit(panel.model.index(0, 1))  # Enter on the row
    view = window.findChild(ApplicantsWindow)
    assert view is not None
    wait_file(qtbot, view, soon)
    view.file.documents.record.click()
    qtbot.waitUntil(lambda: view.file.findChild(StandingDocumentDialog) is not None, timeout=15000)
    dialog = view.file.findChild(StandingDocumentDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("exemption_notice"))
    qtbot.keyClicks(dialog.issued, "20.01.2026")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0 and not window.context.runner.busy, timeout=15000)
    assert "Keine Unterlage" in panel.heading.text()
