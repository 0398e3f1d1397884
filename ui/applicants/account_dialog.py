"""Dialog "Bankkonto hinzufügen/bearbeiten": IBAN, BIC, holder, label; the bank is named from a German IBAN.

The IBAN is checked when the field is left (schwifty, off the GUI thread); the service checks it again on saving
and the dialog stays open with the message beside the form until the input is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QWidget
from shiboken6 import isValid

from app.applicants.bank_accounts import BankAccountInput, add_bank_account, update_bank_account
from app.applicants.reader import AccountLine
from app.kernel.errors import FoerderDeskError, ValidationError
from app.kernel.iban import BankAccount, validate_account
from ui.context import UiContext
from ui.dialogs.small_dialogs import FormDialog
from ui.operations import Operation
from ui.widgets.limits import bound

FIELDS = ("iban", "bic", "account_holder", "label")


class AccountDialog(FormDialog):
    saved = Signal(int)  # id of the new or changed account

    def __init__(self, context: UiContext, applicant_id: int, applicant_name: str,
                 parent: QWidget | None = None, account: AccountLine | None = None) -> None:
        title = self.tr("Bankkonto bearbeiten") if account else self.tr("Bankkonto hinzufügen")
        super().__init__(title, "accountDialog", parent)
        self.context = context
        self.applicant_id = applicant_id
        self.account = account
        self.attempts = 0  # saves started; a live check that finishes after a save leaves its message alone
        self.edits = {name: QLineEdit(objectName=f"account-{name}") for name in FIELDS}
        for name in ("account_holder", "label"):  # IBAN and BIC may be pasted in groups with spaces
            bound(self.edits[name], f"BankAccount.{name}")
        self.edits["iban"].setPlaceholderText("DE.. .... .... .... .... ..")
        self.edits["bic"].setPlaceholderText(self.tr("bei deutscher IBAN automatisch"))
        self.edits["label"].setPlaceholderText(self.tr("z. B. Projektkonto"))
        self.bank = QLabel("–", objectName="accountBank")
        self.primary = QCheckBox(self.tr("Hauptkonto (Auszahlungen gehen auf dieses Konto)"),
                                 objectName="accountPrimary")
        self.form.addRow(self.tr("Antragsteller"), QLabel(applicant_name))
        for name, label in (("iban", self.tr("IBAN")), ("bic", self.tr("BIC")),
                            ("account_holder", self.tr("Kontoinhaber")), ("label", self.tr("Bezeichnung"))):
            self.form.addRow(label, self.edits[name])
            if name == "bic":
                self.form.addRow(self.tr("Bank"), self.bank)
        if account is None:
            self.form.addRow("", self.primary)
        else:
            self._fill(account)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Speichern") if account else self.tr("Hinzufügen"))
        self.ok.setObjectName("saveAccount")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.submit)
        self.edits["iban"].editingFinished.connect(self.check_account)
        self.edits["bic"].editingFinished.connect(self.check_account)

    def _fill(self, account: AccountLine) -> None:
        for name in FIELDS:
            self.edits[name].setText(getattr(account, name) or "")
        self.bank.setText(account.bank_name or "–")

    def account_input(self) -> BankAccountInput:
        text = {name: edit.text().strip() or None for name, edit in self.edits.items()}
        return BankAccountInput(iban=text.pop("iban") or "", **text)

    # -- live check ---------------------------------------------------------------------------
    def check_account(self) -> None:
        iban, bic = self.edits["iban"].text(), self.edits["bic"].text()
        if not iban.strip():
            return
        attempt = self.attempts
        Operation(self, self.context, lambda: validate_account(iban, bic or None)) \
            .success(lambda account: self._checked(account, attempt)) \
            .failure(lambda error: self._check_failed(error, attempt)).run()

    def _checked(self, account: BankAccount | None, attempt: int) -> None:
        if isValid(self):
            self.bank.setText((account.bank_name if account else None) or "–")
            if attempt == self.attempts:
                self.error.setVisible(False)

    def _check_failed(self, error: FoerderDeskError, attempt: int) -> None:
        if isValid(self) and isinstance(error, ValidationError):
            self.bank.setText("–")
            if attempt == self.attempts:
                self._show(error)

    # -- saving -------------------------------------------------------------------------------
    def submit(self) -> None:
        uow, applicant_id, data, account = self.context.uow(), self.applicant_id, self.account_input(), self.account
        primary = self.primary.isChecked()
        self.attempts += 1
        self.ok.setEnabled(False)
        self.error.setVisible(False)
        if account is None:
            Operation(self, self.context, lambda: add_bank_account(uow, applicant_id, data, primary)) \
                .success(self._saved).failure(self._failed).notice_cases().run()
        else:
            Operation(self, self.context, lambda: update_bank_account(uow, account.id, account.version, data)) \
                .success(lambda _version: self._saved(account.id)).failure(self._failed).notice_cases().run()

    def _saved(self, account_id: int) -> None:
        if isValid(self):
            self.saved.emit(account_id)
            self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        if isValid(self):
            self.ok.setEnabled(True)
            self._show(error)

    def _show(self, error: FoerderDeskError) -> None:
        self.error.setText(error.message)
        self.error.setVisible(True)
