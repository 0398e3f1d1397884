"""How the main window reaches the applicant file: "Antragsteller …" (Ctrl+Shift+A) and the list
"Ablaufende Unterlagen …" in a window of its own (a dock next to the case list does not fit at 1366×768)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.applicants.expiring import ExpiringDocumentsPanel
from ui.context import UiContext

EXPIRING_SIZE = (560, 560)


def open_expiring(window: QMainWindow, context: UiContext) -> ExpiringDocumentsPanel:
    """Show the list of this main window (one per main window), refreshed; a click opens the applicant file.

    In the main window the list is a panel of the start page: the menu entry switches there."""
    pages = getattr(window, "pages", None)
    embedded = getattr(pages, "expiring", None)
    if isinstance(embedded, ExpiringDocumentsPanel):
        pages.setCurrentWidget(pages.start)  # type: ignore[union-attr]
        embedded.refresh()
        return embedded
    panel = window.findChild(ExpiringDocumentsPanel)
    if panel is None:
        panel = ExpiringDocumentsPanel(context, window)
        panel.setWindowFlag(Qt.WindowType.Window)
        panel.setWindowTitle(panel.tr("Ablaufende Unterlagen"))
        panel.resize(*EXPIRING_SIZE)
        panel.link_to(window)
    panel.refresh()  # also when shown before: the list may have changed meanwhile
    panel.show()
    panel.raise_()
    panel.activateWindow()
    return panel


def _open_applicants(window: QMainWindow, context: UiContext) -> None:
    from ui.applicants.window import open_applicants  # the applicant file's stack, on first use (issue 26)

    open_applicants(window, context)


def add_applicant_actions(window: QMainWindow, menu: QMenu, context: UiContext) -> tuple[QAction, QAction]:
    """Add both entries to `menu`; returns (applicants action, expiring-documents action)."""
    applicants = QAction(window.tr("Antragsteller …"), window, objectName="applicantsAction")
    applicants.setShortcut(QKeySequence("Ctrl+Shift+A"))
    applicants.triggered.connect(lambda: _open_applicants(window, context))
    expiring = QAction(window.tr("Ablaufende Unterlagen …"), window, objectName="expiringDocumentsAction")
    expiring.triggered.connect(lambda: open_expiring(window, context))
    menu.addAction(applicants)
    menu.addAction(expiring)
    return applicants, expiring
