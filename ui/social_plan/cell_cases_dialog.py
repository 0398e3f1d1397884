"""Drill-down from a coverage cell: the funded cases behind it; a double-click opens one in the main window."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.kernel.money import format_eur
from app.social_plan.cells import CellCase
from ui import formatting
from ui.widgets.dialog_look import fit_to_screen
from ui.widgets.record_table import RecordTable


class CellCasesDialog(QDialog):
    case_chosen = Signal(str)  # file number

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cellCasesDialog")
        self.setWindowTitle(self.tr("Geförderte Vorgänge – {cell}").format(cell=title))
        self.heading = QLabel(title, objectName="cellCasesHeading")
        self.heading.setWordWrap(True)
        self.table = RecordTable([self.tr("Aktenzeichen"), self.tr("Titel"), self.tr("Antragsteller"),
                                  self.tr("Gemeinde"), self.tr("Jahr"), self.tr("Status"), self.tr("Betrag")],
                                 "cellCasesTable", stretch=1, right=frozenset({4, 6}))
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.open_current())
        self.summary = QLabel(self.tr("Lädt …"), objectName="cellCasesSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Vorgang öffnen"), objectName="openCellCase")
        self.open_button.setEnabled(False)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 420)

    def show_cases(self, cases: list[CellCase]) -> None:
        if not isValid(self):
            return  # closed before the cases arrived
        self.table.set_rows([[c.file_number, c.title, c.applicant, c.municipality, str(c.fiscal_year),
                              formatting.status(c.status), format_eur(c.amount)] for c in cases],
                            [c.file_number for c in cases])
        total = sum((c.amount for c in cases), Decimal("0.00"))
        self.summary.setText(self.tr("{count} Vorgänge, zusammen {amount}. Doppelklick öffnet den Vorgang.").format(
            count=len(cases), amount=format_eur(total)))
        self.open_button.setEnabled(bool(cases))
        if cases:
            self.table.selectRow(0)

    def file_numbers(self) -> list[str]:
        return [item.text() for row in range(self.table.rowCount()) if (item := self.table.item(row, 0)) is not None]

    def open_current(self) -> None:
        file_number = self.table.current_value()
        if file_number:
            self.case_chosen.emit(str(file_number))
