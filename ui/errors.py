"""How errors reach the user: one German message for expected ones, a crash dialog for bugs.

The crash dialog shows the details to copy for the IT department; the program keeps running
where it safely can (an unexpected error in an event handler does not end the application).
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.kernel.errors import FoerderDeskError
from app.kernel.logs import scrub

log = logging.getLogger(__name__)


def show_message(parent: QWidget | None, error: FoerderDeskError, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or QApplication.translate("errors", "Hinweis"),
                      error.message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("expectedErrorBox")
    box.open()


class CrashDialog(QDialog):
    """Unexpected error: a short apology, details to copy, and the program goes on."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unerwarteter Fehler"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Es ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten Daten sind nicht betroffen; "
            "ungespeicherte Eingaben bleiben im Fenster erhalten.\nBitte senden Sie die folgenden Angaben an "
            "die IT-Betreuung.")))
        from ui.widgets.text_area import TextArea  # only ever needed after a crash

        self.details = TextArea(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Details kopieren"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 380)


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def show_crash(parent: QWidget | None, exc: BaseException) -> CrashDialog:
    details = scrub(format_exception(exc))  # shown to be sent on: no IBANs, addresses or SQL parameters
    log.error("unexpected error in the GUI:\n%s", details)
    dialog = CrashDialog(details, parent)
    dialog.open()
    return dialog


def install_excepthook(parent_getter: object) -> None:
    """Route uncaught exceptions in Qt slots to the crash dialog instead of ending the program."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if isinstance(exc, FoerderDeskError):
            show_message(parent_getter(), exc)  # type: ignore[operator]
            return
        show_crash(parent_getter(), exc)  # type: ignore[operator]

    sys.excepthook = hook
