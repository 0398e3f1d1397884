"""How the larger dialogs open: a size that fits the screen, and one clearly marked main button."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

MARGIN_W, MARGIN_H = 40, 60  # room for the window frame and the task bar
PRIMARY = ("QPushButton { background: #1f5fa8; color: white; border-color: #1f5fa8; } "
           "QPushButton:disabled { background: #f3f4f6; color: #9aa3ad; border-color: #b9c1cb; }")


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height), shrunk to the available area of the parent's (or the primary) screen."""
    anchor = widget.parentWidget()
    screen = anchor.screen() if anchor is not None else QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width() - MARGIN_W), min(height, area.height() - MARGIN_H)
    minimum = widget.minimumSize()
    widget.resize(max(width, minimum.width()), max(height, minimum.height()))


def mark_buttons(buttons: Iterable[QPushButton], primary: QPushButton | None = None) -> None:
    """No button acts on Enter by itself (issuing, importing are deliberate); `primary` is shown as the main one."""
    for button in buttons:
        button.setAutoDefault(False)
        button.setDefault(False)
    if primary is not None:
        primary.setStyleSheet(PRIMARY)
