"""Datei → „Leeres Antragsformular“: one entry per active programme; saves the form for Träger as a fillable PDF
or, with the ending .xlsx, as an Excel template (`app.cases.application_form_reader`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ui.operations import Operation

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("BlankForm", text)


def add_blank_form_menu(window: MainWindow, menu: QMenu) -> QMenu:
    """The submenu, filled from the programmes each time it opens (they load after the window starts)."""
    sub = menu.addMenu(tr("Leeres Antragsformular"))
    sub.setObjectName("blankFormMenu")
    sub.aboutToShow.connect(lambda: _fill(window, sub))
    return sub


def _fill(window: MainWindow, sub: QMenu) -> None:
    sub.clear()
    for choice in window.choices.programmes if window.choices is not None else []:
        action = sub.addAction(tr("{programme} …").format(programme=choice.label))
        action.setObjectName(f"blankForm-{choice.value}")
        action.triggered.connect(lambda _checked=False, code=choice.value: save_blank_form(window, code))


def save_blank_form(window: MainWindow, programme: str) -> None:
    """Ask where to save; the ending chosen (.pdf or .xlsx) decides the kind."""
    from app.cases.application_form_reader import ApplicationFormReader  # the form's stack, on first use (issue 26)
    from ui.widgets.file_choice import Files, write_atomically

    path = Files.save_as(window, tr("Antragsformular speichern"), f"Antragsformular-{programme}.pdf",
                         tr("PDF-Formular (*.pdf);;Excel-Vorlage (*.xlsx)"))
    if path is None:
        return
    target = path if path.suffix.lower() in (".pdf", ".xlsx") else path.with_name(path.name + ".pdf")
    reader = ApplicationFormReader(window.context.database, window.context.actor.username)

    def write() -> Path:
        write_atomically(target, reader.blank(programme, target.suffix.lower().lstrip(".")))
        return target

    Operation(window, window.context, write).success(
        lambda saved: window.statusBar().showMessage(tr("Antragsformular gespeichert: {path}").format(path=saved),
                                                     8000)).run()
