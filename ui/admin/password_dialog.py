"""Setting a FörderDesk password (single workstation): typed twice, checked before anything is stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.administration.user_passwords import check_new_password
from app.kernel.errors import ValidationError
from ui.dialogs.small_dialogs import FormDialog


class PasswordDialog(FormDialog):
    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Passwort setzen – {name}").format(name=display_name), "passwordDialog", parent)
        self.password = QLineEdit(objectName="newPassword")
        self.repeated = QLineEdit(objectName="repeatedPassword")
        for field in (self.password, self.repeated):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Neues Passwort"), self.password)
        self.form.addRow(self.tr("Wiederholen"), self.repeated)

    def result_values(self) -> dict[str, Any]:
        password = self.password.text()
        check_new_password(password)
        if self.repeated.text() != password:
            raise ValidationError(self.tr("Die beiden Eingaben stimmen nicht überein."))
        return {"password": password}
