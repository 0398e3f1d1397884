"""The menu entry "Landesprogramm …": the window and its documents (reportlab, openpyxl) load on first use."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

import app.state_cycle  # noqa: F401 - declares "state.plan", which the menu asks for (the rest loads on first use)
from ui.context import UiContext


def install_state_cycle_action(window: QMainWindow, context: UiContext, menu: QMenu) -> QAction:
    """"Landesprogramm …" in the view menu, for those who may plan the application to the Land."""
    action = menu.addAction(window.tr("Landesprogramm (Antrag an das Land) …"))
    action.setObjectName("openStateCycle")
    action.triggered.connect(lambda: _open(window, context))
    action.setEnabled(context.may("state.plan"))
    return action


def _open(window: QMainWindow, context: UiContext) -> None:
    from ui.state_cycle.window import open_state_cycle

    open_state_cycle(window, context)
