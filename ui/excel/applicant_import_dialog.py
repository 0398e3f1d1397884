"""„Antragsteller aus Excel-Liste importieren“: the applicants' master data, checked and with duplicates shown first.

Choosing a file reads and checks it at once (`app.excel.applicant_import.check_applicants`, in a worker):
the upper table lists every row with what would be registered and whom FörderDesk probably has already,
the lower one every problem by row and column. Nothing is written until the user clicks „Übernehmen“
(all rows valid) or „Nur gültige übernehmen“; likely duplicates are never written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.excel.applicant_import import (
    ApplicantImportRefused,
    ApplicantImportResult,
    ApplicantPlan,
    check_applicants,
    import_applicants,
)
from app.kernel.errors import FoerderDeskError
from ui.context import UiContext
from ui.excel.import_steps import ImportSteps
from ui.excel.report import ERROR_COLOUR, problem_rows
from ui.widgets.dialog_look import fit_to_screen, mark_buttons
from ui.widgets.text_table import TextRow, TextTableModel, table_view


class ApplicantImportDialog(ImportSteps):
    checked = Signal(object)  # ApplicantPlan
    imported = Signal(object)  # ApplicantImportResult

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("applicantImport")
        self.setWindowTitle(self.tr("Antragsteller aus Excel-Liste importieren"))
        self.plan: ApplicantPlan | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._file_row("applicantImportFile", "chooseApplicantFile"))
        self.summary = QLabel(objectName="applicantImportSummary", wordWrap=True)
        layout.addWidget(self.summary)
        self.applicants = TextTableModel([self.tr("Zeile"), self.tr("Name"), self.tr("Antragstellerart"),
                                          self.tr("Ort"), self.tr("In FörderDesk")], right=frozenset({0}),
                                         parent=self)
        self.report = TextTableModel([self.tr("Zeile"), self.tr("Spalte"), self.tr("Art"), self.tr("Problem")],
                                     right=frozenset({0}), parent=self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table_view(self.applicants, "applicantRows", stretch=4))
        splitter.addWidget(table_view(self.report, "applicantReport", stretch=3))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())
        mark_buttons(self.findChildren(QPushButton), self.import_button)
        self.setMinimumSize(860, 520)
        fit_to_screen(self, 1100, 720)
        self._update_buttons()

    def _buttons(self) -> QHBoxLayout:
        self.import_button = QPushButton(self.tr("Übernehmen"), objectName="importApplicants")
        self.only_valid_button = QPushButton(self.tr("Nur gültige übernehmen"), objectName="importValidApplicants")
        close = QPushButton(self.tr("Schließen"), objectName="closeApplicantImport")
        self.import_button.clicked.connect(lambda: self.import_rows(only_valid=False))
        self.only_valid_button.clicked.connect(lambda: self.import_rows(only_valid=True))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.only_valid_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    def choose_file(self) -> None:
        self._choose(self.tr("Liste der Antragsteller wählen"))

    def load_file(self, path: Path) -> None:
        """Read and check the list (nothing is written)."""
        self.path, self.plan, self.finished_import = Path(path), None, False
        self.file_label.setText(str(self.path))
        uow = self.context.uow()
        self._work(lambda: check_applicants(uow, Path(path)), self._checked)

    def _checked(self, plan: ApplicantPlan) -> None:
        self.plan = plan
        self.applicants.set_rows([TextRow((str(a.row), a.name, a.type_name, a.city or "–",
                                           a.duplicate_text() if a.duplicate else self.tr("neu – wird angelegt")),
                                          a.row, colour=ERROR_COLOUR if a.duplicate else None)
                                  for a in plan.applicants])
        self.report.set_rows(problem_rows(plan))
        self.summary.setText(self.tr("{rows} Datenzeilen: {new} neu, {duplicates} wahrscheinlich schon erfasst "
                                     "(werden nicht angelegt), {invalid} mit Fehlern.").format(
            rows=plan.data_rows, new=len(plan.new), duplicates=len(plan.applicants) - len(plan.new),
            invalid=len(plan.invalid_rows)))
        self.checked.emit(plan)

    def import_rows(self, *, only_valid: bool) -> None:
        if self.plan is None or self.path is None or self.finished_import:
            return
        uow, path = self.context.uow(), self.path
        self._work(lambda: import_applicants(uow, path, only_valid=only_valid), self._imported)

    def _imported(self, result: ApplicantImportResult) -> None:
        self.finished_import = True
        self.summary.setText(self.tr("{count} Antragsteller angelegt.").format(count=len(result.ids)))
        self.imported.emit(result)

    def _refused(self, error: FoerderDeskError) -> None:
        if isinstance(error, ApplicantImportRefused):
            self._checked(error.plan)

    def _update_buttons(self) -> None:
        plan, idle = self.plan, not self.busy
        ready = idle and plan is not None and not self.finished_import and bool(plan.new) \
            and self.context.may("applicant.edit")
        self.choose_button.setEnabled(idle)
        self.import_button.setEnabled(ready and plan is not None and not plan.errors)
        self.only_valid_button.setVisible(plan is not None and bool(plan.errors))
        self.only_valid_button.setEnabled(ready)


def open_applicant_import(parent: QWidget, context: UiContext) -> ApplicantImportDialog:
    dialog = ApplicantImportDialog(context, parent)
    dialog.open()
    return dialog
