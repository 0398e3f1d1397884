"""Rule settings (periods, retention, consultation hours …), the base-rate table (§ 247 BGB) and the interest
surcharge table (§ 49a VwVfG)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.administration import settings_service as admin
from app.administration.reads import Administration, SettingRow
from app.social_plan.scoring import format_weight
from ui import formatting
from ui.admin.base import AdminTab, form
from ui.context import UiContext
from ui.widgets.fields import DateField
from ui.widgets.limits import bound
from ui.widgets.record_table import RecordTable


def typed_input(row: SettingRow, text: str) -> Any:
    """A list setting (weekdays) is typed as "1, 3"; everything else is checked by the service."""
    if isinstance(row.value, list):
        parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        return [int(p) if p.isdigit() else p for p in parts]
    return text


class SettingsTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "settingsTab", parent)
        self.table = RecordTable([self.tr("Einstellung"), self.tr("Wert")], "settingsTable", stretch=0)
        self.table.currentCellChanged.connect(lambda row, *_a: self._select(row))
        self.value = bound(QLineEdit(objectName="settingValue"), "Setting.value")
        self.save_button = QPushButton(self.tr("Einstellung speichern"), objectName="saveSetting")
        self.save_button.clicked.connect(self.save_setting)
        edit = QHBoxLayout()
        self.selected = QLabel(objectName="settingLabel")
        edit.addWidget(self.selected)
        edit.addWidget(self.value, 1)
        edit.addWidget(self.save_button)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(edit)
        self.rates = RecordTable([self.tr("Gültig ab"), self.tr("Basiszinssatz")], "baseRateTable",
                                 right=frozenset({1}))
        self.rate_from, self.rate_value = self._date_field("baseRateFrom"), QLineEdit(objectName="baseRateValue")
        self.rate_value.setPlaceholderText(self.tr("z. B. 1,27"))
        self.rate_button = QPushButton(self.tr("Zinssatz eintragen"), objectName="saveBaseRate")
        self.rate_button.clicked.connect(self.save_rate)
        self.surcharges = RecordTable([self.tr("Gültig ab"), self.tr("Zinsaufschlag")], "surchargeTable",
                                      right=frozenset({1}))
        self.surcharge_from = self._date_field("surchargeFrom")
        self.surcharge_value = QLineEdit(objectName="surchargeValue", placeholderText=self.tr("z. B. 5"))
        self.surcharge_button = QPushButton(self.tr("Aufschlag eintragen"), objectName="saveSurcharge")
        self.surcharge_button.clicked.connect(self.save_surcharge)
        right = QVBoxLayout()
        right.addWidget(self._rate_box(
            self.tr("Basiszinssatz (§ 247 BGB); die Bundesbank veröffentlicht ihn zum 1. Januar und 1. Juli."),
            self.rates, self.rate_from, self.rate_value, self.tr("Satz in %"), self.rate_button), 1)
        right.addWidget(self._rate_box(
            self.tr("Zinsaufschlag auf Erstattungen (§ 49a Abs. 3 VwVfG) in Prozentpunkten über dem "
                    "Basiszinssatz."),
            self.surcharges, self.surcharge_from, self.surcharge_value, self.tr("Prozentpunkte"),
            self.surcharge_button), 1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        self.layout_.addLayout(row, 1)
        self.finish_layout()

    @staticmethod
    def _date_field(name: str) -> DateField:
        field = DateField()
        field.setObjectName(name)
        return field

    def _rate_box(self, title: str, table: RecordTable, day: DateField, value: QLineEdit, value_label: str,
                  button: QPushButton) -> QWidget:
        """A dated rate table with the fields to add or correct one entry."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(title, wordWrap=True))
        column.addWidget(table, 1)
        fields = form()
        fields.addRow(self.tr("Gültig ab"), day)
        fields.addRow(value_label, value)
        column.addLayout(fields)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def show_data(self, data: Administration) -> None:
        super().show_data(data)
        keep = max(0, self.table.currentRow())
        self.table.set_rows([[s.label, s.text] for s in data.settings], data.settings)
        self.table.setCurrentCell(min(keep, len(data.settings) - 1), 0)
        self.rates.set_rows([[formatting.date(day), f"{format_weight(rate)} %"] for day, rate in data.base_rates])
        self.surcharges.set_rows([[formatting.date(day), self.tr("{points} Prozentpunkte").format(
            points=format_weight(points))] for day, points in data.surcharges])

    def current_setting(self) -> SettingRow | None:
        return self.table.current_value()

    def select_key(self, key: str) -> None:
        if self.data is not None:
            self.table.setCurrentCell([s.key for s in self.data.settings].index(key), 0)

    def _select(self, _row: int) -> None:
        row = self.current_setting()
        if row is not None:
            self.selected.setText(row.label)
            self.value.setText(row.text)

    def save_setting(self) -> None:
        row = self.current_setting()
        if row is None:
            return
        uow, value = self.context.uow(), typed_input(row, self.value.text())
        self.save(lambda: admin.set_setting(uow, row.key, value, row.version),
                  self.tr("»{label}« gespeichert.").format(label=row.label))

    def save_rate(self) -> None:
        uow, day, rate = self.context.uow(), self.rate_from.text(), self.rate_value.text()
        self.save(lambda: admin.set_base_rate(uow, day, rate), self.tr("Basiszinssatz gespeichert."))

    def save_surcharge(self) -> None:
        uow, day, points = self.context.uow(), self.surcharge_from.text(), self.surcharge_value.text()
        self.save(lambda: admin.set_interest_surcharge(uow, day, points), self.tr("Zinsaufschlag gespeichert."))
