"""The menu "Auswertung" of the main window: Excel overview and import, letters for the filtered cases.

Everything works on the list's CURRENT filter (`FilterBar.current()`), so what the user sees in the
list is what is exported or written. The dialogs (and with them openpyxl and reportlab) are imported
when an action is first used, so the main window starts without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.excel.applicant_import_dialog import ApplicantImportDialog
    from ui.excel.export_dialog import OverviewExportDialog, SummaryExportDialog
    from ui.excel.import_dialog import ImportDialog
    from ui.letters.batch_dialog import BatchLetterDialog
    from ui.main_window import MainWindow


def install_evaluation_menu(window: MainWindow) -> QMenu:
    """Add "&Auswertung" to the window's menu bar; the actions carry object names for tests."""
    menu = window.menuBar().addMenu(window.tr("&Auswertung"))
    menu.setObjectName("evaluationMenu")
    overview = _action(window, menu, window.tr("Excel-Übersicht …"), "excelOverview")
    overview.setStatusTip(window.tr("Die Vorgänge der aktuellen Liste als Excel-Arbeitsmappe"))
    overview.triggered.connect(lambda: open_overview(window))
    summary = _action(window, menu, window.tr("Überblick für Landrat und Kreistag (PDF) …"), "summaryPdf")
    summary.setStatusTip(window.tr("Eine Seite je Programm und Haushaltsjahr: Haushalt, bewilligt, ausgezahlt, "
                                   "offen, nach Handlungsfeld und Gemeinde"))
    summary.triggered.connect(lambda: open_summary(window))
    importing = _action(window, menu, window.tr("Excel-Liste importieren …"), "excelImport")
    importing.setEnabled(window.context.may("case.create"))
    importing.triggered.connect(lambda: open_import(window))
    people = _action(window, menu, window.tr("Antragsteller aus Excel-Liste importieren …"), "applicantImport")
    people.setEnabled(window.context.may("applicant.edit"))
    people.triggered.connect(lambda: open_applicant_import(window))
    menu.addSeparator()
    letters = _action(window, menu, window.tr("Schreiben für gefilterte Vorgänge …"), "batchLetters")
    letters.triggered.connect(lambda: open_batch_letters(window))
    return menu


def _action(window: MainWindow, menu: QMenu, text: str, name: str) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    menu.addAction(action)
    return action


def open_overview(window: MainWindow) -> OverviewExportDialog | None:
    from ui.excel.export_dialog import export_overview

    return export_overview(window, window.context, window.case_list.filters.current())


def open_summary(window: MainWindow) -> SummaryExportDialog | None:
    from ui.excel.export_dialog import export_summary

    return export_summary(window, window.context, window.case_list.filters.current())


def open_import(window: MainWindow) -> ImportDialog:
    from ui.excel.import_dialog import open_import as open_dialog

    return open_dialog(window, window.context)


def open_applicant_import(window: MainWindow) -> ApplicantImportDialog:
    from ui.excel.applicant_import_dialog import open_applicant_import as open_dialog

    return open_dialog(window, window.context)


def open_batch_letters(window: MainWindow) -> BatchLetterDialog:
    from ui.letters.batch_dialog import BatchLetterDialog

    dialog = BatchLetterDialog(window.context, window.case_list.filters.current(), window)
    dialog.open()
    return dialog
