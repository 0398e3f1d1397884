"""Administration: an admin changes a budget and a letter template (both audited); a caseworker cannot open
it (the service refuses, not only the menu); anonymising after retention is confirmed and audited."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.administration import programmes
from app.administration.reads import administration
from app.applicants import service as applicants
from app.kernel.errors import PermissionDenied
from app.letters import templates
from db.models import AuditEvent, Budget, ContactPerson
from tests.fixtures.gui import WindowFactory
from tests.support import Office, closed_case
from ui.admin.window import AdminWindow, open_administration
from ui.data_protection.window import DataProtectionWindow
from ui.main_window import MainWindow
from ui.widgets.file_choice import Files


def open_admin(qtbot: QtBot, window: MainWindow) -> AdminWindow:
    window.admin_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(AdminWindow) is not None, timeout=20000)
    admin = window.findChild(AdminWindow)
    assert admin is not None
    qtbot.waitUntil(lambda: not window.context.runner.busy and admin.templates.rows != [], timeout=20000)
    return admin


def events(office: Office, action: str) -> list[AuditEvent]:
    with office.database.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                    .order_by(AuditEvent.id)))


def test_admin_changes_a_budget_and_a_template_and_both_are_audited(office: Office, window_for: WindowFactory,
                                                                     qtbot: QtBot, today) -> None:
    window = window_for("admin")
    admin = open_admin(qtbot, window)
    tab = admin.budgets
    admin.tabs.setCurrentWidget(tab)
    tab.table.setCurrentCell(0, 0)
    assert (tab.programme.currentData(), tab.year.value()) == ("LPF", 2026)
    tab.allocation.setText("125.000,00")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Grund der Änderung" in tab.message.text(), timeout=20000)  # refused: no reason
    with office.database.read() as session:
        assert session.scalar(select(Budget.allocation)) == Decimal("100000.00")
    tab.reason.setPlainText("Erhöhte Zuweisung des Landes vom 15.01.2026")
    with qtbot.waitSignal(admin.loaded, timeout=20000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Haushaltsansatz LPF 2026 gespeichert." and tab.reason.toPlainText() == ""
    assert tab.table.item(0, 2).text().startswith("125.000,00")
    with office.database.read() as session:
        assert session.scalar(select(Budget.allocation)) == Decimal("125000.00")
    change = [e for e in events(office, "set-budget") if e.field == "allocation"][-1]
    assert (change.user_name, change.reason) == ("admin", "Erhöhte Zuweisung des Landes vom 15.01.2026")
    assert "100000" in (change.old_value or "") and "125000" in (change.new_value or "")

    page = admin.templates
    admin.tabs.setCurrentWidget(page)
    page.select_kind("receipt")
    version = page.current.version
    page.body.setPlainText(page.body.toPlainText() + "\n\nBitte nennen Sie stets das Aktenzeichen {aktenzeichen}.")
    with qtbot.waitSignal(admin.loaded, timeout=20000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Vorlage »Eingangsbestätigung« gespeichert."
    qtbot.waitUntil(lambda: page.current is not None and page.current.version == version + 1, timeout=20000)
    edit = [e for e in events(office, "edit-template") if e.field == "body"][-1]
    assert edit.user_name == "admin" and "stets das Aktenzeichen" in (edit.new_value or "")

    page.body.setPlainText(page.body.toPlainText() + " {gibtsnicht}")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nicht gespeichert" in page.message.text(), timeout=20000)
    assert templates.get_template(office.admin, "receipt").version == version + 1


def test_caseworker_cannot_open_the_administration(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                   today) -> None:
    anna = window_for("anna")
    assert not anna.admin_action.isEnabled() and not anna.privacy_action.isEnabled()
    open_administration(anna, anna.context)  # as if the menu were enabled: the service decides
    qtbot.waitUntil(lambda: not anna.context.runner.busy, timeout=20000)
    box = anna.findChild(QMessageBox, "expectedErrorBox")
    assert box is not None and "darf »Programme, Haushalt und Einstellungen verwalten« nicht" in box.text()
    assert anna.findChild(AdminWindow) is None
    with pytest.raises(PermissionDenied):
        administration(office.anna)
    with pytest.raises(PermissionDenied):
        programmes.set_budget(office.anna, "LPF", 2026, "1000000", reason="Versuch ohne Recht")
    row = templates.get_template(office.anna, "receipt")
    with pytest.raises(PermissionDenied):
        templates.update_template(office.sabine, "receipt", subject=row.subject, body=row.body,
                                  expected_version=row.version)


def test_admin_anonymises_an_expired_case_and_exports_a_person(office: Office, window_for: WindowFactory,
                                                               qtbot: QtBot, today, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    contact = applicants.add_contact(office.anna, office.applicant_id, applicants.ContactInput(
        "Petra Beispiel", "Vorsitzende", "petra@sonnenblume.example"))
    file_number = closed_case(office, today, contact_person_id=contact)
    today.set(dt.date(2038, 1, 1))
    window = window_for("admin")
    window.privacy_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(DataProtectionWindow) is not None, timeout=20000)
    privacy = window.findChild(DataProtectionWindow)
    assert privacy is not None
    qtbot.waitUntil(lambda: privacy.case_table.rowCount() == 1, timeout=20000)

    monkeypatch.setattr(Files, "save_as", classmethod(lambda _cls, _p, _t, name, _f: tmp_path / name))
    privacy.search.setText("Beispiel")
    qtbot.keyClick(privacy.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: privacy.contact_table.rowCount() == 1, timeout=20000)
    privacy.contact_table.setCurrentCell(0, 0)
    with qtbot.waitSignal(privacy.exported, timeout=20000):
        qtbot.mouseClick(privacy.export_button, Qt.MouseButton.LeftButton)
    exported = json.loads((tmp_path / f"auskunft_{contact}.json").read_text(encoding="utf-8"))
    assert exported["kontaktperson"]["name"] == "Petra Beispiel"

    privacy.case_table.setCurrentCell(0, 0)
    with qtbot.waitSignal(privacy.exported, timeout=30000) as archived:
        qtbot.mouseClick(privacy.archive_button, Qt.MouseButton.LeftButton)
    assert archived.args[0].endswith(".zip") and zipfile.is_zipfile(archived.args[0])
    dialog = privacy.anonymise_current()
    warning = dialog.findChild(QLabel, "anonymiseWarning")
    assert warning is not None and "unwiderruflich" in warning.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "Anlass" in dialog.error.text()  # no reason, nothing done
    dialog.reason.setPlainText("Aufbewahrungsfrist abgelaufen; Archiv hat die Übernahme abgelehnt.")
    with qtbot.waitSignal(privacy.anonymised, timeout=20000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: privacy.case_table.rowCount() == 0, timeout=20000)
    with office.database.read() as session:
        person = session.get(ContactPerson, contact)
        assert person is not None and person.name == "[anonymisiert]" and person.email is None
    audit = events(office, "anonymise")
    assert audit and audit[0].reason == "Aufbewahrungsfrist abgelaufen; Archiv hat die Übernahme abgelehnt."
    assert file_number in privacy.message.text()
