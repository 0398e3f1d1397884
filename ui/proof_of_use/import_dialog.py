"""„Belegliste importieren“: the receipt list's column mapping, a dry run with every problem by Excel row and
column, then the import – in the style of the Excel import (`ui.excel.import_dialog`).

Choosing the file reads its header row and suggests the mapping (`app.proof.receipt_list.suggest`), then runs
the dry run at once. "Importieren" is possible only after a dry run without errors for the current mapping;
the import itself is all or nothing (`app.proof.service.import_receipts`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.excel.mapping import ColumnMapping
from app.excel.row_cells import column_label
from app.kernel.errors import FoerderDeskError
from app.proof import service as proof_of_use
from app.proof.receipt_list import REQUIRED, TARGETS, ReceiptPlan, read_receipt_table, suggest
from ui.context import UiContext
from ui.excel.report import problem_rows
from ui.operations import Operation
from ui.proof_of_use.look import named
from ui.widgets.dialog_look import fit_to_screen
from ui.widgets.file_choice import Files
from ui.widgets.text_table import TextTableModel, table_view


class ReceiptImportDialog(QDialog):
    imported = Signal(object)  # the ReceiptPlan written

    def __init__(self, context: UiContext, file_number: str, existing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.file_number = context, file_number
        self.setObjectName("receiptImport")
        self.setWindowTitle(self.tr("Belegliste importieren – {ref}").format(ref=file_number))
        self.path: Path | None = None
        self.headers: tuple[str, ...] = ()
        self.plan_current = False
        self.file_label = named(QLabel(self.tr("Keine Datei gewählt.")), "receiptFile")
        self.choose_button = named(QPushButton(self.tr("Datei wählen …")), "chooseReceiptFile")
        self.choose_button.clicked.connect(lambda _c=False: self.choose())
        self.combos: dict[str, QComboBox] = {}
        mapping = QFormLayout()
        for target in TARGETS:
            combo = named(QComboBox(), f"map-{target.key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
            combo.currentIndexChanged.connect(lambda _i: self._stale())
            self.combos[target.key] = combo
            mapping.addRow(f"{target.label} *" if target.key in REQUIRED else target.label, combo)
        self.report = TextTableModel([self.tr("Zeile"), self.tr("Spalte"), self.tr("Art"), self.tr("Problem")],
                                     parent=self)
        self.summary = named(QLabel(), "receiptImportSummary")
        self.summary.setWordWrap(True)
        self.replace = named(QCheckBox(self.tr("Die vorhandenen {n} Belege ersetzen").format(n=existing)),
                             "replaceReceipts")
        self.replace.setVisible(existing > 0)
        self.replace.toggled.connect(lambda _on: self._update_buttons())
        self.check_button = named(QPushButton(self.tr("Probelauf")), "checkReceipts")
        self.check_button.clicked.connect(lambda _c=False: self.check())
        self.import_button = named(QPushButton(self.tr("Importieren")), "importReceipts")
        self.import_button.clicked.connect(lambda _c=False: self.run_import())
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.reject)
        self._layout(mapping, close)
        fit_to_screen(self, 980, 620)
        self._update_buttons()

    def _layout(self, mapping: QFormLayout, close: QPushButton) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        body = QHBoxLayout()
        body.addLayout(mapping)
        body.addWidget(table_view(self.report, "receiptProblems", stretch=3), 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replace)
        buttons.addStretch(1)
        for button in (self.check_button, self.import_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def choose(self) -> None:
        path = Files.open_file(self, self.tr("Belegliste wählen"), self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read the header row, suggest the mapping, then run the dry run."""
        self.path = path
        self.file_label.setText(str(path))
        Operation(self, self.context, lambda: read_receipt_table(path).headers).success(self._headers) \
            .failure(self._failed).run()

    def _headers(self, headers: tuple[str, ...]) -> None:
        self.headers = tuple(headers)
        suggested = suggest(self.headers)
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(nicht zugeordnet)"), None)
            for index, header in enumerate(self.headers):
                if header:
                    combo.addItem(column_label(self.headers, index), header)
            wanted = suggested.columns.get(key)
            combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted else 0)
            combo.blockSignals(False)
        self.check()

    def mapping(self) -> ColumnMapping:
        return ColumnMapping({key: combo.currentData() for key, combo in self.combos.items() if combo.currentData()})

    def check(self) -> None:
        if self.path is None:
            return
        uow, request = self.context.uow(), proof_of_use.ImportRequest(self.path, self.mapping())
        self.plan_current = False
        self._update_buttons()
        Operation(self, self.context, lambda: proof_of_use.check_receipt_list(uow, self.file_number, request)) \
            .success(self._checked).failure(self._failed).run()

    def _checked(self, plan: ReceiptPlan) -> None:
        self.report.set_rows(problem_rows(plan))
        self.plan_current = not plan.errors
        self.summary.setText(self.tr("Blatt »{sheet}«, Kopfzeile in Zeile {header}: {rows} Belegzeilen, {valid} "
                                     "gültig, {invalid} mit Fehlern.").format(
            sheet=plan.sheet, header=plan.header_row, rows=plan.data_rows, valid=len(plan.receipts),
            invalid=len(plan.invalid_rows)) + ("" if not plan.errors else " " + self.tr(
                "Importiert wird erst, wenn keine Zeile mehr fehlerhaft ist.")))
        self._update_buttons()

    def _failed(self, error: FoerderDeskError) -> None:
        self.plan_current = False
        if isinstance(error, proof_of_use.ReceiptImportRefused):
            self.report.set_rows(problem_rows(error.plan))
        else:
            self.report.set_rows([])
        self.summary.setText(error.message)
        self._update_buttons()

    def _stale(self) -> None:
        self.plan_current = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.check_button.setEnabled(self.path is not None)
        self.import_button.setEnabled(self.plan_current and (not self.replace.isVisible()
                                                             or self.replace.isChecked()))

    def run_import(self) -> None:
        if self.path is None or not self.plan_current:
            return
        request = proof_of_use.ImportRequest(self.path, self.mapping(), replace=self.replace.isChecked())
        uow = self.context.uow()
        self.import_button.setEnabled(False)
        Operation(self, self.context, lambda: proof_of_use.import_receipts(uow, self.file_number, request)) \
            .success(self._imported).failure(self._failed).run()

    def _imported(self, plan: ReceiptPlan) -> None:
        self.imported.emit(plan)
        self.accept()
