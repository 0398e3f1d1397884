"""An issued letter exactly as stored: its PDF bytes from the database (checked against their SHA-256),
never a regenerated letter. Print and save use the same bytes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.kernel.errors import FoerderDeskError
from app.kernel.periods import format_date
from app.letters.kinds import KIND_LABELS
from app.letters.service import IssuedLetter, stored_letter
from ui.context import UiContext
from ui.letters.output import file_name
from ui.letters.output_bar import PdfOutputBar
from ui.letters.preview import PdfPreview
from ui.operations import Operation
from ui.widgets.dialog_look import fit_to_screen, mark_buttons


class StoredLetterDialog(QDialog):
    loaded = Signal(object)  # the IssuedLetter once it is on screen

    def __init__(self, context: UiContext, letter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storedLetterDialog")
        self.setWindowTitle(self.tr("Gespeichertes Schreiben Nr. {id}").format(id=letter_id))
        self.letter: IssuedLetter | None = None
        self.info = QLabel(objectName="storedLetterInfo", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PdfPreview()
        self.preview.show_message(self.tr("Das gespeicherte Schreiben wird geladen …"))
        self.bar = PdfOutputBar()
        self.bar.close_button.clicked.connect(self.reject)
        mark_buttons(self.bar.buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.bar)
        self.setMinimumSize(640, 480)
        fit_to_screen(self, 960, 820)
        uow = context.uow()
        Operation(self, context, lambda: stored_letter(uow, letter_id)).success(self.show_letter) \
            .failure(self._failed).run()

    def show_letter(self, letter: IssuedLetter) -> None:
        self.letter = letter
        self.info.setText(self.tr(
            "<b>{kind}</b> Nr. {id} zu {ref} · Aufgabe zur Post am {posted}<br>{subject}<br>"
            "<span style='color:#56616e'>Unverändert, wie ausgestellt gespeichert – SHA-256 {sha}</span>").format(
            kind=KIND_LABELS[letter.kind], id=letter.id, ref=letter.file_number,
            posted=format_date(letter.posted_on), subject=escape(letter.subject), sha=letter.sha256))
        name = file_name(letter.file_number, f"{letter.kind.value}_Nr{letter.id}")
        self.preview.set_pdf(letter.pdf, name)
        self.bar.set_pdf(letter.pdf, name)
        self.loaded.emit(letter)

    def _failed(self, error: FoerderDeskError) -> None:
        self.preview.show_message(error.message)
        self.bar.show_error(error)

