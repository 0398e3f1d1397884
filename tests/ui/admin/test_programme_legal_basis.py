"""The programme tab shows the legal basis the programme's Bescheide print and saves a changed text (audited);
emptying the field brings back the default."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.administration import programmes
from app.letters.legal_basis import default_legal_basis
from tests.fixtures.gui import WindowFactory
from tests.support import Office
from tests.ui.admin.test_admin_tabs import save_and_wait
from tests.ui.admin.test_administration import events, open_admin


def test_the_legal_basis_is_edited_in_the_programme_tab(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                         today) -> None:
    window = window_for("admin")
    admin = open_admin(qtbot, window)
    page = admin.programmes
    assert page.legal_basis.toPlainText() == default_legal_basis("LPF", "Landesprogramm Familie")
    own = "§ 44 ThürLHO; Richtlinie LSZ vom 18.07.2022, geändert am 04.05.2023"
    page.legal_basis.setPlainText(own)
    save_and_wait(qtbot, admin, page, page.save_button)
    assert page.message.text() == "Programm LPF gespeichert."
    assert [(r.text, r.is_default) for r in programmes.legal_bases(office.anna)] == [(own, False)]
    assert [e.field for e in events(office, "update-programme")] == ["legal_basis"]
    assert page.legal_basis.toPlainText() == own
    page.legal_basis.setPlainText("")
    save_and_wait(qtbot, admin, page, page.save_button)
    assert [r.is_default for r in programmes.legal_bases(office.anna)] == [True]
    assert page.legal_basis.toPlainText() == default_legal_basis("LPF", "Landesprogramm Familie")
