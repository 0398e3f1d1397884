"""Tab "Daten": the organisation's record, editable with messages beside the fields and an optimistic lock.

Contact persons and bank accounts have their own panels and are saved one by one; the record's own IBAN fields
mirror the primary account and are changed through the accounts panel only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.applicants.reader import PROOF_KINDS, ApplicantView
from app.applicants.service import ApplicantInput, update_applicant
from app.cases.choices import FormChoices
from app.kernel.errors import FoerderDeskError, ValidationError
from ui.applicants.accounts_panel import AccountsPanel
from ui.applicants.contacts_panel import ContactsPanel
from ui.case_detail.master_tab import fill_combo, select_data
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.dialogs.conflict import show_save_error
from ui.operations import Operation
from ui.widgets.fields import DateField
from ui.widgets.limits import bound

TEXT_FIELDS = ("name", "legal_form", "sponsor_name", "register_court", "register_number", "street", "postcode",
               "city", "email", "phone")


class DataTab(QWidget):
    saved = Signal(int)  # applicant id, after a successful save
    reload_requested = Signal()
    related_changed = Signal(int)  # applicant id, after a contact person or bank account changed
    dirty_changed = Signal(bool)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: ApplicantView | None = None
        self.dirty = False
        self.edits = {name: QLineEdit(objectName=f"applicant-{name}") for name in TEXT_FIELDS}
        for name, edit in self.edits.items():
            bound(edit, f"Applicant.{name}")  # the column's length, as the check in app/ uses it
        self.edits["register_number"].setPlaceholderText("VR 1234")
        self.kind = QComboBox(objectName="applicant-applicant_type")
        self.municipality = QComboBox(objectName="applicant-municipality")
        self.proof_kind = QComboBox(objectName="applicant-nonprofit_proof_kind")
        fill_combo(self.proof_kind, PROOF_KINDS, self.tr("– keiner –"))
        self.proof_date = DateField(required=False)
        self.proof_date.setObjectName("applicant-nonprofit_proof_date")
        self.capacity = QCheckBox(self.tr("rechtsfähig"), objectName="applicant-has_legal_capacity")
        self.people = ContactsPanel(context)
        self.accounts = AccountsPanel(context)
        self.people.changed.connect(self._related_changed)
        self.accounts.changed.connect(self._related_changed)
        self.dirty_changed.connect(self.accounts.set_blocked)
        self.errors: dict[str, QLabel] = {}
        self.general_error = self._error_label()
        self.save_button = QPushButton(self.tr("Änderungen speichern"), objectName="saveApplicant")
        self.save_button.setShortcut("Ctrl+S")
        self.discard_button = QPushButton(self.tr("Verwerfen"), objectName="discardApplicant")
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self._discard)
        self._layout()
        self._connect_edits()

    # -- building -----------------------------------------------------------------------------
    def _error_label(self) -> QLabel:
        label = QLabel(objectName="fieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _field(self, name: str, widget: QWidget) -> QWidget:
        """The input with its own message line underneath (the service names the field of an error)."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.errors[name] = self.proof_date.error_label if widget is self.proof_date else self._error_label()
        layout.addWidget(self.errors[name])
        return box

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, name, widget in rows:
            form.addRow(label, self._field(name, widget) if name else widget)
        return box

    def _layout(self) -> None:
        e, tr = self.edits, self.tr
        organisation = self._group(tr("Organisation"), [
            (tr("Name"), "name", e["name"]), (tr("Art"), "applicant_type", self.kind),
            (tr("Rechtsform"), "legal_form", e["legal_form"]), ("", "", self.capacity),
            (tr("Träger (falls nicht\nrechtsfähig)"), "sponsor_name", e["sponsor_name"]),
            (tr("Registergericht"), "register_court", e["register_court"]),
            (tr("Registernummer"), "register_number", e["register_number"]),
            (tr("Gemeinnützigkeit"), "nonprofit_proof_kind", self.proof_kind),
            (tr("Bescheid vom"), "nonprofit_proof_date", self.proof_date)])
        address = self._group(tr("Anschrift und Erreichbarkeit"), [
            (tr("Straße"), "street", e["street"]), (tr("PLZ"), "postcode", e["postcode"]),
            (tr("Ort"), "city", e["city"]), (tr("Gemeinde"), "municipality", self.municipality),
            (tr("E-Mail"), "email", e["email"]), (tr("Telefon"), "phone", e["phone"])])
        content = QWidget(objectName="applicantForm")
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.addWidget(organisation, 0, 0)
        grid.addWidget(address, 0, 1)
        grid.addWidget(self.people, 1, 0, 1, 2)
        grid.addWidget(self.accounts, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea(objectName="applicantFormScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

    def _connect_edits(self) -> None:
        for edit in self.edits.values():
            edit.textEdited.connect(self._mark_dirty)
        self.proof_date.textEdited.connect(self._mark_dirty)
        for combo in (self.kind, self.municipality, self.proof_kind):
            combo.activated.connect(self._mark_dirty)
        self.capacity.clicked.connect(self._mark_dirty)

    def set_choices(self, choices: FormChoices) -> None:
        fill_combo(self.kind, choices.applicant_types)
        fill_combo(self.municipality, choices.municipalities, self.tr("– keine –"))
        if self.view is not None:
            self._fill(self.view.data)

    # -- showing ------------------------------------------------------------------------------
    def show_view(self, view: ApplicantView) -> None:
        editable = self.context.may("applicant.edit") and view.file.active
        self.people.show_contacts(view.file.id, view.file.name, view.contacts, editable)
        self.accounts.show_accounts(view.file.id, view.file.name, view.accounts, editable)
        if self.dirty and self.view is not None and self.view.file.id == view.file.id:
            return  # a document or contact was added meanwhile: keep the typed input and the version it started from
        self.view = view
        self._fill(view.data)
        for widget in (*self.edits.values(), self.proof_date):
            widget.setReadOnly(not editable)
        for widget in (self.kind, self.municipality, self.proof_kind, self.capacity):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.discard_button.setVisible(editable)
        self._clear_errors()
        self._set_dirty(False)

    def _fill(self, data: ApplicantInput) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name) or "")
        select_data(self.kind, data.applicant_type)
        select_data(self.municipality, data.municipality)
        select_data(self.proof_kind, data.nonprofit_proof_kind)
        self.proof_date.blockSignals(True)
        self.proof_date.set_value(data.nonprofit_proof_date)  # type: ignore[arg-type]
        self.proof_date.blockSignals(False)
        self.capacity.setChecked(data.has_legal_capacity)

    # -- editing ------------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def confirm_discard(self) -> bool:
        """Ask before typed input is thrown away; True when it is safe to go on."""
        if not self.dirty:
            return True
        return Ask.discard_changes(self, self.view.file.name if self.view else "")

    def forget_input(self) -> None:
        """Mark the form clean (the caller reloads or replaces what it shows)."""
        self._set_dirty(False)

    def _discard(self) -> None:
        if self.confirm_discard():
            self._set_dirty(False)
            self.reload_requested.emit()

    def edited_input(self) -> ApplicantInput:
        """What the form says; raises ValidationError for an unreadable date."""
        text = {name: edit.text().strip() or None for name, edit in self.edits.items()}
        stored = self.view.data if self.view is not None else None  # the primary account, changed in its panel
        return ApplicantInput(
            applicant_type=self.kind.currentData(), has_legal_capacity=self.capacity.isChecked(),
            municipality=self.municipality.currentData(), nonprofit_proof_kind=self.proof_kind.currentData(),
            nonprofit_proof_date=self.proof_date.value(), iban=stored.iban if stored else None,
            bic=stored.bic if stored else None, account_holder=stored.account_holder if stored else None,
            **text)  # type: ignore[arg-type]

    def save(self) -> None:
        if self.view is None or not self.dirty:
            return
        self._clear_errors()
        try:
            data = self.edited_input()
        except ValidationError as exc:
            self.show_error(ValidationError(exc.message, "nonprofit_proof_date"))
            return
        uow, applicant_id, version = self.context.uow(), self.view.file.id, self.view.file.version
        self.save_button.setEnabled(False)
        Operation(self, self.context, lambda: update_applicant(uow, applicant_id, version, data)) \
            .success(lambda _v: self._saved(applicant_id)).failure(self._save_failed).notice_cases().run()

    def _saved(self, applicant_id: int) -> None:
        self._set_dirty(False)
        self.saved.emit(applicant_id)

    def _save_failed(self, error: FoerderDeskError) -> None:
        self.save_button.setEnabled(True)
        show_save_error(self, error, self._reload_after_conflict, self.show_error, "applicantConflictBox")

    def show_error(self, error: ValidationError) -> None:
        """The message beside its field (or under the form when the service names no field)."""
        label = self.errors.get(error.field or "", self.general_error)
        label.setText(error.message)
        label.setVisible(True)
        others: dict[str, QWidget] = {"applicant_type": self.kind, "municipality": self.municipality,
                                      "nonprofit_proof_kind": self.proof_kind, "nonprofit_proof_date": self.proof_date}
        widget = self.edits.get(error.field or "", others.get(error.field or ""))
        if widget is not None:
            widget.setFocus()

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.setVisible(False)
            label.clear()

    def _reload_after_conflict(self) -> None:
        self._set_dirty(False)
        self.reload_requested.emit()

    def _related_changed(self) -> None:
        if self.view is not None:
            self.related_changed.emit(self.view.file.id)
