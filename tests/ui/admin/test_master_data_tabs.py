"""Applicant types, the interest surcharge table and municipalities are edited in the administration window."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.administration.reads import administration
from app.cases.action_labels import ACTION_LABELS
from app.cases.workflow import TRANSITIONS
from tests.fixtures.gui import WindowFactory
from tests.support import Office
from tests.ui.admin.test_admin_tabs import save_and_wait
from tests.ui.admin.test_administration import events, open_admin


def test_applicant_type_is_created_and_edited(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                              today) -> None:
    window = window_for("admin")
    admin = open_admin(qtbot, window)
    page = admin.documents
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert not page.code.isReadOnly() and page.code.text() == "" and page.checked_codes() == []
    page.code.setText("foundation")
    page.name.setText("Stiftung")
    page.capacity.setChecked(False)
    page.documents.item(0).setCheckState(Qt.CheckState.Checked)
    save_and_wait(qtbot, admin, page, page.add_button)
    assert page.message.text() == "Antragstellertyp »Stiftung« angelegt."
    created = next(t for t in administration(office.admin).applicant_types if t.code == "foundation")
    first_document = page.data.document_types[0][0]  # type: ignore[union-attr]
    assert (created.needs_legal_capacity, created.required) == (False, (first_document,))

    page.select_code("foundation")
    assert page.code.isReadOnly() and page.name.text() == "Stiftung"
    page.name.setText("Stiftung des bürgerlichen Rechts")
    page.eligible.setChecked(False)
    save_and_wait(qtbot, admin, page, page.save_button)
    changed = next(t for t in administration(office.admin).applicant_types if t.code == "foundation")
    assert (changed.name, changed.eligible, changed.version) == ("Stiftung des bürgerlichen Rechts", False, 2)
    assert page.types.currentItem().text() == "Stiftung des bürgerlichen Rechts (nicht antragsberechtigt)"
    assert {e.field for e in events(office, "update-applicant-type")} == {"name", "eligible"}

    window.refresh()  # "Letzte Aktivitäten" names the use cases in German, never by their code
    activity = window.start_page.activity
    qtbot.waitUntil(lambda: not window.context.runner.busy and activity.rowCount() > 0
                    and activity.item(0, 2).text() == "Antragstellertyp geändert", timeout=20000)
    shown = {activity.item(row, 2).text() for row in range(activity.rowCount())}
    assert "Antragstellertyp angelegt" in shown and not shown & (set(ACTION_LABELS) | {t.action for t in TRANSITIONS})

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.code.setText("church")
    page.name.setText("Noch eine Kirche")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "schon vergeben" in page.message.text(), timeout=20000)
    assert len(administration(office.admin).applicant_types) == len(page.data.applicant_types)  # type: ignore


def test_surcharge_is_entered_in_its_table(office: Office, window_for: WindowFactory, qtbot: QtBot, today) -> None:
    admin = open_admin(qtbot, window_for("admin"))
    page = admin.settings
    rows = page.surcharges.rowCount()
    assert rows >= 1 and page.surcharges.item(0, 1).text().endswith("Prozentpunkte")
    page.surcharge_from.setText("01.01.2027")
    page.surcharge_value.setText("3")
    save_and_wait(qtbot, admin, page, page.surcharge_button)
    assert page.message.text() == "Zinsaufschlag gespeichert."
    assert page.surcharges.rowCount() == rows + 1
    assert page.surcharges.item(rows, 0).text() == "01.01.2027"
    assert page.surcharges.item(rows, 1).text() == "3 Prozentpunkte"
    assert administration(office.admin).surcharges[-1] == (dt.date(2027, 1, 1), Decimal("3.00"))
    page.surcharge_value.setText("30")
    qtbot.mouseClick(page.surcharge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nicht plausibel" in page.message.text(), timeout=20000)


def test_municipality_is_added_renamed_and_deactivated(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                      today) -> None:
    admin = open_admin(qtbot, window_for("admin"))
    page = admin.municipalities
    page.name.setText("Neustadt")
    page.key.setText("16065999")
    save_and_wait(qtbot, admin, page, page.add_button)
    assert page.message.text() == "Gemeinde Neustadt angelegt."
    names = [m.name for m in page.data.municipalities]  # type: ignore[union-attr]
    page.table.setCurrentCell(names.index("Neustadt"), 0)
    assert (page.key.text(), page.active.isChecked()) == ("16065999", True)
    page.name.setText("Neustadt (Kyffhäuser)")
    page.active.setChecked(False)
    page.population.setText("1.234")
    save_and_wait(qtbot, admin, page, page.save_button)
    place = next(m for m in administration(office.admin).municipalities if m.key == "16065999")
    assert (place.name, place.in_district, place.population) == ("Neustadt (Kyffhäuser)", False, 1234)
    row = [m.name for m in page.data.municipalities].index("Neustadt (Kyffhäuser)")  # type: ignore[union-attr]
    assert page.table.item(row, 5).text() == "nein"
    assert [e.field for e in events(office, "change-municipality")] == ["name", "in_district"]
