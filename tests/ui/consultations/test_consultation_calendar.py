"""A consultation booked in the calendar, its idea recorded, and the idea registered as an application through
the intake wizard, driven through the real widgets (both backends)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.enums import ConsultationStatus, Status
from db.models import Application, Consultation, Document
from tests.fixtures.gui import WindowFactory
from tests.support import Office
from ui.consultations.booking_dialog import BookingDialog
from ui.consultations.calendar_view import ConsultationCalendar
from ui.consultations.idea_dialog import IdeaDialog
from ui.main_window import MainWindow


def slot_cell(grid: QTableWidget, column: int, time: str) -> tuple[int, int]:
    rows = [r for r in range(grid.rowCount()) if grid.verticalHeaderItem(r).text() == time]
    assert rows, f"no slot row {time}"
    return rows[0], column


def open_calendar(qtbot: QtBot, window: MainWindow) -> ConsultationCalendar:
    calendar = window.pages.consultations
    window.pages.setCurrentWidget(calendar)
    qtbot.waitUntil(lambda: calendar.grid.rowCount() > 0 and not window.context.runner.busy, timeout=20000)
    return calendar


def book_by_double_click(qtbot: QtBot, calendar: ConsultationCalendar, row: int, column: int) -> BookingDialog:
    grid = calendar.grid
    item = grid.item(row, column)
    assert item.text() == "frei"
    grid.scrollToItem(item)
    centre = grid.visualItemRect(item).center()
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # Qt 6: a double click follows a press
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    dialog = next(d for d in calendar.findChildren(BookingDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.advisor.count() > 0 and dialog.applicant.count() > 1, timeout=20000)
    return dialog


def fill_booking(qtbot: QtBot, dialog: BookingDialog, name: str) -> None:
    qtbot.keyClicks(dialog.contact, name)
    qtbot.keyClicks(dialog.phone, "03632 123456")
    dialog.topic.setText("Idee: Zirkuswagen für Kinder")  # keyClicks types ASCII only
    dialog.notes.setPlainText("Braucht einen Stellplatz in Greußen.")


def test_booked_in_the_calendar_and_registered_through_the_wizard(office: Office, window_for: WindowFactory,
                                                                  qtbot: QtBot, today) -> None:
    today.set(dt.date(2026, 2, 2))  # a Monday: the week shows Tuesday and Thursday
    window = window_for("anna")
    calendar = open_calendar(qtbot, window)
    grid = calendar.grid
    assert [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())] == [
        "Dienstag, 03.02.2026", "Donnerstag, 05.02.2026"]
    assert grid.rowCount() == 7  # 9–16 Uhr in one-hour slots
    row, column = slot_cell(grid, 0, "10:00")

    dialog = book_by_double_click(qtbot, calendar, row, column)
    assert dialog.slot.currentText() == "03.02.2026, 10:00"
    fill_booking(qtbot, dialog, "Frau Beispiel")
    with qtbot.waitSignal(dialog.booked, timeout=20000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "Frau Beispiel" in grid.item(row, column).text(), timeout=20000)
    qtbot.waitUntil(lambda: calendar.upcoming.rowCount() == 1 and not window.context.runner.busy, timeout=20000)
    assert calendar.upcoming.item(0, 2).text() == "Frau Beispiel"

    second = calendar.open_booking(dt.datetime(2026, 2, 3, 10, 0))  # the same slot again: refused, visibly
    assert second is not None
    qtbot.waitUntil(lambda: second.advisor.count() > 0, timeout=20000)
    fill_booking(qtbot, second, "Herr Doppelt")
    second.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "bereits vergeben" in second.error.text(), timeout=20000)
    second.reject()

    grid.setCurrentCell(row, column)
    assert calendar.idea_button.isEnabled() and not calendar.convert_button.isEnabled()
    qtbot.mouseClick(calendar.idea_button, Qt.MouseButton.LeftButton)
    idea_dialog = next(d for d in calendar.findChildren(IdeaDialog) if d.isVisible())
    qtbot.waitUntil(lambda: idea_dialog.applicant.count() > 1 and idea_dialog.programme.count() > 0, timeout=20000)
    assert idea_dialog.title.text() == "Idee: Zirkuswagen für Kinder"
    idea_dialog.applicant.setCurrentIndex(idea_dialog.applicant.findData(office.applicant_id))
    idea_dialog.title.setText("Zirkuswagen für Kinder")
    with qtbot.waitSignal(idea_dialog.recorded, timeout=20000) as recorded:
        idea_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    idea = str(recorded.args[0])
    qtbot.waitUntil(lambda: idea in grid.item(row, column).text() and not window.context.runner.busy,
                    timeout=20000)

    grid.setCurrentCell(row, column)
    assert calendar.convert_button.isEnabled()
    qtbot.mouseClick(calendar.convert_button, Qt.MouseButton.LeftButton)
    wizard = window.findChild(QWizard, "intakeWizard")
    assert wizard is not None and idea in wizard.windowTitle()
    qtbot.waitUntil(lambda: wizard.applicant_page.applicant_id() == office.applicant_id
                    and wizard.project_page.title.text() == "Zirkuswagen für Kinder", timeout=20000)
    project = wizard.project_page
    assert "Aus der Beratung am 03.02.2026: Braucht einen Stellplatz in Greußen." in project.description.toPlainText()
    assert project.received.text() == ""  # the receipt date is asked, not assumed
    wizard.next()
    project.municipality.setCurrentIndex(project.municipality.findData("Greußen"))
    project.justification.setPlainText("Neues Angebot, Bedarf laut Familienbericht belegt.")
    qtbot.keyClicks(project.start, "01.04.2026")
    qtbot.keyClicks(project.end, "31.12.2026")
    wizard.next()
    plan = wizard.plan
    plan.costs.item(0, 1).setText("Zirkuspädagogin")
    plan.costs.item(0, 2).setText("5.000,00")
    plan.funding.item(0, 1).setText("Eigenmittel des Vereins")
    plan.funding.item(0, 2).setText("1.000,00")
    plan.requested.clear()  # the idea asked for nothing yet
    qtbot.keyClicks(plan.requested, "4000")
    wizard.next()
    documents = wizard.documents_page
    qtbot.waitUntil(lambda: bool(documents.required), timeout=20000)
    required = [b for b in documents.boxes if b.property("code") in documents.required]
    assert required and all(b.text().endswith("– erforderlich") for b in required)
    assert all(b.text().split(" – ")[0] in documents.missing.text() for b in required)
    wizard.button(QWizard.WizardButton.FinishButton).click()  # no receipt date yet: refused, visibly
    qtbot.waitUntil(lambda: documents.error.text() != "", timeout=20000)
    assert wizard.isVisible() and "Datum" in documents.error.text()
    qtbot.keyClicks(project.received, "02.02.2026")
    required[0].setChecked(True)
    assert required[0].text().split(" – ")[0] not in documents.missing.text()
    with qtbot.waitSignal(wizard.registered, timeout=20000) as registered:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    file_number = str(registered.args[0])
    assert file_number == "LPF-2026-0001"

    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None
        assert (app.status, app.received_on, app.title) == (Status.received, dt.date(2026, 2, 2),
                                                            "Zirkuswagen für Kinder")
        recorded_docs = session.scalars(select(Document).where(Document.application_id == app.id)).all()
        assert [d.document_type.code for d in recorded_docs] == [required[0].property("code")]
        consultation = session.scalar(select(Consultation).where(Consultation.application_id == app.id))
        assert consultation is not None and consultation.status == ConsultationStatus.booked
