"""„Excel-Liste importieren …“: mapping, report, dry run and import through the real dialog (both backends)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.administration import programmes
from app.excel.saved_mappings import mapping_names
from db.models import Application
from tests.excel.lists import D, row, write_list
from tests.fixtures.excel import DATA, snapshot
from tests.fixtures.files import FileAnswers
from tests.fixtures.gui import Answers, WindowFactory
from tests.support import Office
from ui.excel.import_dialog import ImportDialog
from ui.main_window import MainWindow

WAIT = 20000
CLEAN = [
    row(aktenzeichen="LPF-2026-0007", titel="Familienfest im Park", antragsteller="Förderverein Kita Sonnenschein e.V.",
        antragstellerart="Gemeinnütziger Verein", gemeinde="Artern", programm="LPF", haushaltsjahr=2026,
        status="Bewilligt", lebensphase="Kindheit", handlungsfeld="Dialog der Generationen", eingang=D(2026, 1, 10),
        beginn=D(2026, 3, 1), ende=D(2026, 10, 31), beantragt=5000, bewilligt=4000.5, bescheid_vom=D(2026, 1, 20)),
    row(titel="Seniorenfahrdienst", antragsteller="Familienzentrum Sonnenblume e.V.", gemeinde="Sondershausen",
        programm="LPF", haushaltsjahr=2026, eingang="12.01.2026", beantragt="2.500,00 €"),
]


@pytest.fixture
def office_2025(office: Office) -> Office:
    programmes.set_budget(office.admin, "LPF", 2025, "710000.00")
    return office


def open_import(qtbot: QtBot, window: MainWindow, files: FileAnswers, path: Path) -> ImportDialog:
    """Menu "Auswertung" → "Excel-Liste importieren …", choose `path`, wait for the first dry run."""
    action = window.findChild(QAction, "excelImport")
    assert action is not None and action.isEnabled()
    action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=WAIT)
    files.open = path
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.busy  # reading and checking run in a worker
    qtbot.waitUntil(lambda: not dialog.busy and not window.context.runner.busy, timeout=WAIT)
    return dialog


def report(dialog: ImportDialog) -> list[tuple[str, ...]]:
    return [r.cells for r in dialog.report.rows]


def test_sample_list_shows_each_planted_problem_and_imports_nothing(
        office_2025: Office, window_for: WindowFactory, qtbot: QtBot, files: FileAnswers, tmp_path: Path,
        qtmodeltester: ModelTester) -> None:
    sample = tmp_path / "foerderliste-2025.xlsx"
    shutil.copyfile(DATA / "foerderliste-2025.xlsx", sample)
    before = snapshot(office_2025.database)
    dialog = open_import(qtbot, window_for("sabine"), files, sample)
    assert dialog.mapping.combos["file_number"].currentData() == "Az."
    assert dialog.mapping.combos["applicant"].currentData() == "Antragsteller / Träger"
    errors = [(r, c) for r, c, kind, _text in report(dialog) if kind == "Fehler"]
    assert errors == [("12", "E (Gemeinde)"), ("14", "E (Gemeinde)"), ("16", "B (Az.)"), ("18", "B (Az.)")]
    texts = {(r, c): t for r, c, _kind, t in report(dialog)}
    assert "LPF-2025-0012" in texts[("16", "B (Az.)")] and "mehrfach" in texts[("16", "B (Az.)")]
    assert "»Rossleben-Wiehe«" in texts[("14", "E (Gemeinde)")]
    assert ("11", "I (beantragt)") in texts and ("30", "–") in texts  # hints: amount as text, totals row
    assert "24 Datenzeilen, 20 gültig, 4 mit Fehlern" in dialog.summary.text()
    assert "Fehlerhafte Zeilen: 12, 14, 16, 18" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.only_valid_button.isVisible() and dialog.only_valid_button.isEnabled()
    qtmodeltester.check(dialog.report)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.errors_only.setChecked(True)
    assert len(report(dialog)) == 4
    qtmodeltester.check(dialog.report)
    assert snapshot(office_2025.database) == before


def test_only_the_valid_rows_after_confirming(office_2025: Office, window_for: WindowFactory, qtbot: QtBot,
                                              files: FileAnswers, answers: Answers, tmp_path: Path) -> None:
    sample = tmp_path / "foerderliste-2025.xlsx"
    shutil.copyfile(DATA / "foerderliste-2025.xlsx", sample)
    window = window_for("sabine")
    dialog = open_import(qtbot, window, files, sample)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        dialog.accept_names.setChecked(True)  # the report is stale now: the import buttons wait
        assert not dialog.only_valid_button.isEnabled()
        qtbot.mouseClick(dialog.dry_run_button, Qt.MouseButton.LeftButton)
    assert "22 gültig" in dialog.summary.text()
    answers.yes = False
    qtbot.mouseClick(dialog.only_valid_button, Qt.MouseButton.LeftButton)
    assert "Nur gültige Zeilen übernehmen" in answers.asked and not dialog.busy  # declined: nothing happens
    answers.yes = True
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as imported:
        qtbot.mouseClick(dialog.only_valid_button, Qt.MouseButton.LeftButton)
    assert len(imported.args[0].file_numbers) == 22
    assert "22 Vorgänge aus »foerderliste-2025.xlsx« importiert; Zeilen 16, 18 nicht übernommen" in \
        dialog.result_label.text()
    assert not dialog.only_valid_button.isEnabled() and not dialog.import_button.isEnabled()
    with office_2025.database.read() as session:
        assert len(session.scalars(select(Application).where(Application.fiscal_year == 2025)).all()) == 22


def test_clean_list_imports_and_the_mapping_is_saved_and_reloaded(
        office: Office, window_for: WindowFactory, qtbot: QtBot, files: FileAnswers, tmp_path: Path) -> None:
    path = write_list(tmp_path / "Liste Jugendamt 2026.xlsx", CLEAN)
    window = window_for("sabine")
    dialog = open_import(qtbot, window, files, path)
    assert "2 Datenzeilen, 2 gültig, 0 mit Fehlern" in dialog.summary.text()
    assert dialog.import_button.isEnabled() and not dialog.only_valid_button.isVisible()

    dialog.mapping.name.setText("Jugendamt")
    qtbot.mouseClick(dialog.mapping.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gespeichert" in dialog.result_label.text(), timeout=WAIT)
    assert mapping_names(office.anna) == ["Jugendamt"]
    combo = dialog.mapping.combos["title"]
    combo.setCurrentIndex(0)  # "(nicht zugeordnet)": the report no longer fits
    assert not dialog.import_button.isEnabled() and "Probelauf" in dialog.summary.text()
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        qtbot.mouseClick(dialog.mapping.load_button, Qt.MouseButton.LeftButton)
    assert combo.currentData() == "Titel" and dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].file_numbers == ["LPF-2026-0007", "LPF-2026-0008"]
    assert "2 Vorgänge aus »Liste Jugendamt 2026.xlsx« importiert." in dialog.result_label.text()
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 2, timeout=WAIT)  # the list follows


def test_a_missing_required_column_and_a_corrupt_file_are_explained(
        office: Office, window_for: WindowFactory, qtbot: QtBot, files: FileAnswers, tmp_path: Path) -> None:
    path = write_list(tmp_path / "liste.xlsx", CLEAN)
    window = window_for("anna")
    dialog = open_import(qtbot, window, files, path)
    dialog.mapping.combos["requested"].setCurrentIndex(0)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as failed:
        qtbot.mouseClick(dialog.dry_run_button, Qt.MouseButton.LeftButton)
    assert "Keine Spalte für: beantragt" in failed.args[0] and dialog.error.isVisible()
    assert not dialog.import_button.isEnabled()

    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"Aktenzeichen;Titel\nLPF-2026-0001;Test\n")
    files.open = broken
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as failed:
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "keine Excel-Arbeitsmappe (.xlsx)" in failed.args[0] and "kaputt.xlsx" in dialog.error.text()
    assert not dialog.dry_run_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.report.rowCount() == 0


def test_programme_and_year_for_a_list_that_names_none(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                       files: FileAnswers, tmp_path: Path) -> None:
    bare = [row(titel="Seniorenfahrdienst", antragsteller="Familienzentrum Sonnenblume e.V.", gemeinde="Artern",
                eingang="12.01.2026", beantragt="2.500,00 €")]
    path = write_list(tmp_path / "ohne Jahr.xlsx", bare, title="Förderliste")  # a year in the title would count
    dialog = open_import(qtbot, window_for("sabine"), files, path)
    first = {c for _r, c, kind, _t in report(dialog) if kind == "Fehler"}
    assert first and not dialog.import_button.isEnabled()  # no programme, no fiscal year: refused row by row
    dialog.programme.setCurrentIndex(dialog.programme.findData("LPF"))
    year = dialog.year.findData(2026)
    assert year > 0 and dialog.year.currentData() is None  # "– aus der Liste –" unless chosen
    dialog.year.setCurrentIndex(year)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        qtbot.mouseClick(dialog.dry_run_button, Qt.MouseButton.LeftButton)
    assert "1 gültig, 0 mit Fehlern" in dialog.summary.text() and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    file_number, = imported.args[0].file_numbers
    assert file_number.startswith("LPF-2026-")
    with office.database.read() as session:
        case = session.scalars(select(Application).where(Application.file_number == file_number)).one()
        assert (case.fiscal_year, case.title) == (2026, "Seniorenfahrdienst")


def test_guesses_are_shown_beside_the_mapping_and_one_is_overruled(
        office: Office, window_for: WindowFactory, qtbot: QtBot, files: FileAnswers, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Kürzel", "Maßnahme", "Antragstellr", "Ort", "Bewilligte Mittel in €", "Zuwendung beantragt"])
    ws.append(["LPF-2026-0031", "Familienfest", "Heimatverein Gehofen e.V.", "Gehofen", None, 700])
    path = tmp_path / "andere-liste.xlsx"
    wb.save(path)
    window = window_for("sabine")
    dialog = open_import(qtbot, window, files, path)
    guesses = {key: label.text() for key, label in dialog.mapping.guesses.items() if label.text()}
    assert guesses["municipality"] == "erkannt" and guesses["approved"] == "an den Wörtern"
    assert guesses["applicant"].startswith("ähnlich ") and "file_number" not in guesses
    texts = {(r, c): t for r, c, _kind, t in report(dialog)}
    assert texts[("2", "C (Antragstellr)")] == "Antragstellerart »Gemeinnütziger Verein« aus dem Namen erkannt " \
                                              "(»e.V.«)."
    assert ("–", "A (Kürzel)") in texts  # not mapped: said so
    combo = dialog.mapping.combos["file_number"]
    combo.setCurrentIndex(combo.findData("Kürzel"))
    assert dialog.mapping.guesses["file_number"].text() == "von Hand" and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.dry_run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.plan_current, timeout=WAIT)
    assert ("–", "A (Kürzel)") not in {(r, c) for r, c, _kind, _t in report(dialog)}
    dialog.grab().save(str(tmp_path / "guesses.png"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.finished_import, timeout=WAIT)
    with office.database.read() as session:
        assert "LPF-2026-0031" in set(session.scalars(select(Application.file_number)))
