"""The pages of a letter, one below the other, fitted to the width; or, without a PDF renderer, a button
that opens the letter in the system's PDF viewer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.kernel.errors import FoerderDeskError
from ui.letters.output import show_externally
from ui.letters.pages import open_pages

PREVIEW_DPI = 110
MAX_WIDTH = 780  # wider pages only make the text larger, not sharper


class PdfPreview(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.pdf: bytes | None = None
        self.name = "schreiben.pdf"
        self.images: list[QImage] = []
        self.message = QLabel(objectName="previewMessage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.pages_area = QScrollArea(objectName="previewPages")
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages_area.setStyleSheet("QScrollArea { background: #8a939e; border: none; }")
        self.holder = QWidget()
        self.holder.setStyleSheet("background: #8a939e;")
        self.column = QVBoxLayout(self.holder)
        self.column.setSpacing(12)
        self.column.setContentsMargins(12, 12, 12, 12)
        self.pages_area.setWidget(self.holder)
        self.labels: list[QLabel] = []
        self.fallback = self._fallback()
        for widget in (self.message, self.pages_area, self.fallback):
            self.addWidget(widget)
        self.setMinimumSize(360, 300)

    def _fallback(self) -> QWidget:
        box = QWidget(objectName="previewFallback")
        text = QLabel(self.tr("Eine Vorschau im Fenster ist auf diesem Rechner nicht möglich (Qt PDF ist nicht "
                              "installiert). Das Schreiben lässt sich im PDF-Betrachter des Systems ansehen und "
                              "von dort drucken."), wordWrap=True)
        self.external = QPushButton(self.tr("Im PDF-Betrachter öffnen"), objectName="openExternally")
        self.external.clicked.connect(self.open_externally)
        self.fallback_error = QLabel(objectName="fieldError", wordWrap=True)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addWidget(self.external, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.fallback_error)
        layout.addStretch(1)
        return box

    @property
    def rendered(self) -> bool:
        """Whether the pages are shown in the window (False: only the system viewer is offered)."""
        return self.currentWidget() is self.pages_area

    def show_message(self, text: str) -> None:
        self.pdf = None
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def set_pdf(self, pdf: bytes, name: str) -> None:
        self.pdf, self.name = pdf, name
        self.fallback_error.clear()
        pages = open_pages(pdf)
        if pages is None:
            self.images = []
            self.setCurrentWidget(self.fallback)
            return
        self.images = [pages.render(page, PREVIEW_DPI) for page in range(pages.count())]
        self._show_pages()
        self.setCurrentWidget(self.pages_area)

    def _show_pages(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.labels = []
        for number, _image in enumerate(self.images, start=1):
            label = QLabel(objectName=f"page{number}", alignment=Qt.AlignmentFlag.AlignHCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            label.setToolTip(self.tr("Seite {n} von {count}").format(n=number, count=len(self.images)))
            self.column.addWidget(label)
            self.labels.append(label)
        self.column.addStretch(1)
        self._fit()

    def _fit(self) -> None:
        width = min(MAX_WIDTH, max(200, self.pages_area.viewport().width() - 24))
        for label, image in zip(self.labels, self.images, strict=True):
            pixmap = QPixmap.fromImage(image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setFixedHeight(pixmap.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.labels:
            self._fit()

    def open_externally(self) -> None:
        if self.pdf is None:
            return
        try:
            show_externally(self.pdf, self.name)
        except FoerderDeskError as error:
            self.fallback_error.setText(error.message)
