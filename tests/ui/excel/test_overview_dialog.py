"""„Excel-Übersicht …“ from the main window's current list filter (pytest-qt, both backends)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.excel import export
from tests.fixtures.files import FileAnswers, partial_files
from tests.fixtures.gui import WindowFactory
from tests.support import Office, register
from ui.excel.export_dialog import OverviewExportDialog, SummaryExportDialog
from ui.main_window import MainWindow

WAIT = 20000
FIRST_DATA_ROW = 5


def listed(window: MainWindow) -> list[str]:
    model = window.case_list.model
    return [row.file_number for row in (model.case_row(r) for r in range(model.rowCount())) if row is not None]


def start_export(window: MainWindow) -> OverviewExportDialog:
    action = window.findChild(QAction, "excelOverview")
    assert action is not None
    action.trigger()
    dialog = window.findChild(OverviewExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_overview_of_the_filtered_list_contains_exactly_its_cases(
        office: Office, window_for: WindowFactory, qtbot: QtBot, files: FileAnswers, tmp_path: Path) -> None:
    for title in ("Familiencafé Nord", "Spielkreis Süd", "Familiencafé Ost"):
        register(office, title=title)
    register(office, title="Familiencafé West", municipality="Artern")
    window = window_for("sabine")
    window.case_list.filters.search.setText("Familiencafé")
    window.case_list.filters.municipality.setCurrentIndex(window.case_list.filters.municipality.findData(
        "Sondershausen"))
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 2 and not window.context.runner.busy, timeout=WAIT)
    files.save_to = tmp_path / "übersicht"  # typed without ending
    dialog = start_export(window)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as exported:
        pass
    target = tmp_path / "übersicht.xlsx"
    assert exported.args[0] == target and "Excel-Übersicht speichern unter" in files.asked
    assert f"mit 2 Vorgängen gespeichert: {target}" in dialog.message.text()
    assert dialog.open_button.isVisible() and not dialog.progress.running
    sheet = load_workbook(target)["Anträge"]
    numbers = [row[0] for row in sheet.iter_rows(min_row=FIRST_DATA_ROW, values_only=True) if row[0]]
    titles = {row[1] for row in sheet.iter_rows(min_row=FIRST_DATA_ROW, values_only=True) if row[0]}
    assert sorted(numbers) == sorted(listed(window)) and len(numbers) == 2
    assert titles == {"Familiencafé Nord", "Familiencafé Ost"}
    assert "Suche »Familiencafé«" in str(sheet.cell(2, 1).value) and "Sondershausen" in str(sheet.cell(2, 1).value)


def test_cancel_leaves_no_file_and_keeps_an_older_one(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                      files: FileAnswers, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    register(office)
    reached, release = threading.Event(), threading.Event()
    real_write = export.write_overview

    def waiting_write(target: Path, overview: object, progress: object) -> int:
        def gated(done: int, total: int) -> bool:  # the user presses "Abbrechen" while the rows are written
            reached.set()
            release.wait(WAIT / 1000)
            return progress(done, total)  # type: ignore[operator]
        return real_write(target, overview, gated)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "write_overview", waiting_write)
    folder = tmp_path / "ausgabe"
    folder.mkdir()
    target = folder / "übersicht.xlsx"
    target.write_bytes(b"older overview")
    files.save_to = target
    window = window_for("anna")
    dialog = start_export(window)
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as failed:
        release.set()
    assert "abgebrochen" in failed.args[0] and "keine Datei" in failed.args[0]
    assert target.read_bytes() == b"older overview" and not partial_files(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["übersicht.xlsx"]
    assert not dialog.open_button.isVisible()


def test_cancelling_the_file_dialog_exports_nothing(office: Office, window_for: WindowFactory,
                                                   files: FileAnswers, tmp_path: Path) -> None:
    files.save_to = None
    window = window_for("anna")
    action = window.findChild(QAction, "excelOverview")
    assert action is not None
    action.trigger()
    assert window.findChild(OverviewExportDialog) is None and list(tmp_path.glob("*.xlsx")) == []


def test_summary_pdf_for_the_landrat_from_the_menu(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                   files: FileAnswers, tmp_path: Path) -> None:
    register(office, title="Familiencafé Nord")
    window = window_for("sabine")
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=WAIT)
    files.save_to = tmp_path / "landrat"
    action = window.findChild(QAction, "summaryPdf")
    assert action is not None
    action.trigger()
    dialog = window.findChild(SummaryExportDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        pass
    target = tmp_path / "landrat.pdf"
    assert "Überblick speichern unter" in files.asked and f"Seiten gespeichert: {target}" in dialog.message.text()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Überblick für Landrat und Kreistag: LPF 2026" in text and "100.000,00 €" in text  # the office's budget
