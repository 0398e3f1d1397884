"""Fixtures of the letter and Excel GUI tests: the GUI fixtures of tests/gui, replaced file and print dialogs.

No test ever blocks on a native file or print dialog: `files` answers the choosers (and records what was
opened in the system viewer), `printing` prints to a PDF file instead of a printer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import answers, runner, window_for  # noqa: F401 - fixtures used by these tests
from ui.letters.output import Printing
from ui.widgets.file_choice import Files


class FileAnswers:
    """What the replaced file dialogs answer (None = the user cancelled) and what they were asked."""

    def __init__(self, folder: Path) -> None:
        self.save_to: Path | None = folder / "gespeichert.pdf"
        self.open: Path | None = None
        self.folder: Path | None = folder / "ausgabe"
        self.asked: list[str] = []
        self.opened: list[tuple[Path, bytes]] = []  # files (folders: b"") handed to the system, with their bytes then


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FileAnswers:
    given = FileAnswers(tmp_path)

    def save_as(_cls: object, _parent: QWidget | None, title: str, _name: str, _filter: str) -> Path | None:
        given.asked.append(title)
        return given.save_to

    def open_file(_cls: object, _parent: QWidget | None, title: str, _filter: str) -> Path | None:
        given.asked.append(title)
        return given.open

    def folder(_cls: object, _parent: QWidget | None, title: str) -> Path | None:
        given.asked.append(title)
        return given.folder

    def open_externally(_cls: object, path: Path) -> bool:
        given.opened.append((path, b"" if path.is_dir() else path.read_bytes()))
        return True

    monkeypatch.setattr(Files, "save_as", classmethod(save_as))
    monkeypatch.setattr(Files, "open_file", classmethod(open_file))
    monkeypatch.setattr(Files, "folder", classmethod(folder))
    monkeypatch.setattr(Files, "open_externally", classmethod(open_externally))
    return given


class PrintAnswers:
    def __init__(self, target: Path) -> None:
        self.target = target
        self.accept = True
        self.asked = 0


@pytest.fixture
def printing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> PrintAnswers:
    """The print dialog answers "Drucken" on a PDF-file printer (or "Abbrechen" with accept = False)."""
    given = PrintAnswers(tmp_path / "gedruckt.pdf")

    def choose(_cls: object, _parent: QWidget | None, printer: QPrinter) -> bool:
        given.asked += 1
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(given.target))
        return given.accept

    monkeypatch.setattr(Printing, "choose", classmethod(choose))
    return given


def partial_files(folder: Path) -> list[Path]:
    """Leftovers of an interrupted write (`app.kernel.atomic`): must never remain."""
    return sorted(folder.glob(".~foerderdesk-*"))
