"""Budgets (Haushaltsansatz) per programme and fiscal year; every change is audited with its reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox, QWidget

from app.administration import settings_service as admin
from app.administration.reads import Administration, BudgetRow
from app.kernel import clock
from ui import formatting
from ui.admin.base import AdminTab, form
from ui.context import UiContext
from ui.widgets.limits import bound
from ui.widgets.record_table import RecordTable
from ui.widgets.text_area import TextArea


class BudgetsTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "budgetsTab", parent)
        self.table = RecordTable([self.tr("Programm"), self.tr("Haushaltsjahr"), self.tr("Ansatz"),
                                  self.tr("Bewilligt"), self.tr("Ausgezahlt"), self.tr("Verfügbar"),
                                  self.tr("Haushaltsstelle")], "budgetAdminTable", stretch=6,
                                 right=frozenset({2, 3, 4, 5}))
        self.table.currentCellChanged.connect(lambda row, *_a: self._select(row))
        self.programme = QComboBox(objectName="budgetProgramme")
        self.year = QSpinBox(objectName="budgetFiscalYear", minimum=2000, maximum=2100)
        self.year.setValue(clock.today().year)
        self.allocation = QLineEdit(objectName="budgetAllocation")
        self.position = bound(QLineEdit(objectName="budgetPosition"), "Budget.budget_position")
        self.reason = TextArea(objectName="budgetReason")
        self.reason.setPlaceholderText(self.tr("z. B. Zuweisung des Landes vom …, Nachtragshaushalt …"))
        self.reason.setFixedHeight(60)
        self.save_button = QPushButton(self.tr("Ansatz speichern"), objectName="saveBudget")
        self.save_button.clicked.connect(self.save_budget)
        self.saved.connect(lambda _text: self.reason.clear())
        fields = form()
        fields.addRow(self.tr("Programm"), self.programme)
        fields.addRow(self.tr("Haushaltsjahr"), self.year)
        fields.addRow(self.tr("Ansatz (€)"), self.allocation)
        fields.addRow(self.tr("Haushaltsstelle"), self.position)
        fields.addRow(self.tr("Grund der Änderung"), self.reason)
        fields.addRow("", self.save_button)
        self.finish_table_layout(self.table, fields, "budgetEditor", 760)

    def show_data(self, data: Administration) -> None:
        super().show_data(data)
        current = self.programme.currentData()
        self.programme.clear()
        for programme in data.programmes:
            self.programme.addItem(f"{programme.code} – {programme.name}", programme.code)
        self.programme.setCurrentIndex(max(0, self.programme.findData(current)))
        self.table.set_rows([[b.programme_code, str(b.fiscal_year), formatting.money(b.allocation),
                              formatting.money(b.approved), formatting.money(b.paid), formatting.money(b.available),
                              b.budget_position or "–"] for b in data.budgets], data.budgets)
        if data.budgets:
            self.table.setCurrentCell(0, 0)

    def _select(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        budget: BudgetRow | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if budget is None:
            return
        self.programme.setCurrentIndex(max(0, self.programme.findData(budget.programme_code)))
        self.year.setValue(budget.fiscal_year)
        self.allocation.setText(formatting.money(budget.allocation).replace("\xa0€", "").replace(" €", ""))
        self.position.setText(budget.budget_position or "")

    def _version(self, code: str, year: int) -> int | None:
        if self.data is None:
            return None
        return next((b.version for b in self.data.budgets if b.programme_code == code and b.fiscal_year == year), None)

    def save_budget(self) -> None:
        code, year = self.programme.currentData(), self.year.value()
        uow, amount, position = self.context.uow(), self.allocation.text(), self.position.text() or None
        reason, version = self.reason.toPlainText(), self._version(code, year)
        self.save(lambda: admin.change_budget(uow, code, year, amount, reason, budget_position=position,
                                              expected_version=version),
                  self.tr("Haushaltsansatz {code} {year} gespeichert.").format(code=code, year=year))
