"""Stored files are opened by their content: PDFs and images in the built-in viewer, anything else only saved
under a name that cannot be started; nothing is ever handed to the system's opener."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from ui.applicants.attachment_viewer import AttachmentViewer
from ui.widgets.file_choice import Files

SCRIPT = b"@echo off\r\nformat c: /q\r\n"


def _pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Freistellungsbescheid")
    page.showPage()
    page.drawString(72, 720, "Seite 2")
    page.save()
    return buffer.getvalue()


def _png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class Saving:
    def __init__(self, target: Path) -> None:
        self.target, self.offered = target, []


@pytest.fixture
def saving(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Saving:
    given = Saving(tmp_path / "gespeichert")

    def save_as(_cls: object, _parent: object, _title: str, name: str, _filter: str) -> Path:
        given.offered.append(name)
        return given.target

    def never(_cls: object, path: Path) -> bool:
        raise AssertionError(f"handed to the system's opener: {path}")

    monkeypatch.setattr(Files, "save_as", classmethod(save_as))
    monkeypatch.setattr(Files, "open_externally", classmethod(never))
    return given


def test_a_pdf_is_shown_page_by_page_whatever_its_name(qtbot: QtBot, saving: Saving) -> None:
    viewer = AttachmentViewer("Bescheid.pdf.bat", _pdf())
    qtbot.add_widget(viewer)
    assert viewer.kind == "pdf" and viewer.shown and len(viewer.pages) == 2
    assert not viewer.pages[0].pixmap().isNull() and not viewer.message.isVisibleTo(viewer)
    viewer.save()
    assert saving.offered == ["Bescheid_pdf_bat.pdf"]


def test_an_image_is_shown(qtbot: QtBot, saving: Saving) -> None:
    viewer = AttachmentViewer("foto.exe", _png())
    qtbot.add_widget(viewer)
    assert viewer.kind == "image" and viewer.shown and viewer.pages[0].pixmap().width() == 40


def test_anything_else_is_only_offered_for_saving_under_a_safe_name(qtbot: QtBot, saving: Saving) -> None:
    viewer = AttachmentViewer("Bescheid.pdf.bat", SCRIPT)
    qtbot.add_widget(viewer)
    assert viewer.kind is None and not viewer.shown
    assert "weder ein PDF-Dokument noch ein Bild" in viewer.message.text()
    viewer.save_button.click()
    assert saving.offered == ["Bescheid_pdf_bat.bin"]  # no ".bat": a double click starts nothing
    assert viewer.saved == saving.target and saving.target.read_bytes() == SCRIPT


def test_a_file_that_only_claims_to_be_a_pdf_is_not_shown(qtbot: QtBot, saving: Saving) -> None:
    viewer = AttachmentViewer("bescheid.pdf", b"%PDF-1.4 kaputt")
    qtbot.add_widget(viewer)
    assert viewer.kind == "pdf" and not viewer.shown and "kann hier nicht angezeigt werden" in viewer.message.text()
