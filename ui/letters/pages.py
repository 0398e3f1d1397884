"""The pages of a letter's PDF as images: for the preview in the dialog and for printing with Qt.

Qt PDF (`PySide6.QtPdf`, part of PySide6-Addons) is used when installed, else pypdfium2 when
installed. PySide6-Essentials alone has neither: then `open_pages()` gives None and the dialogs open
the PDF in the system's viewer instead (see `ui.letters.output`). Both renderers run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.kernel.errors import FoerderDeskError

log = logging.getLogger(__name__)
PRINT_DPI = 300  # enough for text; a printer's 600/1200 dpi would only make the job larger


class Pages(Protocol):
    """A PDF opened for rendering."""

    def count(self) -> int: ...

    def render(self, page: int, dpi: float) -> QImage: ...


class _QtPdfPages:
    def __init__(self, pdf: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument

        self._document = QPdfDocument()
        self._buffer = QBuffer(self._document)  # lives exactly as long as the document reading it
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)  # a random-access device: loaded at once, no event loop needed
        if self._document.status() != QPdfDocument.Status.Ready or self._document.pageCount() < 1:
            raise ValueError(f"QtPdf could not load the document: {self._document.error()}")

    def count(self) -> int:
        return int(self._document.pageCount())

    def render(self, page: int, dpi: float) -> QImage:
        points = self._document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        return self._document.render(page, size)


class _PdfiumPages:
    def __init__(self, pdf: bytes) -> None:
        import pypdfium2

        self._document = pypdfium2.PdfDocument(pdf)

    def count(self) -> int:
        return len(self._document)

    def render(self, page: int, dpi: float) -> QImage:
        bitmap = self._document[page].render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)
        return image.copy()  # own the pixels: the bitmap's buffer goes away with the bitmap


RENDERERS: list[Callable[[bytes], Pages]] = [_QtPdfPages, _PdfiumPages]
"""Tried in order; tests empty this list to see what a PC without a PDF renderer shows."""


def open_pages(pdf: bytes) -> Pages | None:
    """The PDF ready to render, or None when no renderer is installed (or none can read it)."""
    for renderer in RENDERERS:
        try:
            return renderer(pdf)
        except ImportError:
            continue
        except Exception as exc:  # a renderer that cannot read the bytes: try the next one
            log.warning("PDF renderer %s failed: %r", getattr(renderer, "__name__", renderer), exc)
    return None


def prepare_printer(printer: QPrinter) -> None:
    """A4 portrait over the whole sheet: the letter's DIN 5008 positions (window field, fold marks) stay exact."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)


def print_pages(pages: Pages, printer: QPrinter) -> int:
    """Paint every page onto the printer, each scaled to the sheet; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise FoerderDeskError(QCoreApplication.translate(
            "pages", "Der Drucker kann nicht angesprochen werden. Bitte Drucker und Einstellungen prüfen."))
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        sheet = painter.viewport()
        for page in range(pages.count()):
            if page:
                printer.newPage()
            image = pages.render(page, dpi)
            size = image.size().scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(sheet.topLeft(), size), image)
    finally:
        painter.end()
    return pages.count()

