"""The administration sets a user's FörderDesk password (single workstation); on the shared server there is none."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.kernel.signin import sign_in
from tests.fixtures.gui import WindowFactory
from tests.support import PASSWORD, Office
from tests.ui.admin.test_administration import open_admin
from ui.admin.password_dialog import PasswordDialog


def test_the_administration_sets_a_password_typed_twice(office: Office, window_for: WindowFactory,
                                                         qtbot: QtBot) -> None:
    window = window_for("admin")
    admin = open_admin(qtbot, window)
    users = admin.users
    admin.tabs.setCurrentWidget(users)
    if office.database.backend != "sqlite":
        assert not users.password_button.isVisible()
        return
    users.table.setCurrentCell([u.username for u in users.data.users].index("bernd"), 0)  # type: ignore[union-attr]
    assert users.password_button.isVisible() and users.password_button.text() == "Passwort setzen …"
    users.password_button.click()
    dialog = next(d for d in users.findChildren(PasswordDialog) if d.isVisible())
    assert dialog.windowTitle() == "Passwort setzen – Bernd Busch"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.password, "zu-kurz")
    qtbot.keyClicks(dialog.repeated, "zu-kurz")
    ok.click()
    assert dialog.isVisible() and "mindestens 10 Zeichen" in dialog.error.text()
    dialog.password.setText("Bernds-Passwort-2026")
    dialog.repeated.setText("Bernds-Passwort-2062")
    ok.click()
    assert dialog.isVisible() and "stimmen nicht überein" in dialog.error.text()
    dialog.repeated.setText("Bernds-Passwort-2026")
    with qtbot.waitSignal(users.saved, timeout=20000):
        ok.click()
    assert users.message.text() == "Passwort von Bernd Busch gesetzt."
    assert sign_in(office.database, "bernd", "Bernds-Passwort-2026") == "bernd"
    assert sign_in(office.database, "sabine", PASSWORD) == "sabine"  # nobody else's changed
