"""Users and roles: add, change the role, deactivate (never delete: the audit trail names them); on the single
workstation also set a user's FörderDesk password."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.administration import user_passwords, users
from app.administration.db_roles import default_login
from app.administration.reads import Administration, UserRow
from app.kernel.permissions import ROLE_LABELS
from ui.admin.base import AdminTab, form
from ui.admin.password_dialog import PasswordDialog
from ui.context import UiContext
from ui.dialogs.sign_in import second_person_offered
from ui.widgets.limits import bound
from ui.widgets.record_table import RecordTable


def role_combo(name: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    for role, label in ROLE_LABELS.items():
        combo.addItem(label, role.value)
    return combo


class UsersTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "usersTab", parent)
        self.table = RecordTable([self.tr("Benutzername"), self.tr("Name"), self.tr("Rolle"), self.tr("Status")],
                                 "userTable", stretch=1)
        self.table.currentCellChanged.connect(lambda *_a: self._select())
        self.role = role_combo("userRole")
        self.role_button = QPushButton(self.tr("Rolle ändern"), objectName="setUserRole")
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("Deaktivieren"), objectName="toggleUserActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("Passwort setzen …"), objectName="setUserPassword")
        self.password_button.clicked.connect(self.set_password)
        self.password_button.setVisible(second_person_offered(context))  # none on the shared server
        actions = QHBoxLayout()
        actions.addWidget(self.role)
        actions.addWidget(self.role_button)
        actions.addStretch(1)
        actions.addWidget(self.password_button)
        actions.addWidget(self.active_button)
        self.username = bound(QLineEdit(objectName="newUsername"), "User.username")
        self.display_name = bound(QLineEdit(objectName="newDisplayName"), "User.display_name")
        self.email = bound(QLineEdit(objectName="newEmail"), "User.email")
        self.new_role = role_combo("newUserRole")
        self.new_role.setCurrentIndex(self.new_role.findData("caseworker"))
        self.add_button = QPushButton(self.tr("Benutzer anlegen"), objectName="addUser")
        self.add_button.clicked.connect(self.add_user)
        fields = form()
        fields.addRow(self.tr("Benutzername (Anmeldename)"), self.username)
        fields.addRow(self.tr("Name"), self.display_name)
        fields.addRow(self.tr("E-Mail"), self.email)
        fields.addRow(self.tr("Rolle"), self.new_role)
        fields.addRow("", self.add_button)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(actions)
        self.layout_.addLayout(fields)
        self.finish_layout()

    def show_data(self, data: Administration) -> None:
        super().show_data(data)
        keep = max(0, self.table.currentRow())
        self.table.set_rows([[u.username, u.display_name, u.role_label,
                              self.tr("aktiv") if u.active else self.tr("deaktiviert")] for u in data.users],
                            data.users, [None if u.active else "#8a939e" for u in data.users])
        self.table.setCurrentCell(min(keep, len(data.users) - 1), 0)

    def current_user(self) -> UserRow | None:
        return self.table.current_value()

    def _select(self) -> None:
        user = self.current_user()
        if user is not None:
            self.role.setCurrentIndex(self.role.findData(user.role.value))
            self.active_button.setText(self.tr("Deaktivieren") if user.active else self.tr("Aktivieren"))

    def change_role(self) -> None:
        user, role = self.current_user(), self.role.currentData()
        if user is not None:
            uow = self.context.uow()
            self.save(lambda: users.set_role(uow, user.username, role),
                      self.tr("Rolle von {name} geändert.").format(name=user.display_name))

    def toggle_active(self) -> None:
        user = self.current_user()
        if user is not None:
            uow, active = self.context.uow(), not user.active
            done = self.tr("{name} ist wieder aktiv.") if active else self.tr("{name} ist deaktiviert.")
            self.save(lambda: users.set_active(uow, user.username, active), done.format(name=user.display_name))

    def add_user(self) -> None:
        uow = self.context.uow()
        username, name = self.username.text(), self.display_name.text() or None
        role, email = self.new_role.currentData(), self.email.text() or None
        # on the shared server the new person gets their own database login, named like the user
        login = default_login(uow.database, username)
        self.save(lambda: users.add_user(uow, username, role, name, email, db_login=login),
                  self.tr("Benutzer {name} angelegt.").format(name=username))

    def set_password(self) -> PasswordDialog | None:
        user = self.current_user()
        if user is None:
            return None
        dialog = PasswordDialog(user.display_name, self)
        uow, name = self.context.uow(), user.username

        def store() -> None:
            password = dialog.result_values()["password"]
            self.save(lambda: user_passwords.set_password(uow, name, password),
                      self.tr("Passwort von {name} gesetzt.").format(name=user.display_name))
        dialog.accepted.connect(store)
        dialog.open()
        return dialog
