"""„Prüfakten für gefilterte Vorgänge …“ in the menu "Auswertung": one auditor's dossier (ZIP) per case of
the list's CURRENT filter, in a chosen folder, with `uebersicht.csv` (`app.proof.dossier.export_dossiers`).

The export runs in a worker; the main window's status bar says what was written. The export (and with it
reportlab) is imported when first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from ui.errors import show_message
from ui.operations import Operation
from ui.widgets.file_choice import Files

if TYPE_CHECKING:
    from app.proof.dossier import DossierResult
    from ui.main_window import MainWindow


def install_dossier_action(window: MainWindow) -> QAction:
    """Add the action to the window's menu "Auswertung"; only for roles that may read the audit trail."""
    action = QAction(window.tr("Prüfakten für gefilterte Vorgänge …"), window)
    action.setObjectName("exportDossiers")
    action.setStatusTip(window.tr("Je Vorgang der aktuellen Liste eine Prüfakte (ZIP) mit Prüfsummen"))
    action.setEnabled(window.context.may("audit.read"))
    action.triggered.connect(lambda: export_filtered(window))
    window.evaluation_menu.addAction(action)
    return action


def export_filtered(window: MainWindow) -> None:
    folder = Files.folder(window, window.tr("Ordner für die Prüfakten wählen"))
    if folder is None:
        return
    from app.proof.dossier import export_dossiers

    context, flt = window.context, window.case_list.filters.current()
    uow = context.uow()
    Operation(window, context, lambda: export_dossiers(uow, flt, folder)) \
        .success(lambda results: _written(window, folder, results)) \
        .failure(lambda error: show_message(window, error)).run()


def _written(window: MainWindow, folder: Path, results: list[DossierResult]) -> None:
    window.statusBar().showMessage(window.tr("{n} Prüfakten geschrieben in {folder} (Übersicht: uebersicht.csv)")
                                   .format(n=len(results), folder=folder))
