"""Input fields that validate as typed: German amounts and dates, with the message beside the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.kernel.errors import ValidationError
from app.kernel.money import format_eur, to_money
from app.kernel.periods import format_date
from app.kernel.validation import parse_date


class CheckedLineEdit(QLineEdit):
    """A line edit with a parser; shows its problem in `error_label` while typing."""

    def __init__(self, parse: Callable[[str], Any], placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parse = parse
        self.setPlaceholderText(placeholder)
        self.error_label = QLabel(objectName="fieldError")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.textChanged.connect(self._check)

    def _check(self) -> None:
        try:
            self.value()
        except ValidationError as exc:
            self.show_error(exc.message)
        else:
            self.show_error(None)

    def show_error(self, message: str | None) -> None:
        self.setProperty("invalid", message is not None)
        self.style().unpolish(self)
        self.style().polish(self)
        self.error_label.setText(message or "")
        self.error_label.setVisible(message is not None)

    def value(self) -> Any:
        return self._parse(self.text())

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValidationError:
            return False
        return True


class MoneyField(CheckedLineEdit):
    def __init__(self, required: bool = True, parent: QWidget | None = None) -> None:
        self.required = required
        super().__init__(self._parse_money, "0,00 €", parent)

    def _parse_money(self, text: str) -> Decimal | None:
        if not text.strip():
            if self.required:
                raise ValidationError(self.tr("Bitte einen Betrag eingeben."))
            return None
        return to_money(text)

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else format_eur(value).replace(" €", ""))


class DateField(CheckedLineEdit):
    def __init__(self, required: bool = True, parent: QWidget | None = None) -> None:
        self.required = required
        super().__init__(self._parse_date, QCoreApplication.translate("DateField", "TT.MM.JJJJ"), parent)
        self.editingFinished.connect(self._show_full_date)

    def _show_full_date(self) -> None:
        """A date typed short ("1.3.27") is shown in full ("01.03.2027") once the field is left."""
        try:
            value = self.value()
        except ValidationError:
            return
        if value is not None and self.text() != format_date(value):
            self.set_value(value)

    def _parse_date(self, text: str) -> dt.date | None:
        return parse_date(text, self.tr("Datum"), required=self.required)

    def set_value(self, value: dt.date | None) -> None:
        self.setText("" if value is None else format_date(value))


def with_error(field: CheckedLineEdit) -> QWidget:
    """The field with its error message underneath, for form layouts."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    row = QHBoxLayout()
    row.addWidget(field)
    layout.addLayout(row)
    layout.addWidget(field.error_label)
    return box
