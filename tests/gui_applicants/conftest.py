"""Fixtures for the applicant-file GUI tests: the main-window fixtures of tests/gui, plus a file picker that
answers instead of a blocking file dialog, and helpers to reach the applicants window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Answers, WindowFactory, answers, runner, window_for  # noqa: F401 - fixtures
from ui.applicants.file_picker import FilePicker
from ui.applicants.window import ApplicantsWindow
from ui.main_window import MainWindow
from ui.widgets.file_choice import Files

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


class PickedFiles:
    """What the (replaced) file dialog returns next; None means "cancelled"."""

    def __init__(self) -> None:
        self.next: Path | None = None
        self.asked: list[str] = []


@pytest.fixture(autouse=True)
def picked(monkeypatch: pytest.MonkeyPatch) -> PickedFiles:
    given = PickedFiles()

    def open_file(_parent: object, title: str) -> Path | None:
        given.asked.append(title)
        return given.next

    monkeypatch.setattr(FilePicker, "open_file", classmethod(lambda _cls, parent, title: open_file(parent, title)))
    return given


@pytest.fixture(autouse=True)
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files handed to the system's viewer (never started in a test); the viewer "opens" each one."""
    paths: list[Path] = []

    def open_externally(path: Path) -> bool:
        paths.append(path)
        return True

    monkeypatch.setattr(Files, "open_externally", classmethod(lambda _cls, path: open_externally(path)))
    return paths


@pytest.fixture
def pdf_file(tmp_path: Path) -> Path:
    path = tmp_path / "freistellungsbescheid.pdf"
    path.write_bytes(PDF)
    return path


def applicants_window(qtbot: QtBot, window: MainWindow) -> ApplicantsWindow:
    """Open "Antragsteller …" from the menu; waits until the first result list and the choices are loaded."""
    window.applicants_action.trigger()
    view = window.findChild(ApplicantsWindow)
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.choices is not None and view.search.model.rowCount() > 0
                    and not window.context.runner.busy, timeout=20000)
    return view


def wait_file(qtbot: QtBot, view: ApplicantsWindow, applicant_id: int) -> None:
    qtbot.waitUntil(lambda: view.file.view is not None and view.file.view.file.id == applicant_id
                    and not view.context.runner.busy, timeout=20000)


def texts(model: object, column: int) -> list[str]:
    """The displayed texts of one column of a RowsModel."""
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]  # type: ignore[attr-defined]


__all__ = ["Answers", "WindowFactory", "applicants_window", "texts", "wait_file"]
