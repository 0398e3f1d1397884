"""Choosing a file to attach, in one place so that tests can answer instead of a blocking file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


class FilePicker:
    @classmethod
    def open_file(cls, parent: QWidget | None, title: str) -> Path | None:
        """The chosen file, or None when the user cancelled."""
        filters = QCoreApplication.translate(
            "FilePicker", "Dokumente (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.odt *.docx *.txt);;Alle Dateien (*)")
        name, _filter = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None
