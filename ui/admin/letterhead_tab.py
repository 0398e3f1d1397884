"""The letterhead of all letters: office, address, contact, bank, logo, closing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QWidget

from app.administration.reads import Administration
from app.kernel.letterhead import set_letterhead
from ui.admin.base import AdminTab, form
from ui.context import UiContext
from ui.widgets.limits import bound
from ui.widgets.text_area import TextArea


class LetterheadTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "letterheadTab", parent)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.values: dict[str, str] = {}
        self.form = form()
        self.save_button = QPushButton(self.tr("Briefkopf speichern"), objectName="saveLetterhead")
        self.save_button.clicked.connect(self.save_letterhead)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.finish_layout()

    def show_data(self, data: Administration) -> None:
        super().show_data(data)
        for row in data.letterhead:
            field = self.fields.get(row.key)
            if field is None:
                field = TextArea(objectName=f"letterhead_{row.key}") if row.multiline \
                    else bound(QLineEdit(objectName=f"letterhead_{row.key}"), "Letterhead.value")
                if isinstance(field, QPlainTextEdit):
                    field.setFixedHeight(56)
                self.fields[row.key] = field
                self.form.addRow(row.label, field)
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(row.value)
            else:
                field.setText(row.value)
            self.values[row.key] = row.value

    def changes(self) -> dict[str, str]:
        found = {}
        for key, field in self.fields.items():
            text = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            if text != self.values.get(key):
                found[key] = text
        return found

    def save_letterhead(self) -> None:
        changes = self.changes()
        if not changes:
            self.message.setText(self.tr("Nichts geändert."))
            return
        uow = self.context.uow()
        self.save(lambda: set_letterhead(uow, changes), self.tr("Briefkopf gespeichert."))
