"""Letters for the cases of the current list filter, from the main window (pytest-qt, both backends)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.cases import decisions
from app.letters.batch import Outcome
from app.letters.kinds import KIND_LABELS, LetterKind
from tests.fixtures.database import Today
from tests.fixtures.files import FileAnswers, partial_files
from tests.fixtures.gui import Answers, WindowFactory
from tests.letters import cases
from tests.letters.cases import letter_count, pdf_text
from tests.support import Office
from ui.letters import batch_dialog
from ui.letters.batch_dialog import BatchLetterDialog, BatchRun
from ui.main_window import MainWindow

WAIT = 20000


def open_batch(qtbot: QtBot, window: MainWindow, files: FileAnswers, kind: LetterKind) -> BatchLetterDialog:
    action = window.findChild(QAction, "batchLetters")
    assert action is not None and action.isEnabled()
    action.trigger()
    dialog = window.findChild(BatchLetterDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    qtbot.mouseClick(dialog.findChild(type(dialog.start_button), "chooseFolder"), Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(files.folder)
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=WAIT)
    return dialog


def filter_list(qtbot: QtBot, window: MainWindow, *, status: str | None = None, text: str = "",
                rows: int) -> None:
    window.case_list.filters.set_status(status)
    window.case_list.filters.search.setText(text)
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == rows and not window.context.runner.busy,
                    timeout=WAIT)


def approved_cases(office: Office, today: Today, titles: list[str]) -> list[str]:
    return [cases.decided(office, today, title=title) for title in titles]


def test_cancel_after_the_first_letter_leaves_complete_files_only(
        office: Office, today: Today, window_for: WindowFactory, qtbot: QtBot, files: FileAnswers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    file_numbers = approved_cases(office, today, ["Familiencafé Nord", "Familiencafé Ost", "Familiencafé Süd"])
    cases.registered(office, today, title="Spielkreis")  # not approved: outside the filter
    written = threading.Event()
    release = threading.Event()
    real_write = batch_dialog.write_atomically

    def first_write_waits(target: Path, data: bytes) -> None:
        real_write(target, data)
        if not written.is_set():  # the first letter is complete: now the user presses "Abbrechen"
            written.set()
            release.wait(WAIT / 1000)

    monkeypatch.setattr(batch_dialog, "write_atomically", first_write_waits)
    window = window_for("anna")
    filter_list(qtbot, window, status="approved", rows=3)
    dialog = open_batch(qtbot, window, files, LetterKind.approval)
    assert dialog.scope.text().startswith("3 Vorgänge der aktuellen Liste")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(written.is_set, timeout=WAIT)
    assert dialog.progress.running and not dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished_run, timeout=WAIT) as finished:
        release.set()
    run: BatchRun = finished.args[0]
    assert run.total == 3 and [(i.file_number, i.outcome) for i in run.items] == [(file_numbers[0], Outcome.written)]
    folder = files.folder
    assert folder is not None
    assert sorted(p.name for p in folder.iterdir()) == [f"{file_numbers[0]}_approval_Entwurf.pdf"]
    letter = (folder / f"{file_numbers[0]}_approval_Entwurf.pdf").read_bytes()
    assert letter.rstrip().endswith(b"%%EOF") and "Familiencafé Nord" in pdf_text(letter)  # complete
    assert not partial_files(folder) and letter_count(office) == 0  # drafts: nothing stored
    assert "Abgebrochen: 2 Vorgänge wurden nicht bearbeitet" in dialog.summary.text.text()
    assert dialog.close_button.isEnabled() and dialog.start_button.isEnabled()


def test_issuing_for_the_filtered_list_stores_letters_and_names_each_refusal(
        office: Office, today: Today, window_for: WindowFactory, qtbot: QtBot, files: FileAnswers,
        answers: Answers, qtmodeltester: ModelTester) -> None:
    north, = approved_cases(office, today, ["Familiencafé Nord"])
    approved_cases(office, today, ["Spielkreis Süd"])  # approved, but not in the filtered list
    received = cases.registered(office, today, title="Familiencafé Ost")
    window = window_for("sabine")
    filter_list(qtbot, window, text="Familiencafé", rows=2)
    dialog = open_batch(qtbot, window, files, LetterKind.approval)
    dialog.issue.setChecked(True)
    assert dialog.posted.isEnabled()
    with qtbot.waitSignal(dialog.finished_run, timeout=WAIT) as finished:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "Schreiben ausstellen" in answers.asked
    run: BatchRun = finished.args[0]
    assert {(i.file_number, i.outcome) for i in run.items} == {(north, Outcome.written), (received, Outcome.skipped)}
    assert letter_count(office) == 1
    assert files.folder is not None and [p.name for p in files.folder.iterdir()] == [f"{north}_approval.pdf"]
    assert "1 Schreiben ausgestellt" in dialog.summary.text.text() and "1 passen nicht" in dialog.summary.text.text()
    letter_id = next(i.letter_id for i in run.items if i.outcome == Outcome.written)
    rows = {r.cells[0]: r.cells for r in dialog.summary.model.rows}
    assert rows[north][1] == f"ausgestellt, Nr. {letter_id}" and rows[received][1] == "passt nicht"
    assert rows[received][2]  # the German reason from the service
    qtmodeltester.check(dialog.summary.model)
    assert dialog.summary.refused_only.isVisible()
    dialog.summary.refused_only.setChecked(True)
    assert [r.cells[0] for r in dialog.summary.model.rows] == [received]
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert files.opened[-1][0] == files.folder  # the folder with the letters, in the file manager


def test_cancel_while_issuing_keeps_and_reports_the_letters_issued_so_far(
        office: Office, today: Today, window_for: WindowFactory, qtbot: QtBot, files: FileAnswers,
        answers: Answers, monkeypatch: pytest.MonkeyPatch) -> None:
    file_numbers = approved_cases(office, today, ["Familiencafé Nord", "Familiencafé Ost", "Familiencafé Süd"])
    written, release = threading.Event(), threading.Event()
    real_write = batch_dialog.write_atomically

    def second_write_waits(target: Path, data: bytes) -> None:
        real_write(target, data)
        if file_numbers[1] in target.name:  # two letters issued and written: now "Abbrechen"
            written.set()
            release.wait(WAIT / 1000)

    monkeypatch.setattr(batch_dialog, "write_atomically", second_write_waits)
    window = window_for("sabine")
    filter_list(qtbot, window, status="approved", rows=3)
    dialog = open_batch(qtbot, window, files, LetterKind.approval)
    dialog.issue.setChecked(True)
    dialog.posted.setText("03.03.2026")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(written.is_set, timeout=WAIT)
    dialog.reject()  # closing the window while running means: cancel after the current letter
    assert dialog.isVisible() and not dialog.progress.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_run, timeout=WAIT) as finished:
        release.set()
    run: BatchRun = finished.args[0]
    assert [(i.file_number, i.outcome) for i in run.items] == [(r, Outcome.written) for r in file_numbers[:2]]
    assert letter_count(office) == 2  # issued before the cancel: stored with their cases
    assert files.folder is not None
    assert sorted(p.name for p in files.folder.iterdir()) == sorted(f"{r}_approval.pdf" for r in file_numbers[:2])
    text = dialog.summary.text.text()
    assert text.startswith("2 Schreiben ausgestellt") and "Abgebrochen: 1 Vorgänge wurden nicht bearbeitet" in text
    assert "bleiben beim Vorgang gespeichert" in text
    assert [r.cells[1] for r in dialog.summary.model.rows] == [f"ausgestellt, Nr. {i.letter_id}" for i in run.items]
    assert dialog.progress.label.text() == "Abgebrochen."
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=WAIT)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_reader_may_write_drafts_but_not_issue(office: Office, today: Today, window_for: WindowFactory,
                                                 qtbot: QtBot, files: FileAnswers) -> None:
    approved_cases(office, today, ["Familiencafé Nord"])
    window = window_for("leser")
    dialog = open_batch(qtbot, window, files, LetterKind.approval)
    assert not dialog.issue.isEnabled() and dialog.draft.isChecked()
    dialog.folder.clear()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "Zielordner" in dialog.error.text()
    assert KIND_LABELS[LetterKind.approval] == dialog.kind.currentText()


def test_only_the_cases_decided_on_one_day(office: Office, today: Today, window_for: WindowFactory, qtbot: QtBot,
                                           files: FileAnswers) -> None:
    """E.g. all approvals confirmed today: the list shows every approved case, the batch takes that day's."""
    approved_cases(office, today, ["Familiencafé Nord", "Familiencafé Ost"])  # confirmed on 02.03.2026
    later = cases.reviewed(office, today, title="Spielkreis Süd")
    decisions.propose(office.anna, later, "approve", amount="10000.00", reasons="Bedarf im Sozialraum belegt.")
    today.set(dt.date(2026, 3, 5))
    decisions.confirm_decision(office.sabine, later)
    window = window_for("anna")
    filter_list(qtbot, window, status="approved", rows=3)
    dialog = open_batch(qtbot, window, files, LetterKind.approval)
    assert dialog.decided.text() == "05.03.2026" and not dialog.decided.isEnabled()  # today, offered when ticked
    dialog.decided_only.setChecked(True)
    with qtbot.waitSignal(dialog.finished_run, timeout=WAIT) as finished:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    run: BatchRun = finished.args[0]
    assert run.total == 1 and [(i.file_number, i.outcome) for i in run.items] == [(later, Outcome.written)]
    assert files.folder is not None and [p.name for p in files.folder.iterdir()] == [f"{later}_approval_Entwurf.pdf"]
    assert "1 Entwürfe geschrieben" in dialog.summary.text.text() and "von 1 Vorgängen" in dialog.summary.text.text()

    dialog.decided.setText("31.02.2026")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and not dialog.progress.running  # a wrong date is refused before anything runs
