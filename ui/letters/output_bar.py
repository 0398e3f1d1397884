"""The lower edge of the letter dialogs: messages, "Drucken …", "Speichern unter …", "Schließen".

It prints and saves exactly the bytes it was given (`set_pdf`); the dialogs give it the draft or the
stored letter.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.kernel.errors import FoerderDeskError
from ui.letters.output import print_pdf, save_pdf


class PdfOutputBar(QWidget):
    def __init__(self, lead: Sequence[QPushButton] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf: bytes | None = None
        self.name = "schreiben.pdf"
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.setVisible(False)
        self.note = QLabel(objectName="letterNote", wordWrap=True)
        self.note.setStyleSheet("color: #1f6b35;")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setVisible(False)
        self.print_button = QPushButton(self.tr("Drucken …"), objectName="printLetter")
        self.save_button = QPushButton(self.tr("Speichern unter …"), objectName="saveLetter")
        self.close_button = QPushButton(self.tr("Schließen"), objectName="closeLetter")
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        row = QHBoxLayout()
        for button in (*lead, self.print_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.set_pdf(None, self.name)

    def buttons(self) -> list[QPushButton]:
        return [self.print_button, self.save_button, self.close_button]

    def set_pdf(self, pdf: bytes | None, name: str) -> None:
        self.pdf, self.name = pdf, name
        self.print_button.setEnabled(pdf is not None)
        self.save_button.setEnabled(pdf is not None)

    def print_letter(self) -> None:
        if self.pdf is None:
            return
        self.clear()
        try:
            done = print_pdf(self.window(), self.pdf, self.name)
        except FoerderDeskError as error:
            self.show_error(error)
            return
        if done:
            self.show_note(done)

    def save_letter(self) -> None:
        if self.pdf is None:
            return
        self.clear()
        try:
            target = save_pdf(self.window(), self.pdf, self.name)
        except FoerderDeskError as error:
            self.show_error(error)
            return
        if target is not None:
            self.show_note(self.tr("Gespeichert: {path}").format(path=target))

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)

    def show_error(self, error: FoerderDeskError) -> None:
        self.note.clear()
        self.note.setVisible(False)
        self.error.setText(error.message)
        self.error.setVisible(True)

    def clear(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
        self.note.clear()
        self.note.setVisible(False)
