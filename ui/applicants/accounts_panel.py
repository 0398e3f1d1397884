"""The organisation's bank accounts: add, edit, choose the primary account (payments go there), deactivate."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.applicants.bank_accounts import deactivate_bank_account, make_primary
from app.applicants.reader import AccountLine
from app.kernel.errors import FoerderDeskError
from ui.applicants.account_dialog import AccountDialog
from ui.applicants.rows_model import Column, RowsModel, table_view
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.errors import show_message
from ui.operations import Operation

GREY = "#777777"


def grouped(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


class AccountsPanel(QGroupBox):
    changed = Signal()  # an account was added, changed, chosen as primary or deactivated

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bankverbindungen"), parent)
        self.context = context
        self.applicant: tuple[int, str] | None = None
        self.editable = False
        self.blocked = False  # typed, unsaved input in the form: account changes would outdate its version
        self.model = RowsModel([
            Column(self.tr("IBAN"), lambda a: grouped(a.iban)), Column(self.tr("BIC"), lambda a: a.bic or "–"),
            Column(self.tr("Bank"), lambda a: a.bank_name or "–"),
            Column(self.tr("Kontoinhaber"), lambda a: a.account_holder or "–"),
            Column(self.tr("Bezeichnung"), lambda a: a.label or "–"),
            Column(self.tr("Status"), self._state, colour=lambda a: None if a.active else GREY),
        ], self)
        self.view = table_view(self.model, "applicantAccounts")
        self.view.setMinimumHeight(90)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.add_button = QPushButton(self.tr("Konto hinzufügen …"), objectName="addAccount")
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), objectName="editAccount")
        self.primary_button = QPushButton(self.tr("Als Hauptkonto"), objectName="primaryAccount")
        self.deactivate_button = QPushButton(self.tr("Deaktivieren"), objectName="deactivateAccount")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.primary_button.clicked.connect(self.choose_primary)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.hint = QLabel(self.tr("Bitte zuerst die Änderungen an den Daten speichern oder verwerfen."),
                           objectName="accountsHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        buttons = QHBoxLayout()
        for button in self.buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.add_button, self.edit_button, self.primary_button, self.deactivate_button

    def _state(self, account: AccountLine) -> str:
        if not account.active:
            return self.tr("deaktiviert")
        return self.tr("Hauptkonto") if account.primary else self.tr("weiteres Konto")

    def show_accounts(self, applicant_id: int, name: str, accounts: list[AccountLine], editable: bool) -> None:
        self.applicant = (applicant_id, name)
        self.model.set_rows(accounts)
        self.editable = editable
        for button in self.buttons():
            button.setVisible(self.context.may("applicant.edit"))
        self._enable()

    def set_blocked(self, blocked: bool) -> None:
        self.blocked = blocked
        self.hint.setVisible(blocked and self.editable)
        self._enable()

    def current(self) -> AccountLine | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _enable(self) -> None:
        usable = self.editable and not self.blocked
        chosen = self.current()
        active = usable and chosen is not None and chosen.active
        self.add_button.setEnabled(usable)
        self.edit_button.setEnabled(active)
        self.primary_button.setEnabled(active and chosen is not None and not chosen.primary)
        self.deactivate_button.setEnabled(active and chosen is not None and not chosen.primary)

    # -- actions ------------------------------------------------------------------------------
    def add(self) -> AccountDialog | None:
        return self._dialog(None)

    def edit(self) -> AccountDialog | None:
        account = self.current()
        if account is None or not account.active or not self.editable or self.blocked:
            return None
        return self._dialog(account)

    def _dialog(self, account: AccountLine | None) -> AccountDialog | None:
        if self.applicant is None:
            return None
        dialog = AccountDialog(self.context, *self.applicant, self, account=account)
        dialog.saved.connect(lambda _id: self.changed.emit())
        dialog.open()
        return dialog

    def choose_primary(self) -> None:
        account = self.current()
        if account is None or not self.primary_button.isEnabled():
            return
        uow = self.context.uow()
        Operation(self, self.context, lambda: make_primary(uow, account.id, account.version)) \
            .success(lambda _r: self.changed.emit()).failure(self._failed).notice_cases().run()

    def deactivate(self) -> None:
        account = self.current()
        if account is None or not self.deactivate_button.isEnabled():
            return
        if not Ask.yes_no(self, self.tr("Konto deaktivieren"), self.tr(
                "Das Konto {iban} deaktivieren? Es bleibt für bisherige Zahlungen in der Akte, wird aber nicht "
                "mehr verwendet.").format(iban=grouped(account.iban))):
            return
        uow = self.context.uow()
        Operation(self, self.context, lambda: deactivate_bank_account(uow, account.id, account.version)) \
            .success(lambda _r: self.changed.emit()).failure(self._failed).notice_cases().run()

    def _failed(self, error: FoerderDeskError) -> None:
        show_message(self, error)
        self.changed.emit()  # show the current state (e.g. after a concurrent change)
