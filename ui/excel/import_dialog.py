"""„Excel-Liste importieren“: choose a file, check the column mapping, read the report, then import.

Every step runs in a worker. Choosing a file reads its header and suggests the mapping, then runs a
dry run ("Probelauf") at once: the report lists each problem by Excel row and column. "Übernehmen"
is possible only when every row is valid; "Nur gültige übernehmen" when some are not. Either way the
import is one transaction (`app.excel.import_service`). Changing the mapping or an option makes the
report stale: the import buttons wait for the next "Probelauf".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.excel.import_service import (
    ImportRefused,
    ImportResult,
    MappingProposal,
    check_import,
    import_list,
    propose_mapping,
)
from app.excel.mapping import ColumnMapping
from app.excel.records import ImportOptions
from app.excel.saved_mappings import load_mapping, mapping_names, save_mapping
from app.excel.validation import ImportPlan
from app.kernel import clock
from app.kernel.errors import FoerderDeskError
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.excel.import_steps import ImportSteps
from ui.excel.mapping_panel import MappingPanel
from ui.excel.report import problem_rows, summary
from ui.operations import Operation
from ui.widgets.dialog_look import fit_to_screen, mark_buttons
from ui.widgets.text_table import TextTableModel, table_view

YEARS_BACK, YEARS_AHEAD = 6, 1  # fiscal years offered for a list that names none


class ImportDialog(ImportSteps):
    checked = Signal(object)  # ImportPlan after each dry run
    imported = Signal(object)  # ImportResult
    failed = Signal(str)  # the German message of a refusal or an unreadable file

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("excelImport")
        self.setWindowTitle(self.tr("Excel-Liste importieren"))
        self.plan: ImportPlan | None = None
        self.plan_current = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._file_row("importFile", "chooseImportFile"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="importSplitter")
        splitter.addWidget(self._left_column())
        splitter.addWidget(self._report_group())
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 680])
        layout.addWidget(splitter, 1)
        self.result_label = QLabel(objectName="importResult", wordWrap=True)
        self.result_label.setStyleSheet("color: #1f6b35; font-weight: 600;")
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addLayout(self._buttons())
        mark_buttons(self.findChildren(QPushButton), self.import_button)
        self.setMinimumSize(960, 560)
        fit_to_screen(self, 1320, 800)
        self._update_buttons()
        uow, reader = context.uow(), context.reader
        Operation(self, context, lambda: mapping_names(uow)).success(self.mapping.set_names) \
            .failure(self.show_error).run()
        Operation(self, context, reader.filter_choices).success(lambda c: self._programmes(c.programmes)) \
            .failure(self.show_error).run()

    # -- layout -------------------------------------------------------------------------------
    def _left_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._mapping_group())
        layout.addWidget(self._options_group())
        layout.addStretch(1)
        return column

    def _options_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Weitere Angaben"))
        self.accept_names = QCheckBox(self.tr("Vorgeschlagene amtliche Schreibweisen übernehmen (Gemeinden, "
                                              "Handlungsfelder)"), objectName="acceptSuggestions")
        self.programme = QComboBox(objectName="defaultProgramme")
        self.programme.addItem(self.tr("– aus der Liste –"), None)
        self.year = QComboBox(objectName="defaultYear")
        self.year.addItem(self.tr("– aus der Liste –"), None)
        this_year = clock.today().year
        for year in range(this_year + YEARS_AHEAD, this_year - YEARS_BACK - 1, -1):
            self.year.addItem(str(year), year)
        for signal in (self.accept_names.toggled, self.programme.currentIndexChanged, self.year.currentIndexChanged):
            signal.connect(lambda *_args: self._stale())
        form = QFormLayout(box)
        form.addRow(self.accept_names)
        form.addRow(self.tr("Programm, wo die Liste keines nennt"), self.programme)
        form.addRow(self.tr("Haushaltsjahr, wo die Liste keines nennt"), self.year)
        return box

    def _mapping_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Spaltenzuordnung"))
        self.mapping = MappingPanel()
        self.mapping.changed.connect(self._stale)
        self.mapping.load_button.clicked.connect(self.load_saved)
        self.mapping.save_button.clicked.connect(self.save_current)
        self.mapping.save_button.setEnabled(self.context.may("case.create"))
        QVBoxLayout(box).addWidget(self.mapping)
        return box

    def _report_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Prüfbericht"))
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.errors_only = QCheckBox(self.tr("Nur Fehler zeigen"), objectName="errorsOnly")
        self.errors_only.toggled.connect(lambda _on: self._show_report())
        self.report = TextTableModel([self.tr("Zeile"), self.tr("Spalte"), self.tr("Art"), self.tr("Problem")],
                                     right=frozenset({0}), parent=self)
        self.report_view = table_view(self.report, "importReport", stretch=3)
        layout = QVBoxLayout(box)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.errors_only)
        layout.addLayout(head)
        layout.addWidget(self.report_view, 1)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.dry_run_button = QPushButton(self.tr("Probelauf"), objectName="dryRun")
        self.only_valid_button = QPushButton(self.tr("Nur gültige übernehmen"), objectName="importValid")
        self.import_button = QPushButton(self.tr("Übernehmen"), objectName="importAll")
        self.close_button = QPushButton(self.tr("Schließen"), objectName="closeImport")
        self.dry_run_button.clicked.connect(self.dry_run)
        self.only_valid_button.clicked.connect(lambda: self.import_rows(only_valid=True))
        self.import_button.clicked.connect(lambda: self.import_rows(only_valid=False))
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.dry_run_button, self.only_valid_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def _programmes(self, codes: list[str]) -> None:
        for code in codes:
            self.programme.addItem(code, code)

    # -- file and dry run ---------------------------------------------------------------------
    def choose_file(self) -> None:
        self._choose(self.tr("Excel-Liste wählen"))

    def load_file(self, path: Path) -> None:
        """Read the header, suggest the mapping, then run the dry run."""
        self.path, self.plan, self.finished_import = Path(path), None, False
        self.file_label.setText(str(self.path))
        self.mapping.set_headers(())
        self._clear()
        uow, options = self.context.uow(), self.options(with_mapping=False)
        self._work(lambda: propose_mapping(uow, path, options), self._file_read)

    def _file_read(self, proposal: MappingProposal) -> None:
        self.mapping.set_headers(proposal.table.headers)
        self.mapping.set_mapping(proposal.mapping)
        self.mapping.show_guesses(proposal.lines)
        self.dry_run()

    def options(self, *, only_valid: bool = False, with_mapping: bool = True) -> ImportOptions:
        return ImportOptions(mapping=self.mapping.mapping() if with_mapping else None,
                             programme=self.programme.currentData(),
                             fiscal_year=self.year.currentData(),
                             accept_suggestions=self.accept_names.isChecked(), only_valid=only_valid)

    def dry_run(self) -> None:
        if self.path is None:
            return
        uow, path, options = self.context.uow(), self.path, self.options()
        self._clear()
        self.summary.setText(self.tr("Jede Zeile wird geprüft …"))
        self._work(lambda: check_import(uow, path, options), self._planned)

    def _planned(self, plan: ImportPlan) -> None:
        self.plan, self.plan_current = plan, True
        self.mapping.corrections = dict(plan.mapping.municipalities)
        self._show_report()
        self._update_buttons()
        self.checked.emit(plan)

    def _show_report(self) -> None:
        if self.plan is None:
            self.report.set_rows([])
            return
        self.report.set_rows(problem_rows(self.plan, errors_only=self.errors_only.isChecked()))
        self.summary.setText(summary(self.plan))

    # -- import -------------------------------------------------------------------------------
    def import_rows(self, *, only_valid: bool) -> None:
        plan, path = self.plan, self.path
        if plan is None or path is None or not self.plan_current or self.finished_import:
            return
        if only_valid and not Ask.yes_no(self, self.tr("Nur gültige Zeilen übernehmen"), self.tr(
                "Die Zeilen {rows} haben Fehler und werden nicht übernommen. Die übrigen {count} Vorgänge werden "
                "in einem Schritt importiert. Fortfahren?").format(
                rows=", ".join(map(str, plan.invalid_rows)) or "–", count=len(plan.cases))):
            return
        uow, options = self.context.uow(), self.options(only_valid=only_valid)
        self._work(lambda: import_list(uow, path, options), self._imported, writes=True)

    def _imported(self, result: ImportResult) -> None:
        self.finished_import = True
        self.result_label.setText(self.tr("{count} Vorgänge aus »{name}« importiert{skipped}.").format(
            count=len(result.file_numbers), name=result.plan.file_name,
            skipped=self.tr("; Zeilen {rows} nicht übernommen").format(rows=", ".join(map(str, result.skipped_rows)))
            if result.skipped_rows else ""))
        self._update_buttons()
        self.imported.emit(result)

    # -- saved mappings -----------------------------------------------------------------------
    def load_saved(self) -> None:
        name, reading_uow = self.mapping.saved.currentText(), self.context.uow()
        if name:
            self._work(lambda: load_mapping(reading_uow, name), self._apply_saved)

    def _apply_saved(self, mapping: ColumnMapping) -> None:
        missing = self.mapping.set_mapping(mapping)
        if missing:
            self.show_error(FoerderDeskError(self.tr("Die Spalten {names} der Zuordnung fehlen in dieser Datei; "
                                                     "bitte die Zuordnung ergänzen.").format(
                names=", ".join(f"»{m}«" for m in missing))))
            self._stale()
            return
        self.dry_run()

    def save_current(self) -> None:
        name, uow, mapping = self.mapping.name.text().strip(), self.context.uow(), self.mapping.mapping()
        def save() -> list[str]:
            save_mapping(uow, name, mapping)
            return mapping_names(uow)

        self._work(save, lambda names: self._saved(name, names))

    def _saved(self, name: str, names: list[str]) -> None:
        self.mapping.set_names(names)
        self.mapping.saved.setCurrentText(name)
        self.result_label.setText(self.tr("Spaltenzuordnung »{name}« gespeichert.").format(name=name))

    # -- state --------------------------------------------------------------------------------
    def _failed(self, error: FoerderDeskError) -> None:
        super()._failed(error)
        self.failed.emit(error.message)

    def _refused(self, error: FoerderDeskError) -> None:
        if isinstance(error, ImportRefused):
            self._planned(error.plan)
        elif self.plan is None:
            self.summary.clear()

    def _stale(self) -> None:
        if self.plan_current:
            self.plan_current = False
            self.summary.setText(self.tr("Zuordnung oder Optionen geändert – bitte »Probelauf« ausführen."))
        self._update_buttons()

    def _clear(self) -> None:
        self.plan, self.plan_current = None, False
        self.report.set_rows([])
        self.summary.clear()
        self.result_label.clear()

    def _update_buttons(self) -> None:
        plan, idle = self.plan, not self.busy
        ready = (idle and plan is not None and self.plan_current and not self.finished_import
                 and self.context.may("case.create"))
        self.choose_button.setEnabled(idle)
        self.dry_run_button.setEnabled(idle and bool(self.mapping.headers))
        self.import_button.setEnabled(ready and plan is not None and not plan.errors and bool(plan.cases))
        self.only_valid_button.setVisible(plan is not None and bool(plan.errors))
        self.only_valid_button.setEnabled(ready and plan is not None and bool(plan.errors) and bool(plan.cases))


def open_import(parent: QWidget, context: UiContext) -> ImportDialog:
    dialog = ImportDialog(context, parent)
    dialog.open()
    return dialog

