"""„Schreiben für gefilterte Vorgänge“: one kind of letter for every case of the current list filter,
optionally only the cases decided on one day (e.g. all approvals confirmed today).

Drafts (nothing stored) or issued letters (each stored with its case, in its own transaction) are
written into a folder, one PDF per case, each under a hidden partial name and renamed when complete.
"Abbrechen" stops after the letter being written: the files already there are complete, the rest are
not written. At the end a summary names the letters written and every case refused, with the reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.cases.case_list import CaseFilter
from app.cases.reader import Reader
from app.excel.overview import OverviewRequest, describe
from app.kernel import clock
from app.kernel.errors import FoerderDeskError, ValidationError
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.letters.batch import BatchItem, Outcome, run_batch
from app.letters.kinds import KIND_LABELS, LetterKind
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.letters.batch_summary import BatchSummary
from ui.letters.output import file_name
from ui.operations import Operation
from ui.widgets.dialog_look import fit_to_screen, mark_buttons
from ui.widgets.fields import DateField, with_error
from ui.widgets.file_choice import Files, write_atomically
from ui.widgets.progress_panel import ProgressPanel

ROWS_PER_QUERY = 500


def tr(text: str) -> str:
    return QCoreApplication.translate("BatchLetterDialog", text)


@dataclass(frozen=True)
class BatchJob:
    kind: LetterKind
    folder: Path
    issue: bool
    posted_on: dt.date | None
    decided_on: dt.date | None = None  # only the cases whose decision is of this day


@dataclass(frozen=True)
class BatchRun:
    total: int
    items: list[BatchItem]
    issue: bool
    error: str | None = None  # why the run stopped early (no right, database gone): the items before it stand


def filtered_file_numbers(reader: Reader, flt: CaseFilter) -> list[str]:
    """The file numbers of the cases the list shows for `flt`, in the list's default order."""
    ids = reader.case_ids(flt)
    file_numbers: list[str] = []
    for start in range(0, len(ids), ROWS_PER_QUERY):
        file_numbers += [row.file_number for row in reader.rows(ids[start:start + ROWS_PER_QUERY])]
    return file_numbers


def decided_on_day(reader: Reader, file_numbers: list[str], day: dt.date, panel: ProgressPanel) -> list[str] | None:
    """The cases among `file_numbers` decided on `day`; None when the user cancelled meanwhile."""
    text = tr("Entscheidungsdatum wird geprüft: {done} / {total}")
    kept: list[str] = []
    for done, file_number in enumerate(file_numbers, start=1):
        if reader.case(file_number).decided_on == day:
            kept.append(file_number)
        if not panel.report(done, len(file_numbers), text.format(done=done, total=len(file_numbers))):
            return None
    return kept


def run_job(job: BatchJob, reader: Reader, uow: UnitOfWork, flt: CaseFilter, panel: ProgressPanel) -> BatchRun:
    """In the worker: collect the cases, then write (and store) one letter after the other."""
    try:
        job.folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FoerderDeskError(tr("Der Ordner {path} kann nicht angelegt werden: {error}").format(
            path=job.folder, error=exc.strerror or exc)) from exc
    file_numbers = filtered_file_numbers(reader, flt)
    if job.decided_on is not None:
        chosen = decided_on_day(reader, file_numbers, job.decided_on, panel)
        if chosen is None:
            return BatchRun(0, [], job.issue)
        file_numbers = chosen
    if not panel.report(0, len(file_numbers)):
        return BatchRun(len(file_numbers), [], job.issue)

    def sink(file_number: str, pdf: bytes, letter_id: int | None) -> None:
        target = job.folder / file_name(file_number, job.kind.value, draft=letter_id is None)
        try:
            write_atomically(target, pdf)
        except FoerderDeskError as error:
            if letter_id is None:
                raise
            raise FoerderDeskError(tr(
                "Das Schreiben wurde als Nr. {id} ausgestellt und gespeichert, aber die Datei fehlt: {error} Es "
                "lässt sich beim Vorgang unter »Schreiben« erneut speichern.").format(
                id=letter_id, error=error.message)) from error

    items: list[BatchItem] = []

    def progress(done: int, total: int, item: BatchItem) -> bool:
        items.append(item)
        return panel.report(done, total, f"{done} / {total}: {item.file_number}")

    try:
        run_batch(uow, file_numbers, job.kind, issue=job.issue, sink=sink, progress=progress, posted_on=job.posted_on)
    except FoerderDeskError as error:  # stops the run; what was issued before stays stored and is reported
        return BatchRun(len(file_numbers), items, job.issue, error.message)
    return BatchRun(len(file_numbers), items, job.issue)


class BatchLetterDialog(QDialog):
    finished_run = Signal(object)  # BatchRun

    def __init__(self, context: UiContext, flt: CaseFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.filter = context, flt
        self.setObjectName("batchLetters")
        self.setWindowTitle(self.tr("Schreiben für gefilterte Vorgänge"))
        self.scope = QLabel(describe(OverviewRequest(flt)), objectName="batchScope", wordWrap=True)
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.setVisible(False)
        self.progress = ProgressPanel()
        self.summary = BatchSummary()
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addLayout(self._form())
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary, 1)
        layout.addLayout(self._buttons())
        mark_buttons(self.findChildren(QPushButton), self.start_button)
        self.setMinimumWidth(560)
        fit_to_screen(self, 760, 600)
        reader = context.reader
        Operation(self, context, lambda: reader.totals(flt).count).success(self._show_count).failure(self.show_error) \
            .run()

    def _form(self) -> QFormLayout:
        self.kind = QComboBox(objectName="batchKind")
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.folder = QLineEdit(objectName="batchFolder")
        choose = QPushButton(self.tr("Wählen …"), objectName="chooseFolder")
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.draft = QRadioButton(self.tr("Entwürfe schreiben (nichts wird gespeichert)"), objectName="batchDraft")
        self.issue = QRadioButton(self.tr("Ausstellen und beim Vorgang speichern"), objectName="batchIssue")
        self.mode = QButtonGroup(self)
        for button in (self.draft, self.issue):
            self.mode.addButton(button)
        self.draft.setChecked(True)
        self.issue.setEnabled(self.context.may("letter.issue"))
        self.posted = DateField(required=False)
        self.posted.setObjectName("batchPostedOn")
        self.posted.setPlaceholderText(self.tr("TT.MM.JJJJ – leer: Datum des Schreibens"))
        self.posted.setEnabled(False)
        self.issue.toggled.connect(self.posted.setEnabled)
        modes = QVBoxLayout()
        modes.addWidget(self.draft)
        modes.addWidget(self.issue)
        form = QFormLayout()
        form.addRow(self.tr("Art des Schreibens"), self.kind)
        form.addRow(self.tr("Eingrenzen"), self._decided_row())
        form.addRow(self.tr("Zielordner"), folder_row)
        form.addRow(self.tr("Vorgehen"), modes)
        form.addRow(self.tr("Aufgabe zur Post"), with_error(self.posted))
        return form

    def _decided_row(self) -> QWidget:
        self.decided_only = QCheckBox(self.tr("nur Vorgänge mit Entscheidung vom"), objectName="batchDecidedOnly")
        self.decided = DateField(required=True)
        self.decided.setObjectName("batchDecidedOn")
        self.decided.set_value(clock.today())
        self.decided.setMaximumWidth(130)
        self.decided.setEnabled(False)
        self.decided_only.toggled.connect(self.decided.setEnabled)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.decided_only)
        row.addWidget(with_error(self.decided))
        row.addStretch(1)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.start_button = QPushButton(self.tr("Schreiben erzeugen"), objectName="startBatch")
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Schließen"), objectName="closeBatch")
        self.close_button.clicked.connect(self.reject)
        self.open_folder_button = QPushButton(self.tr("Ordner öffnen"), objectName="openBatchFolder")
        self.open_folder_button.setVisible(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addWidget(self.close_button)
        return row

    def _show_count(self, count: int) -> None:
        self.scope.setText(self.tr("{count} Vorgänge der aktuellen Liste · {filter}").format(
            count=count, filter=describe(OverviewRequest(self.filter))))

    def choose_folder(self) -> None:
        chosen = Files.folder(self, self.tr("Zielordner für die Schreiben"))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def open_folder(self) -> None:
        Files.open_externally(Path(self.folder.text().strip()))

    def job(self) -> BatchJob:
        """What the user chose; ValidationError with a German sentence if something is missing."""
        if not self.folder.text().strip():
            raise ValidationError(self.tr("Bitte einen Zielordner wählen."), "folder")
        issue = self.issue.isChecked()
        return BatchJob(LetterKind(self.kind.currentData()), Path(self.folder.text().strip()), issue,
                        self.posted.value() if issue else None,
                        self.decided.value() if self.decided_only.isChecked() else None)

    def start(self) -> None:
        try:
            job = self.job()
        except ValidationError as error:
            self.show_error(error)
            return
        scope = (self.tr("die Vorgänge der Liste mit Entscheidung vom {day}").format(day=format_date(job.decided_on))
                 if job.decided_on else self.tr("die Vorgänge der Liste"))
        if job.issue and not Ask.yes_no(self, self.tr("Schreiben ausstellen"), self.tr(
                "»{kind}« für {scope} ausstellen? Jedes Schreiben wird unveränderlich beim Vorgang "
                "gespeichert.").format(kind=KIND_LABELS[job.kind], scope=scope)):
            return
        self.error.setVisible(False)
        self.summary.clear()
        self.open_folder_button.setVisible(False)
        self._set_running(True)
        self.progress.start(self.tr("Die Vorgänge der Liste werden ermittelt …"))
        reader, uow, flt, panel = self.context.reader, self.context.uow(), self.filter, self.progress
        Operation(self, self.context, lambda: run_job(job, reader, uow, flt, panel)).success(self._done) \
            .failure(self._failed).run()

    def _done(self, run: BatchRun) -> None:
        self._set_running(False)
        cancelled = run.error is not None or (self.progress.token.cancelled
                                              and (len(run.items) < run.total or not run.total))
        self.summary.show_run(run, cancelled=cancelled)
        self.progress.finish(self.tr("Abgebrochen.") if cancelled else self.tr("Fertig."))
        self.open_folder_button.setVisible(any(item.outcome == Outcome.written for item in run.items))
        if run.error is not None:
            self.show_error(FoerderDeskError(run.error))
        if run.issue and any(item.outcome == Outcome.written for item in run.items):
            self.context.changes.cases_changed.emit()
        self.finished_run.emit(run)

    def _failed(self, error: FoerderDeskError) -> None:
        self._set_running(False)
        self.progress.finish(self.tr("Abgebrochen."))
        self.show_error(error)
        if self.issue.isChecked():
            self.context.changes.cases_changed.emit()  # letters issued before the failure stay stored

    def _set_running(self, running: bool) -> None:
        for widget in (self.start_button, self.close_button, self.kind, self.folder, self.draft, self.issue,
                       self.decided_only):
            widget.setEnabled(not running)
        self.decided.setEnabled(not running and self.decided_only.isChecked())
        self.issue.setEnabled(not running and self.context.may("letter.issue"))
        self.posted.setEnabled(not running and self.issue.isChecked())

    def show_error(self, error: FoerderDeskError) -> None:
        self.error.setText(error.message)
        self.error.setVisible(True)

    def reject(self) -> None:
        """While letters are being written, closing means: cancel first (after the current letter)."""
        if self.progress.running:
            self.progress.cancel()
            return
        super().reject()
