"""Plan periods of the Fachplan with the Kreistag's resolution (administrators save; the service checks)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from app.state_cycle.plan_periods import PlanPeriod, PlanPeriodInput, save_plan_period
from app.state_cycle.reader import StateCycleReader
from ui.context import UiContext
from ui.state_cycle.base import StateTab
from ui.widgets.record_table import RecordTable


class PlanPeriodsTab(StateTab):
    def __init__(self, context: UiContext, reader: StateCycleReader, parent: QWidget | None = None) -> None:
        super().__init__(context, "planPeriodsTab", parent)
        self.reader = reader
        self.periods: list[PlanPeriod] = []
        self.table = RecordTable([self.tr("Planperiode"), self.tr("Jahre"), self.tr("Kreistagsbeschluss"),
                                  self.tr("Ziele")], "planPeriodsTable", stretch=0, right=frozenset({3}))
        self.table.currentCellChanged.connect(lambda *_a: self._select())
        self.name = QLineEdit(objectName="periodName")
        self.first = QSpinBox(objectName="periodFrom", minimum=1990, maximum=2100, value=2024)
        self.last = QSpinBox(objectName="periodTo", minimum=0, maximum=2100, value=0)
        self.last.setSpecialValueText(self.tr("offen"))
        self.number = QLineEdit(objectName="periodResolutionNumber")
        self.number.setPlaceholderText(self.tr("z. B. KT/0142/2023"))
        self.day = QLineEdit(objectName="periodResolutionDate")
        self.day.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.save_button = QPushButton(self.tr("Planperiode speichern"), objectName="savePeriod")
        self.add_button = QPushButton(self.tr("Als neue Planperiode anlegen"), objectName="addPeriod")
        self.save_button.clicked.connect(lambda: self._save(new=False))
        self.add_button.clicked.connect(lambda: self._save(new=True))
        form = QFormLayout()
        form.addRow(self.tr("Bezeichnung"), self.name)
        form.addRow(self.tr("Gültig ab"), self.first)
        form.addRow(self.tr("Gültig bis"), self.last)
        form.addRow(self.tr("Kreistagsbeschluss Nr."), self.number)
        form.addRow(self.tr("Beschlossen am"), self.day)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        editor = QWidget(objectName="periodEditor")
        editor.setMaximumWidth(800)
        editor.setLayout(form)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(editor)
        self.layout_.addWidget(self.message)

    def load(self) -> None:
        self.run(self.reader.plan_periods, self._show, writes=False)

    def _show(self, periods: list[PlanPeriod]) -> None:
        self.periods = periods
        keep = max(0, self.table.currentRow())
        self.table.set_rows([[p.name, p.years, p.resolution, str(p.goals)] for p in periods], periods)
        if periods:
            self.table.setCurrentCell(min(keep, len(periods) - 1), 0)

    def _select(self) -> None:
        period: PlanPeriod | None = self.table.current_value()
        if period is None:
            return
        self.name.setText(period.name)
        self.first.setValue(period.valid_from_year)
        self.last.setValue(period.valid_to_year or 0)
        self.number.setText(period.resolution_number or "")
        self.day.setText(period.resolution_date.strftime("%d.%m.%Y") if period.resolution_date else "")

    def _save(self, *, new: bool) -> None:
        period: PlanPeriod | None = None if new else self.table.current_value()
        if not new and period is None:
            return
        data = PlanPeriodInput(self.name.text(), self.first.value(), self.last.value() or None,
                               self.number.text() or None, self.day.text() or None)
        uow = self.context.uow()
        plan_id, version = (period.id, period.version) if period else (None, None)
        self.run(lambda: save_plan_period(uow, plan_id, data, version), self._saved)

    def _saved(self, _plan_id: object) -> str:
        self.load()
        return self.tr("Planperiode »{name}« gespeichert.").format(name=self.name.text())
