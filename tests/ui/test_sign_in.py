"""The window's user: the computer's account, or `--user NAME` after NAME's password in the sign-in dialog
(SQLite); the status bar says what the single workstation protects and what needs the shared server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from app.kernel.identity import os_account
from tests.fixtures.gui import WindowFactory
from tests.support import PASSWORD, Office
from ui.application import sign_in_at_start
from ui.dialogs.sign_in import SignInDialog


def _when(condition: Callable[[], object], then: Callable[[], None]) -> None:
    """Run `then` once `condition` holds (polled while the modal dialog runs its own event loop)."""
    QTimer.singleShot(10, lambda: then() if condition() else _when(condition, then))


def _dialog() -> SignInDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()), None)


def _answer(password: str, then: Callable[[SignInDialog], None]) -> None:
    def type_and_press() -> None:
        dialog = _dialog()
        assert dialog is not None and dialog.username.text() == "sabine" and dialog.username.isReadOnly()
        dialog.password.setText(password)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        _when(lambda: not dialog.isVisible() or dialog.error.isVisible(), lambda: then(dialog))
    _when(lambda: _dialog() is not None, type_and_press)


def test_the_window_for_another_user_asks_for_their_password(office: Office, qtbot: QtBot) -> None:
    if office.database.backend != "sqlite":
        assert sign_in_at_start(office.database, "sabine") == "sabine"  # the shared server's rule comes with logins
        return
    assert sign_in_at_start(office.database, None) == os_account()
    assert sign_in_at_start(office.database, os_account()) == os_account()  # no dialog for the account itself
    seen: list[str] = []

    def cancel_after_refusal(dialog: SignInDialog) -> None:
        seen.append(dialog.error.text())
        dialog.reject()
    _answer("geraten-und-falsch", cancel_after_refusal)
    assert sign_in_at_start(office.database, "sabine") is None  # cancelled: the program ends, nobody signed in
    assert seen and "Das Passwort ist falsch" in seen[0]
    _answer(PASSWORD, lambda dialog: None)
    assert sign_in_at_start(office.database, "sabine") == "sabine"


def test_the_status_bar_says_what_the_single_workstation_protects(office: Office,
                                                                  window_for: WindowFactory) -> None:
    window = window_for("anna")
    note = window.statusBar().findChild(QLabel, "singleWorkstationNote")
    if office.database.backend != "sqlite":
        assert note is None
        return
    assert note is not None and note.text() == "Einzelplatz – was geschützt ist"
    assert "Datenbankdatei" in note.toolTip() and "gemeinsame Server" in note.toolTip()
