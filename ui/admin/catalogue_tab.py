"""The catalogue of fundable measures (Maßnahmenkatalog) under the goals of the social plan."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from app.administration.reads import Administration, MeasureRow
from app.social_plan import service as social_plan
from app.social_plan.service import MeasureTargetInput
from ui.admin.base import AdminTab, form
from ui.context import UiContext
from ui.widgets.limits import bound
from ui.widgets.record_table import RecordTable


class CatalogueTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "catalogueTab", parent)
        self.table = RecordTable([self.tr("Sozialplan"), self.tr("Ziel"), self.tr("Kürzel"), self.tr("Maßnahme"),
                                  self.tr("Im Katalog"), self.tr("Zielgröße")], "catalogueTable", stretch=3)
        self.table.currentCellChanged.connect(lambda *_a: self._select())
        self.goal = QComboBox(objectName="measureGoal")
        self.code = bound(QLineEdit(objectName="measureCode"), "Measure.code")
        self.title = bound(QLineEdit(objectName="measureTitle"), "Measure.title")
        self.in_catalogue = QCheckBox(self.tr("im Maßnahmenkatalog (sonst nur mit Begründung förderbar)"),
                                      objectName="measureInCatalogue")
        self.indicator = bound(QLineEdit(objectName="measureIndicator"), "Measure.target_indicator")
        self.count = QSpinBox(objectName="measureCount", minimum=0, maximum=9999)
        self.count.setSpecialValueText(self.tr("keine"))
        self.save_button = QPushButton(self.tr("Maßnahme speichern"), objectName="saveMeasure")
        self.save_button.clicked.connect(self.save_measure)
        self.add_button = QPushButton(self.tr("Als neue Maßnahme anlegen"), objectName="addMeasure")
        self.add_button.clicked.connect(self.add_measure)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        fields = form()
        fields.addRow(self.tr("Ziel"), self.goal)
        fields.addRow(self.tr("Kürzel"), self.code)
        fields.addRow(self.tr("Maßnahme"), self.title)
        fields.addRow("", self.in_catalogue)
        fields.addRow(self.tr("Zielindikator"), self.indicator)
        fields.addRow(self.tr("Zielgröße"), self.count)
        fields.addRow(buttons)
        self.finish_table_layout(self.table, fields, "measureEditor", 900)

    def show_data(self, data: Administration) -> None:
        super().show_data(data)
        keep = max(0, self.table.currentRow())
        self.goal.clear()
        for goal_id, label in data.goals:
            self.goal.addItem(label, goal_id)
        self.table.set_rows([[m.plan, m.goal, m.code, m.title, self.tr("ja") if m.in_catalogue else self.tr("nein"),
                              str(m.target_count) if m.target_count is not None else "–"] for m in data.catalogue],
                            data.catalogue)
        if data.catalogue:
            self.table.setCurrentCell(min(keep, len(data.catalogue) - 1), 0)

    def _select(self) -> None:
        row: MeasureRow | None = self.table.current_value()
        if row is None:
            return
        self.goal.setCurrentIndex(max(0, self.goal.findData(row.goal_id)))
        self.code.setText(row.code)
        self.title.setText(row.title)
        self.in_catalogue.setChecked(row.in_catalogue)
        self.indicator.setText(row.target_indicator or "")
        self.count.setValue(row.target_count or 0)

    def _target(self) -> MeasureTargetInput:
        return MeasureTargetInput(self.indicator.text() or None, self.count.value() or None)

    def save_measure(self) -> None:
        row: MeasureRow | None = self.table.current_value()
        if row is None:
            return
        uow, code, title, target = self.context.uow(), self.code.text(), self.title.text(), self._target()
        in_catalogue = self.in_catalogue.isChecked()
        self.save(lambda: social_plan.update_measure(uow, row.id, code, title, target, in_catalogue, row.description,
                                                     row.version),
                  self.tr("Maßnahme {code} gespeichert.").format(code=code))

    def add_measure(self) -> None:
        goal_id = self.goal.currentData()
        if goal_id is None:
            return
        uow, code, title, target = self.context.uow(), self.code.text(), self.title.text(), self._target()
        in_catalogue = self.in_catalogue.isChecked()
        self.save(lambda: social_plan.add_measure(uow, goal_id, code, title, target.indicator, target.count,
                                                  in_catalogue),
                  self.tr("Maßnahme {code} angelegt.").format(code=code))
