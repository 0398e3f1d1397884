"""Verwaltung → Antragsteller und Unterlagen → Kleinprojekte: the administrator ticks a micro-project fund's own
required documents; the change is saved audited, and a refusal is shown in German with nothing changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.administration.reads import administration
from tests.fixtures.gui import WindowFactory
from tests.micro_projects.cases import FUND, micro_fund
from tests.support import Office
from tests.ui.admin.test_admin_tabs import save_and_wait
from tests.ui.admin.test_administration import events, open_admin


def _fund_documents(office: Office) -> tuple[str, ...]:
    return next(p for p in administration(office.admin).programmes if p.code == FUND).micro_documents


def test_a_fund_s_short_list_is_ticked_and_saved(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                 today) -> None:
    micro_fund(office)
    admin = open_admin(qtbot, window_for("admin"))
    box = admin.documents.micro
    assert box.fund.count() == 1 and box.fund.currentData() == FUND and box.save_button.isEnabled()
    assert box.checked_codes() == ["application_signed", "financing_plan"]  # the default short list

    statutes = next(box.documents.item(i) for i in range(box.documents.count())
                    if box.documents.item(i).data(Qt.ItemDataRole.UserRole) == "statutes")
    statutes.setCheckState(Qt.CheckState.Checked)
    save_and_wait(qtbot, admin, admin.documents, box.save_button)
    assert admin.documents.message.text() == "Pflichtunterlagen der Kleinprojekte im Fonds KPF gespeichert."
    assert _fund_documents(office) == ("application_signed", "financing_plan", "statutes")
    assert box.checked_codes() == ["application_signed", "financing_plan", "statutes"]  # reloaded as stored
    assert {e.user_name for e in events(office, "set-micro-documents")} == {"admin"}

    for i in range(box.documents.count()):
        box.documents.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "mindestens eine Unterlage" in admin.documents.message.text(), timeout=20000)
    assert _fund_documents(office) == ("application_signed", "financing_plan", "statutes")


def test_without_a_micro_fund_the_box_says_so(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                             today) -> None:
    admin = open_admin(qtbot, window_for("admin"))
    box = admin.documents.micro
    assert box.fund.count() == 0 and not box.save_button.isEnabled() and box.documents.count() == 0
    assert "noch keinen Fonds für Kleinprojekte" in box.hint.text()
