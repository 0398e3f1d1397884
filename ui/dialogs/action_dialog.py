"""The small dialog a workflow action opens: the fields it needs, then one service call.

A refusal (guard, role, conflict) is shown inside the dialog; what the user typed stays. An action without
fields runs without showing its dialog: its refusal is shown in a message box over the case instead (the
dialog opens only when warnings must be acknowledged), so no refusal is ever written into a hidden dialog.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.cases.action_fields import ActionField, FieldKind
from app.cases.detail import CaseDetail
from app.cases.workflow import Transition
from app.kernel.errors import FoerderDeskError, NeedsAcknowledgement, ValidationError
from ui import formatting
from ui.context import UiContext
from ui.dialogs.action_specs import ActionSpec, Values
from ui.dialogs.decision_brief_panel import DecisionBriefPanel
from ui.errors import show_message
from ui.operations import Operation
from ui.widgets.fields import CheckedLineEdit, DateField, MoneyField, with_error
from ui.widgets.tab_order import fields_first
from ui.widgets.text_area import TextArea


class ActionDialog(QDialog):
    succeeded = Signal(object)

    def __init__(self, context: UiContext, detail: CaseDetail, transition: Transition, spec: ActionSpec,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.detail, self.transition, self.spec = context, detail, transition, spec
        self.setObjectName(f"action-{transition.action}")
        self.setWindowTitle(f"{transition.label} – {detail.file_number}")
        self.widgets: dict[str, QWidget] = {}
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{detail.file_number}</b> · {detail.title}"))
        self.brief: DecisionBriefPanel | None = None
        if spec.brief:
            self.brief = DecisionBriefPanel(context, detail.file_number, self)
            layout.addWidget(self.brief)
            self.brief.load()
        form = QFormLayout()
        for spec_field in spec.fields:
            widget = self._widget(spec_field)
            self.widgets[spec_field.name] = widget
            shown = with_error(widget) if isinstance(widget, CheckedLineEdit) else widget
            if spec_field.plan is not None:  # the plan beside the actual figure, never in it
                shown = self._beside_plan(shown, spec_field.plan(detail), spec_field.name)
            form.addRow(spec_field.label, shown)  # translated where declared (gettext)
        if spec.confirm:
            form.addRow(QLabel(self.tr(spec.confirm)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.acknowledge = QCheckBox(self.tr("Ich habe die Hinweise zur Kenntnis genommen."), objectName="acknowledge")
        self.acknowledge.setVisible(False)
        layout.addWidget(self.acknowledge)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(transition.label)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(760 if spec.brief else 480)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Tab walks the brief's button and the fields before OK and Cancel (the brief fills in later)."""
        super().showEvent(event)
        fields_first(self, self.buttons)

    def _beside_plan(self, widget: QWidget, planned: Decimal, name: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 1)
        row.addWidget(QLabel(self.tr("Plan: {amount}").format(amount=formatting.money(planned)),
                             objectName=f"plan-{name}"))
        return box

    def _widget(self, spec_field: ActionField) -> QWidget:
        default = spec_field.default(self.detail)
        if spec_field.kind == FieldKind.money:
            widget: Any = MoneyField(required=spec_field.required)
            widget.set_value(default)
        elif spec_field.kind == FieldKind.date:
            widget = DateField(required=spec_field.required)
            widget.set_value(default)
        elif spec_field.kind == FieldKind.choice:
            widget = QComboBox()
            for value, label in spec_field.choices_for(self.detail):
                widget.addItem(label, value)
            widget.setCurrentIndex(max(0, widget.findData(default)))
        elif spec_field.kind == FieldKind.boolean:
            widget = QCheckBox()
            widget.setChecked(bool(default))
        elif spec_field.kind == FieldKind.multiline:
            widget = TextArea(str(default or ""))
            widget.setFixedHeight(80)
        else:
            widget = QLineEdit(str(default or ""))
        widget.setObjectName(f"field-{spec_field.name}")
        return widget

    def values(self) -> Values:
        result: Values = {"acknowledge": self.acknowledge.isChecked()}
        for spec_field in self.spec.fields:
            widget = self.widgets[spec_field.name]
            if isinstance(widget, CheckedLineEdit):
                result[spec_field.name] = widget.value()
            elif isinstance(widget, QComboBox):
                result[spec_field.name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                result[spec_field.name] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                result[spec_field.name] = widget.toPlainText() or None
            else:
                result[spec_field.name] = widget.text() or None  # type: ignore[attr-defined]
        return result

    def submit(self) -> None:
        try:
            values = self.values()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.buttons.setEnabled(False)
        uow, detail, call = self.context.uow(), self.detail, self.spec.call
        Operation(self, self.context, lambda: call(uow, detail, values)).success(self._done).failure(self._failed).run()

    def _done(self, result: object) -> None:
        self.succeeded.emit(result)
        self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        self.buttons.setEnabled(True)
        self.show_error(error)
        if isinstance(error, NeedsAcknowledgement):  # confirm having read the warnings, then press again
            self.acknowledge.setVisible(True)
            if not self.isVisible():
                self.open()
        elif not self.isVisible():  # run without its dialog: say why where the button was pressed
            show_message(self.parentWidget(), error, self.transition.label)
            self.deleteLater()

    def show_error(self, error: FoerderDeskError) -> None:
        self.error.setText(error.message)
        self.error.setVisible(True)
