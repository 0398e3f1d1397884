""""Als eingereicht markieren …": the day the application went out to the Land (today unless changed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from app.kernel import clock
from ui.dialogs.small_dialogs import FormDialog
from ui.widgets.fields import DateField, with_error


class SubmittedDialog(FormDialog):
    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Antrag an das Land als eingereicht markieren"), "submittedDialog", parent)
        note = QLabel(self.tr("Der Antrag für {year} gilt dann als eingereicht; die Frist und die Erinnerung auf der "
                              "Fristenliste sind erledigt.").format(year=year), wordWrap=True)
        self.form.addRow(note)
        self.day = DateField()
        self.day.setObjectName("submittedOn")
        self.day.set_value(clock.today())
        self.form.addRow(self.tr("Eingereicht am"), with_error(self.day))

    def result_values(self) -> dict[str, Any]:
        return {"submitted_on": self.day.value()}

    @classmethod
    def ask(cls, parent: QWidget | None, year: int) -> dt.date | None:
        """The day chosen, or None when cancelled (a test may replace this)."""
        dialog = cls(year, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        day: dt.date | None = dialog.result_values()["submitted_on"]
        return day
