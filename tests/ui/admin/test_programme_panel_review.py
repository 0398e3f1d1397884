"""Verwaltung → Programme: whether several reviewers score the programme's cases, or the setting decides."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.administration.reads import administration
from tests.fixtures.gui import WindowFactory
from tests.support import Office
from tests.ui.admin.test_admin_tabs import save_and_wait
from tests.ui.admin.test_administration import events, open_admin


def panel_of(office: Office) -> bool | None:
    return next(p.panel_review for p in administration(office.admin).programmes if p.code == "LPF")


def test_the_panel_is_switched_on_per_programme(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                today) -> None:
    window = window_for("admin")
    admin = open_admin(qtbot, window)
    page = admin.programmes
    assert page.panel.currentData() == "" and panel_of(office) is None  # as the setting
    page.panel.setCurrentIndex(page.panel.findData("yes"))
    save_and_wait(qtbot, admin, page, page.save_button)
    assert page.message.text() == "Programm LPF gespeichert."
    assert panel_of(office) is True
    assert [e.field for e in events(office, "update-programme")] == ["panel_review"]
    assert page.panel.currentData() == "yes"  # shown as stored after the reload
    page.panel.setCurrentIndex(page.panel.findData("no"))
    save_and_wait(qtbot, admin, page, page.save_button)
    assert panel_of(office) is False
    page.grab().save("/tmp/neutral23b_programmes.png")
