"""Verwaltung → Programme: the administrator makes a programme a micro-project fund; a fund without a ceiling is
refused in German with nothing changed, and the new fund appears in the box of its short document list."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.administration.reads import administration
from tests.fixtures.gui import WindowFactory
from tests.support import Office
from tests.ui.admin.test_admin_tabs import save_and_wait
from tests.ui.admin.test_administration import events, open_admin


def _lpf(office: Office) -> tuple[bool, Decimal | None]:
    found = next(p for p in administration(office.admin).programmes if p.code == "LPF")
    return found.micro, found.max_grant


def test_a_programme_becomes_a_micro_fund_only_with_a_ceiling(office: Office, window_for: WindowFactory,
                                                               qtbot: QtBot, today) -> None:
    admin = open_admin(qtbot, window_for("admin"))
    page = admin.programmes
    before = _lpf(office)
    assert not page.micro.isChecked() and before[0] is False
    page.max_grant.clear()
    page.micro.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Höchstbetrag je Projekt" in page.message.text(), timeout=20000)
    assert _lpf(office) == before  # refused: nothing changed
    assert events(office, "update-programme") == []

    page.max_grant.setText("1500")
    save_and_wait(qtbot, admin, page, page.save_button)
    assert page.message.text() == "Programm LPF gespeichert."
    assert _lpf(office) == (True, Decimal("1500.00"))
    assert "micro" in {e.field for e in events(office, "update-programme")}
    assert page.micro.isChecked()  # shown as stored after the reload
    box = admin.documents.micro
    qtbot.waitUntil(lambda: box.fund.findData("LPF") >= 0, timeout=20000)
