"""Dialog "Kontaktperson hinzufügen/bearbeiten": name, role, e-mail, phone and the consent with its withdrawal.

Saved through the service, which checks the input; the dialog stays open until the service accepted it, so a
refused e-mail address or date can be corrected in place.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget
from shiboken6 import isValid

from app.applicants.reader import ContactLine
from app.applicants.service import ContactInput, add_contact, update_contact
from app.kernel.errors import FoerderDeskError
from ui import formatting
from ui.context import UiContext
from ui.dialogs.small_dialogs import FormDialog
from ui.operations import Operation
from ui.widgets.limits import bound

FIELDS = ("salutation", "name", "function", "email", "phone", "consent_on", "consent_withdrawn_on")


class ContactDialog(FormDialog):
    added = Signal(int)  # id of the new or changed contact person

    def __init__(self, context: UiContext, applicant_id: int, applicant_name: str,
                 parent: QWidget | None = None, contact: ContactLine | None = None) -> None:
        title = self.tr("Kontaktperson bearbeiten") if contact else self.tr("Kontaktperson hinzufügen")
        super().__init__(title, "contactDialog", parent)
        self.context = context
        self.applicant_id = applicant_id
        self.contact = contact
        self.edits = {name: QLineEdit(objectName=f"contact-{name}") for name in FIELDS}
        for name in ("salutation", "name", "function", "email", "phone"):
            bound(self.edits[name], f"ContactPerson.{name}")
        self.edits["salutation"].setPlaceholderText(self.tr("z. B. Frau, Herr"))
        self.edits["function"].setPlaceholderText(self.tr("z. B. Vorstand, Projektleitung, Kasse"))
        for name in ("consent_on", "consent_withdrawn_on"):
            self.edits[name].setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.form.addRow(self.tr("Antragsteller"), QLabel(applicant_name))
        for name, label in (("salutation", self.tr("Anrede")), ("name", self.tr("Name")),
                            ("function", self.tr("Funktion")), ("email", self.tr("E-Mail")),
                            ("phone", self.tr("Telefon")), ("consent_on", self.tr("Einwilligung vom")),
                            ("consent_withdrawn_on", self.tr("Widerrufen am"))):
            self.form.addRow(label, self.edits[name])
        hint = QLabel(self.tr("Personenbezogene Daten werden nur mit Einwilligung und nur für die Vorgänge "
                              "gespeichert und nach Ablauf der Aufbewahrungsfrist gelöscht."))
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Speichern") if contact else self.tr("Hinzufügen"))
        self.ok.setObjectName("addContact")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.submit)
        if contact is not None:
            self._fill(contact)

    def _fill(self, contact: ContactLine) -> None:
        values = {"salutation": contact.salutation, "name": contact.name, "function": contact.function,
                  "email": contact.email, "phone": contact.phone,
                  "consent_on": formatting.date(contact.consent_on) if contact.consent_on else None,
                  "consent_withdrawn_on": formatting.date(contact.consent_withdrawn_on)
                  if contact.consent_withdrawn_on else None}
        for name, value in values.items():
            self.edits[name].setText(value or "")

    def contact_input(self) -> ContactInput:
        text = {name: edit.text().strip() or None for name, edit in self.edits.items()}
        return ContactInput(name=text.pop("name") or "", **text)

    def submit(self) -> None:
        uow, applicant_id, data, contact = self.context.uow(), self.applicant_id, self.contact_input(), self.contact
        self.ok.setEnabled(False)
        self.error.setVisible(False)
        if contact is None:
            Operation(self, self.context, lambda: add_contact(uow, applicant_id, data)).success(self._added) \
                .failure(self._failed).notice_cases().run()
        else:
            Operation(self, self.context, lambda: update_contact(uow, contact.id, contact.version, data)) \
                .success(lambda _version: self._added(contact.id)).failure(self._failed).notice_cases().run()

    def _added(self, contact_id: int) -> None:
        if isValid(self):
            self.added.emit(contact_id)
            self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        if isValid(self):
            self.ok.setEnabled(True)
            self.error.setText(error.message)
            self.error.setVisible(True)
