"""The organisation's contact persons with role and consent: add, edit (incl. withdrawal of consent), remove."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.applicants.reader import ContactLine
from app.applicants.service import deactivate_contact
from app.kernel.errors import FoerderDeskError
from ui import formatting
from ui.applicants.contact_dialog import ContactDialog
from ui.applicants.rows_model import Column, RowsModel, table_view
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.errors import show_message
from ui.operations import Operation


class ContactsPanel(QGroupBox):
    changed = Signal()  # a contact person was added, changed or removed

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kontaktpersonen"), parent)
        self.context = context
        self.applicant: tuple[int, str] | None = None  # id and name of the organisation shown
        self.model = RowsModel([
            Column(self.tr("Name"), lambda c: c.name), Column(self.tr("Funktion"), lambda c: c.function or "–"),
            Column(self.tr("E-Mail"), lambda c: c.email or "–"), Column(self.tr("Telefon"), lambda c: c.phone or "–"),
            Column(self.tr("Einwilligung"), self._consent),
        ], self)
        self.view = table_view(self.model, "applicantContacts")  # names in full, the last column stretches
        self.view.setMinimumHeight(110)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.add_button = QPushButton(self.tr("Kontaktperson hinzufügen …"), objectName="addContactPerson")
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), objectName="editContactPerson")
        self.remove_button = QPushButton(self.tr("Entfernen"), objectName="removeContactPerson")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.editable = False
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _consent(self, contact: ContactLine) -> str:
        if contact.consent_withdrawn_on is not None:
            return self.tr("widerrufen am {day}").format(day=formatting.date(contact.consent_withdrawn_on))
        return formatting.date(contact.consent_on)

    def show_contacts(self, applicant_id: int, name: str, contacts: list[ContactLine], editable: bool) -> None:
        self.applicant = (applicant_id, name)
        self.model.set_rows(contacts)
        self.editable = editable
        allowed = self.context.may("applicant.edit")
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(allowed)
        self._enable()

    def current(self) -> ContactLine | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _enable(self) -> None:
        self.add_button.setEnabled(self.editable)
        chosen = self.editable and self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add(self) -> ContactDialog | None:
        return self._dialog(None)

    def edit(self) -> ContactDialog | None:
        contact = self.current()
        return self._dialog(contact) if contact is not None and self.editable else None

    def _dialog(self, contact: ContactLine | None) -> ContactDialog | None:
        if self.applicant is None:
            return None
        dialog = ContactDialog(self.context, *self.applicant, self, contact=contact)
        dialog.added.connect(lambda _id: self.changed.emit())
        dialog.open()
        return dialog

    def remove(self) -> None:
        contact = self.current()
        if contact is None or not self.editable:
            return
        if not Ask.yes_no(self, self.tr("Kontaktperson entfernen"), self.tr(
                "»{name}« aus der Trägerakte entfernen? Vorgänge, die die Person nennen, behalten sie bis zur "
                "Anonymisierung.").format(name=contact.name)):
            return
        uow = self.context.uow()
        Operation(self, self.context, lambda: deactivate_contact(uow, contact.id, contact.version)) \
            .success(lambda _r: self.changed.emit()).failure(self._failed).notice_cases().run()

    def _failed(self, error: FoerderDeskError) -> None:
        show_message(self, error)
        self.changed.emit()  # show the current state (e.g. after a concurrent change)
