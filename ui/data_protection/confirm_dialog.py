"""The confirmation before anonymising (a case or an applicant): what goes, what stays, and the reason that is
written to the audit trail. Irreversible, so the button says so and the reason must say something."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from app.kernel.errors import ValidationError
from ui.dialogs.small_dialogs import FormDialog
from ui.widgets.text_area import TextArea

MIN_REASON = 10


class AnonymiseConfirmDialog(FormDialog):
    """`warning`: the rich text naming what is removed and what remains; `name`: the dialog's object name, whose
    warning and reason field are `{name}Warning` / `{name}Reason` without the trailing "Dialog"."""

    def __init__(self, title: str, name: str, warning: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(title, name, parent)
        stem = name.removesuffix("Dialog")
        self.warning = QLabel(warning, wordWrap=True, objectName=f"{stem}Warning")
        self.reason = TextArea(objectName=f"{stem}Reason")
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(placeholder)
        self.form.addRow(self.warning)
        self.form.addRow(self.tr("Anlass (wird protokolliert)"), self.reason)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Unwiderruflich anonymisieren"))

    def result_values(self) -> dict[str, Any]:
        reason = self.reason.toPlainText().strip()
        if len(reason) < MIN_REASON:
            raise ValidationError(self.tr("Bitte den Anlass angeben (mindestens 10 Zeichen)."))
        return {"reason": reason}
