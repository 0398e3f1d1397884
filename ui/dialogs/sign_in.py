"""Signing in with a FörderDesk password at the single workstation (`app.kernel.signin`).

Two uses: at the start for `--user NAME`, and in the window as the second person of a four-eyes step
(confirming a decision, "rechnerisch richtig"): then that one use case runs with a unit of work for the second
person. The password is checked in a worker; a wrong one is shown in the dialog and nothing else happens.
On the shared server the second person signs in at their own desk with their own login: nothing is offered here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.cases.reader import Reader
from app.kernel.errors import FoerderDeskError
from app.kernel.permissions import Actor
from app.kernel.signin import sign_in_second_person, signs_in_by_password
from ui.context import UiContext
from ui.tasks import Runner


class SignInDialog(QDialog):
    """Username and password; `check(username, password)` runs in a worker and its result is emitted."""

    signed_in = Signal(object)

    def __init__(self, runner: Runner, check: Callable[[str, str], Any], title: str, text: str,
                 username: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(title)
        self.runner, self.check = runner, check
        self.result_value: Any = None
        self.text = QLabel(text, objectName="signInText", wordWrap=True)
        self.username = QLineEdit(username or "", objectName="signInUser")
        self.username.setReadOnly(username is not None)
        self.password = QLineEdit(objectName="signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="signInError", wordWrap=True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Anmelden"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Benutzername"), self.username)
        form.addRow(self.tr("FörderDesk-Passwort"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(420)

    def submit(self) -> None:
        name, password, check = self.username.text(), self.password.text(), self.check
        self.buttons.setEnabled(False)
        self.runner.submit(lambda: check(name, password), self._done, self._failed)

    def _done(self, result: object) -> None:
        self.result_value = result
        self.signed_in.emit(result)
        self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.error.setText(error.message)
        self.error.setVisible(True)


def second_person_offered(context: UiContext) -> bool:
    """Whether the window offers "Als zweite Person anmelden …" (the single workstation only)."""
    return signs_in_by_password(context.database)


def ask_second_person(parent: QWidget, context: UiContext, purpose: str,
                      then: Callable[[UiContext], object]) -> SignInDialog:
    """Open the sign-in for a second person; after their password was checked, `then` gets a context in which
    they act (same runner and change notices, their own units of work)."""
    database, first = context.database, context.actor.username

    def check(username: str, password: str) -> Actor:
        return Reader(database, sign_in_second_person(database, username, password, first)).actor()

    dialog = SignInDialog(context.runner, check, parent.tr("Als zweite Person anmelden"), purpose, parent=parent)
    dialog.setObjectName("secondPersonDialog")
    dialog.signed_in.connect(lambda actor: then(replace(context, actor=actor)))
    dialog.open()
    return dialog
