"""Driving the second person's sign-in dialog (ui/dialogs/sign_in.py) as a user would."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from ui.dialogs.sign_in import SignInDialog

WAIT = 20000


def visible_sign_in(parent: QWidget) -> SignInDialog:
    dialog = next((d for d in parent.findChildren(SignInDialog) if d.isVisible()), None)
    assert dialog is not None
    return dialog


def sign_in_with(qtbot: QtBot, dialog: SignInDialog, username: str, password: str) -> None:
    """Type the username (if it may be typed) and the password, press "Anmelden", wait for the answer."""
    if not dialog.username.isReadOnly():
        dialog.username.clear()
        qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Anmelden" and ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() or (dialog.error.isVisible() and ok.isEnabled()), timeout=WAIT)
