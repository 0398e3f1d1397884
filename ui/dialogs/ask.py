"""Blocking questions, in one place so that tests can answer them (pytest-qt: "note_dialogs")."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Ask:
    @classmethod
    def discard_changes(cls, parent: QWidget | None, file_number: str) -> bool:
        """True when the user agrees to throw away unsaved input."""
        answer = QMessageBox.question(
            parent, QMessageBox.tr("Ungespeicherte Änderungen"),
            QMessageBox.tr("Die Änderungen an {ref} sind noch nicht gespeichert. Verwerfen?").format(ref=file_number),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    @classmethod
    def yes_no(cls, parent: QWidget | None, title: str, text: str) -> bool:
        return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
