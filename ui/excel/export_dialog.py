"""„Excel-Übersicht …“: the supervisor workbook of the current list filter, written in a worker.

The workbook is streamed to a hidden partial file beside the target and renamed when complete
(`app.excel.export.export_overview`); "Abbrechen" stops it and leaves no file (an older file of the
same name stays as it was).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.cases.case_list import CaseFilter
from app.excel import export as excel_export
from app.excel.overview import OverviewRequest, describe
from app.kernel import clock
from app.kernel.database import Database
from app.kernel.errors import FoerderDeskError
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.dialog_look import mark_buttons
from ui.widgets.file_choice import Files, with_suffix
from ui.widgets.progress_panel import ProgressPanel


def export(database: Database, request: OverviewRequest, user_name: str, target: Path,
           panel: ProgressPanel) -> int:
    """In the worker: read the filtered cases and write the workbook; returns the number of case rows."""
    text = QCoreApplication.translate("OverviewExportDialog", "{done} von {total} Vorgängen geschrieben …")

    def progress(done: int, total: int) -> bool:
        return panel.report(done, total, text.format(done=done, total=total))

    return excel_export.export_overview(database, request, user_name, target, progress)


class OverviewExportDialog(QDialog):
    exported = Signal(object)  # the path, once the workbook is complete
    failed = Signal(str)  # the German message (cancelled, folder missing, file open in Excel …)

    def __init__(self, context: UiContext, flt: CaseFilter, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.target = context, target
        self.request = OverviewRequest(flt)
        self.setObjectName("overviewExport")
        self.setWindowTitle(self.tr("Excel-Übersicht"))
        scope = QLabel(self.tr("{filter}<br>Ziel: {path}").format(filter=describe(self.request), path=target),
                       objectName="exportScope", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.progress = ProgressPanel()
        self.message = QLabel(objectName="exportMessage", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Öffnen"), objectName="openExport", visible=False)
        self.open_button.clicked.connect(lambda: Files.open_externally(self.target))
        self.close_button = QPushButton(self.tr("Schließen"), objectName="closeExport")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scope)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        mark_buttons([self.open_button, self.close_button, self.progress.cancel_button])
        self.setMinimumWidth(560)

    def start(self) -> None:
        database, request, user = self.context.database, self.request, self.context.actor.username
        target, panel = self.target, self.progress
        panel.start(self.tr("Die Übersicht wird zusammengestellt …"))
        Operation(self, self.context, lambda: export(database, request, user, target, panel)).success(self._done) \
            .failure(self._failed).run()

    def _done(self, rows: int) -> None:
        self.progress.finish(self.tr("Fertig."))
        self.message.setStyleSheet("color: #1f6b35; font-weight: 600;")
        self.message.setText(self.tr("Excel-Übersicht mit {count} Vorgängen gespeichert: {path}").format(
            count=rows, path=self.target))
        self.open_button.setVisible(True)
        self.exported.emit(self.target)

    def _failed(self, error: FoerderDeskError) -> None:
        self.progress.finish(self.tr("Abgebrochen."))
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(error.message)
        self.failed.emit(error.message)

    def reject(self) -> None:
        """While writing, closing means: cancel (no file is left)."""
        if self.progress.running:
            self.progress.cancel()
            return
        super().reject()


class SummaryExportDialog(OverviewExportDialog):
    """The one-page summary per programme and year for the Landrat and the Kreistag, as PDF.

    Only the list's programme and fiscal year narrow it (a programme-year is reported as a whole)."""

    def __init__(self, context: UiContext, flt: CaseFilter, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(context, CaseFilter(programme=flt.programme, fiscal_year=flt.fiscal_year), target, parent)
        self.setObjectName("summaryExport")
        self.setWindowTitle(self.tr("Überblick für Landrat und Kreistag"))

    def start(self) -> None:
        database, request, user = self.context.database, self.request, self.context.actor.username
        target = self.target
        self.progress.start(self.tr("Der Überblick wird zusammengestellt …"))
        Operation(self, self.context, lambda: excel_export.export_summary_pdf(database, request, user, target)) \
            .success(self._done).failure(self._failed).run()

    def _done(self, pages: int) -> None:
        super()._done(pages)
        self.message.setText(self.tr("Überblick mit {count} Seiten gespeichert: {path}").format(
            count=pages, path=self.target))


def export_summary(parent: QWidget, context: UiContext, flt: CaseFilter) -> SummaryExportDialog | None:
    """Ask where to save the PDF, then write it in a worker; None when the user cancelled the file dialog."""
    name = f"Ueberblick_Landrat_{clock.today():%Y-%m-%d}.pdf"
    target = Files.save_as(parent, parent.tr("Überblick speichern unter"), name, parent.tr("PDF-Dokument (*.pdf)"))
    if target is None:
        return None
    dialog = SummaryExportDialog(context, flt, with_suffix(target, ".pdf"), parent)
    dialog.open()
    dialog.start()
    return dialog


def export_overview(parent: QWidget, context: UiContext, flt: CaseFilter) -> OverviewExportDialog | None:
    """Ask where to save, then export in a worker; None when the user cancelled the file dialog."""
    name = f"Foerderuebersicht_{clock.today():%Y-%m-%d}.xlsx"
    target = Files.save_as(parent, parent.tr("Excel-Übersicht speichern unter"), name,
                           parent.tr("Excel-Arbeitsmappe (*.xlsx)"))
    if target is None:
        return None
    dialog = OverviewExportDialog(context, flt, with_suffix(target, ".xlsx"), parent)
    dialog.open()
    dialog.start()
    return dialog
