"""A stored file shown inside the program: PDFs and images by their content, anything else only saved.

The stored name is a label a user typed or a file happened to have ("Bescheid.pdf.bat"); it never decides
how a file is opened. The content's signature does (`app.kernel.attachments.viewable_kind`): a PDF is rendered
page by page (Qt PDF, `ui.letters.pages`), a PNG or JPEG shown as a picture. Any other file is only offered
for saving, under a name whose ending follows the content (`save_name`), and is never handed to the system's
opener, so nothing stored can be started from here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.kernel.attachments import save_name, viewable_kind
from app.kernel.errors import FoerderDeskError
from ui.errors import show_message
from ui.letters.pages import open_pages
from ui.widgets.dialog_look import fit_to_screen
from ui.widgets.file_choice import Files, write_atomically

VIEW_DPI = 100
MAX_PAGES = 50  # a longer document is better read after saving it


class AttachmentViewer(QDialog):
    """Shows one stored file; `kind` is "pdf", "image" or None (only saving is offered)."""

    def __init__(self, name: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(self.tr("Unterlage: {name}").format(name=name))
        self.name, self.content = name, content
        self.kind = viewable_kind(content)
        self.saved: Path | None = None
        self.pages: list[QLabel] = []
        self.message = QLabel(objectName="attachmentMessage", wordWrap=True)
        self.area = QScrollArea(objectName="attachmentPages")
        self.area.setWidgetResizable(True)
        holder = QWidget()
        self.column = QVBoxLayout(holder)
        self.area.setWidget(holder)
        self.save_button = QPushButton(self.tr("Speichern unter …"), objectName="saveAttachment")
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.area, 1)
        layout.addWidget(buttons)
        self._show()
        fit_to_screen(self, 820, 900 if self.pages else 200)

    @property
    def shown(self) -> bool:
        """Whether the content is shown in the window (False: only saving is offered)."""
        return bool(self.pages)

    def _show(self) -> None:
        images = self._images()
        for number, image in enumerate(images, start=1):
            label = QLabel(objectName=f"attachmentPage{number}", alignment=Qt.AlignmentFlag.AlignHCenter)
            label.setPixmap(QPixmap.fromImage(image))
            self.column.addWidget(label)
            self.pages.append(label)
        self.column.addStretch(1)
        self.area.setVisible(bool(images))
        if images:
            self.message.setVisible(False)
        elif self.kind is None:
            self.message.setText(self.tr("»{name}« ist weder ein PDF-Dokument noch ein Bild (PNG, JPEG). Solche "
                                         "Dateien werden aus Sicherheitsgründen nicht geöffnet; sie lassen sich "
                                         "speichern und mit einem Virenscanner prüfen.").format(name=self.name))
        else:
            self.message.setText(self.tr("»{name}« kann hier nicht angezeigt werden (beschädigt, oder auf diesem "
                                         "Rechner fehlt die PDF-Anzeige). Die Datei lässt sich speichern.").format(
                name=self.name))

    def _images(self) -> list[QImage]:
        if self.kind == "image":
            image = QImage.fromData(self.content)
            return [] if image.isNull() else [image]
        if self.kind == "pdf":
            pages = open_pages(self.content)
            if pages is not None:
                return [pages.render(page, VIEW_DPI) for page in range(min(pages.count(), MAX_PAGES))]
        return []

    def save(self) -> Path | None:
        """Ask where to save; the name offered never ends in anything the content is not."""
        target = Files.save_as(self, self.tr("Unterlage speichern unter"), save_name(self.name, self.content),
                               self.tr("Alle Dateien (*)"))
        if target is None:
            return None
        try:
            write_atomically(target, self.content)
        except FoerderDeskError as error:
            show_message(self, error)
            return None
        self.saved = target
        return target
