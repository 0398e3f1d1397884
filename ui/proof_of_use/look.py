"""Small helpers for the widgets of the proof-of-use tab (object names for tests, wrapping labels)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def wrapping_label(name: str, text: str = "") -> QLabel:
    label = named(QLabel(text), name)
    label.setWordWrap(True)
    return label
