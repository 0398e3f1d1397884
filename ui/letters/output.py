"""What can be done with a letter's PDF bytes: print them, save them, open them in the system viewer.

The bytes are always the ones given – for an issued letter the stored bytes, never a regenerated
letter. The print dialog sits in `Printing` so that tests replace it (they print to a PDF file).
"""

from __future__ import annotations

import re
import tempfile
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.kernel.errors import FoerderDeskError
from ui.letters.pages import open_pages, prepare_printer, print_pages
from ui.widgets.file_choice import Files, with_suffix, write_atomically

VIEWER_FOLDER = "foerderdesk-schreiben"
VIEWER_KEEP_SECONDS = 24 * 3600


def tr(text: str) -> str:
    return QCoreApplication.translate("LetterOutput", text)


class Printing:
    """The print dialog; True when the user chose a printer and pressed "Drucken"."""

    @classmethod
    def choose(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("Schreiben drucken"))
        return dialog.exec() == QDialog.DialogCode.Accepted


def file_name(file_number: str, kind: str, *, draft: bool = False) -> str:
    """A file name that is safe on every system, e.g. "LPF-2026-0001_approval.pdf"."""
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", f"{file_number}_{kind}")
    return f"{stem}_Entwurf.pdf" if draft else f"{stem}.pdf"


def print_pdf(parent: QWidget | None, pdf: bytes, name: str) -> str | None:
    """Print through the Qt print dialog; without a PDF renderer the system viewer prints instead.

    Returns what happened, for the dialog's status line; None when the user cancelled.
    """
    pages = open_pages(pdf)
    if pages is None:
        show_externally(pdf, name)
        return tr("Das Schreiben ist im PDF-Betrachter geöffnet; bitte dort drucken.")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    prepare_printer(printer)
    if not Printing.choose(parent, printer):
        return None
    printer.setFullPage(True)
    count = print_pages(pages, printer)
    return tr("{count} Seite(n) an den Drucker gesendet.").format(count=count)


def save_pdf(parent: QWidget | None, pdf: bytes, name: str) -> Path | None:
    """Ask for a file name and write the bytes unchanged (atomically); None when the user cancelled."""
    target = Files.save_as(parent, tr("Schreiben speichern unter"), name, tr("PDF-Dokument (*.pdf)"))
    if target is None:
        return None
    target = with_suffix(target, ".pdf")
    write_atomically(target, pdf)
    return target


def show_externally(pdf: bytes, name: str) -> Path:
    """Open a copy in the system's PDF viewer (copies older than a day are removed)."""
    folder = Path(tempfile.gettempdir()) / VIEWER_FOLDER
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.pdf"):
        if time.time() - old.stat().st_mtime > VIEWER_KEEP_SECONDS:
            old.unlink(missing_ok=True)
    target = folder / f"{Path(name).stem}-{uuid.uuid4().hex[:6]}.pdf"  # an open older copy stays untouched
    write_atomically(target, pdf)
    if not Files.open_externally(target):
        raise FoerderDeskError(tr("Es ist kein Programm zum Anzeigen von PDF-Dateien eingerichtet. Das Schreiben "
                                  "liegt unter {path}.").format(path=target))
    return target
