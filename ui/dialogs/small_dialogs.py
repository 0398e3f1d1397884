"""Small input dialogs: override justification, postponing a deadline, recording a document."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.kernel import clock
from app.kernel.choice import Choice
from app.kernel.errors import ValidationError
from ui.widgets.fields import DateField, with_error
from ui.widgets.tab_order import fields_first
from ui.widgets.text_area import TextArea


class FormDialog(QDialog):
    """Base: a form, an error line, OK/Cancel; `result_values()` raises ValidationError for bad input."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(objectName="fieldError")
        self.error.setVisible(False)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Fields are built after the buttons: open in the first field, the buttons last, as laid out."""
        fields_first(self, self.buttons)
        super().showEvent(event)

    def result_values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _check_and_accept(self) -> None:
        try:
            self.result_values()
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.setVisible(True)
            return
        self.accept()


class OverrideDialog(FormDialog):
    def __init__(self, rule_label: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prüfregel übersteuern"), "overrideDialog", parent)
        self.form.addRow(self.tr("Regel"), QLabel(rule_label))
        reason = QLabel(message)
        reason.setWordWrap(True)
        self.form.addRow(self.tr("Ergebnis"), reason)
        self.justification = TextArea(objectName="justification")
        self.justification.setFixedHeight(90)
        self.form.addRow(self.tr("Begründung (wird protokolliert)"), self.justification)

    def result_values(self) -> dict[str, Any]:
        text = self.justification.toPlainText().strip()
        if len(text) < 20:
            raise ValidationError(self.tr("Bitte die Übersteuerung nachvollziehbar begründen (mindestens 20 Zeichen)."))
        return {"justification": text}


class PostponeDialog(FormDialog):
    def __init__(self, current_due: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Frist verschieben"), "postponeDialog", parent)
        self.due = DateField()
        if current_due:
            self.due.set_value(current_due + dt.timedelta(days=14))
        self.reason = TextArea(objectName="postponeReason")
        self.reason.setFixedHeight(70)
        self.form.addRow(self.tr("Neue Frist"), with_error(self.due))
        self.form.addRow(self.tr("Grund"), self.reason)

    def result_values(self) -> dict[str, Any]:
        reason = self.reason.toPlainText().strip()
        if len(reason) < 10:
            raise ValidationError(self.tr("Bitte den Grund der Verschiebung angeben (mindestens 10 Zeichen)."))
        return {"due_on": self.due.value(), "reason": reason}


class DocumentDialog(FormDialog):
    def __init__(self, kinds: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unterlage erfassen"), "documentDialog", parent)
        self.kind = QComboBox(objectName="documentKind")
        for choice in kinds:
            self.kind.addItem(choice.label, choice.value)
        self.received = DateField()
        self.received.set_value(clock.today())
        self.note = TextArea(objectName="documentNote")
        self.note.setFixedHeight(60)
        self.form.addRow(self.tr("Unterlage"), self.kind)
        self.form.addRow(self.tr("Eingang"), with_error(self.received))
        self.form.addRow(self.tr("Bemerkung"), self.note)

    def result_values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "received_on": self.received.value(),
                "note": self.note.toPlainText() or None}
