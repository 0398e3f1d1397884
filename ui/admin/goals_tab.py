"""Goals of the social plan (Ziele des Fachplans) per plan period: code, title, Handlungsfeld and — for poverty
prevention — the life phase (Kindheit, Jugend, Erwachsenenalter, Senioren). Saved through the audited service
`app.social_plan.service` (`add_goal`, `update_goal`), which checks every value."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.administration.reads import Administration, GoalRow
from app.social_plan import service as social_plan
from ui.admin.base import AdminTab, form
from ui.context import UiContext
from ui.widgets.limits import bound
from ui.widgets.record_table import RecordTable


class GoalsTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "goalsTab", parent)
        self.table = RecordTable([self.tr("Planperiode"), self.tr("Kürzel"), self.tr("Ziel"), self.tr("Handlungsfeld"),
                                  self.tr("Lebensphase")], "goalsTable", stretch=2)
        self.table.currentCellChanged.connect(lambda *_a: self._select())
        self.plan = QComboBox(objectName="goalPlan")
        self.code = bound(QLineEdit(objectName="goalCode"), "Goal.code")
        self.title = bound(QLineEdit(objectName="goalTitle"), "Goal.title")
        self.field_of_action = QComboBox(objectName="goalFieldOfAction")
        self.life_phase = QComboBox(objectName="goalLifePhase")
        self.save_button = QPushButton(self.tr("Ziel speichern"), objectName="saveGoal")
        self.save_button.clicked.connect(self.save_goal)
        self.add_button = QPushButton(self.tr("Als neues Ziel anlegen"), objectName="addGoal")
        self.add_button.clicked.connect(self.add_goal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        fields = form()
        fields.addRow(self.tr("Planperiode"), self.plan)
        fields.addRow(self.tr("Kürzel"), self.code)
        fields.addRow(self.tr("Ziel"), self.title)
        fields.addRow(self.tr("Handlungsfeld"), self.field_of_action)
        fields.addRow(self.tr("Lebensphase (Armutsprävention)"), self.life_phase)
        fields.addRow(buttons)
        self.finish_table_layout(self.table, fields, "goalEditor", 900)

    def show_data(self, data: Administration) -> None:
        super().show_data(data)
        keep = max(0, self.table.currentRow())
        choices = data.goal_choices
        self._fill(self.plan, [(plan_id, name) for plan_id, name in choices.plans])
        self._fill(self.field_of_action, [(None, self.tr("– kein Handlungsfeld –")), *choices.fields_of_action])
        self._fill(self.life_phase, [(None, self.tr("– keine (übergreifendes Ziel) –")), *choices.life_phases])
        names = dict(choices.life_phases)
        self.table.set_rows([[g.plan, g.code, g.title, g.field_of_action or "–",
                              names.get(g.life_phase, g.life_phase) if g.life_phase else "–"]
                             for g in data.goal_rows], data.goal_rows)
        if data.goal_rows:
            self.table.setCurrentCell(min(keep, len(data.goal_rows) - 1), 0)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        combo.clear()
        for value, label in items:
            combo.addItem(label, value)

    def _select(self) -> None:
        row: GoalRow | None = self.table.current_value()
        if row is None:
            return
        self.plan.setCurrentIndex(max(0, self.plan.findData(row.plan_id)))
        self.code.setText(row.code)
        self.title.setText(row.title)
        self._choose(self.field_of_action, row.field_of_action)
        self._choose(self.life_phase, row.life_phase)

    @staticmethod
    def _choose(combo: QComboBox, value: str | None) -> None:
        """Select `value`; one no longer offered (e.g. an inactive Handlungsfeld) is shown as it is stored."""
        if value is not None and combo.findData(value) < 0:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def save_goal(self) -> None:
        row: GoalRow | None = self.table.current_value()
        if row is None:
            return
        uow, code, title = self.context.uow(), self.code.text(), self.title.text()
        field, phase = self.field_of_action.currentData(), self.life_phase.currentData()
        self.save(lambda: social_plan.update_goal(uow, row.id, code, title, phase, field, row.description,
                                                  row.version),
                  self.tr("Ziel {code} gespeichert.").format(code=code.strip()))

    def add_goal(self) -> None:
        plan_id = self.plan.currentData()
        if plan_id is None:
            self.message.setText(self.tr("Bitte zuerst eine Planperiode anlegen (Ansicht → Landesprogramm → "
                                         "Planperioden)."))
            return
        uow, code, title = self.context.uow(), self.code.text(), self.title.text()
        field, phase = self.field_of_action.currentData(), self.life_phase.currentData()
        self.save(lambda: social_plan.add_goal(uow, plan_id, code, title, phase, field),
                  self.tr("Ziel {code} angelegt.").format(code=code.strip()))
