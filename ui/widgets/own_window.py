"""A view of the main window that opens as a window of its own: one per main window, made on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from ui.widgets.dialog_look import fit_to_screen

V = TypeVar("V", bound=QWidget)


def open_own_window(window: QMainWindow, kind: type[V], make: Callable[[], V], size: tuple[int, int],
                    first: Callable[[V], object] | None = None) -> V:
    """Show the main window's `kind` window in front; the first time `make` it, size it to the screen (at most
    `size`) and hand it to `first` (connections, the first load)."""
    view = window.findChild(kind)
    if view is None:
        view = make()
        view.setWindowFlag(Qt.WindowType.Window)
        fit_to_screen(view, *size)
        if first is not None:
            first(view)
    view.show()
    view.raise_()
    view.activateWindow()
    return view
