"""Letters on a case, through the real widgets (pytest-qt, both backends): issue, reopen, print, save, refuse."""

from __future__ import annotations

import datetime as dt
import io
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.letters import service
from app.letters.compose import load_template
from app.letters.defaults import DEFAULTS
from db.models import Letter
from tests.fixtures.database import Today
from tests.fixtures.files import FileAnswers, PrintAnswers, partial_files
from tests.fixtures.gui import Answers, WindowFactory
from tests.letters import cases
from tests.letters.cases import letter_count, pdf_text
from tests.support import Office
from ui.letters import dialog as dialog_module
from ui.letters import pages
from ui.letters.dialog import LetterDialog
from ui.letters.tab import LettersTab
from ui.letters.viewer import StoredLetterDialog
from ui.main_window import MainWindow

WAIT = 20000


def open_letters(qtbot: QtBot, window: MainWindow, file_number: str) -> LettersTab:
    """Select the case and show its tab "Schreiben" with the issued letters loaded."""
    detail = window.case_detail
    detail.open_case(file_number)
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.file_number == file_number
                    and not window.context.runner.busy, timeout=WAIT)
    detail.tabs.setCurrentWidget(detail.letters)
    assert detail.tabs.tabText(detail.tabs.currentIndex()) == "Schreiben"
    return detail.letters


def new_letter(qtbot: QtBot, tab: LettersTab) -> LetterDialog:
    """Press "Schreiben erstellen …" and wait for the first draft on screen."""
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in tab.findChildren(LetterDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.pdf is not None and not tab.context.runner.busy, timeout=WAIT)
    return dialog


def stored_bytes(office: Office, letter_id: int) -> bytes:
    with office.database.read() as session:
        return bytes(session.scalar(select(Letter.pdf).where(Letter.id == letter_id)) or b"")


def kind_item(dialog: LetterDialog, kind: str) -> QListWidgetItem:
    return next(dialog.kinds.item(r) for r in range(dialog.kinds.count())
                if dialog.kinds.item(r).data(Qt.ItemDataRole.UserRole) == kind)


def test_issue_an_approval_and_reopen_exactly_the_stored_letter(
        office: Office, today: Today, window_for: WindowFactory, qtbot: QtBot, answers: Answers,
        files: FileAnswers, printing: PrintAnswers, tmp_path: Path, qtmodeltester: ModelTester) -> None:
    file_number = cases.decided(office, today)  # approved on 02.03.2026
    window = window_for("anna")
    tab = open_letters(qtbot, window, file_number)
    qtbot.waitUntil(lambda: "noch kein Schreiben" in tab.empty.text(), timeout=WAIT)
    dialog = new_letter(qtbot, tab)
    assert dialog.current_kind() == "approval"  # the fitting decision letter, not the receipt
    assert dialog.preview.rendered and len(dialog.preview.images) >= 2
    assert "Entwurf" in dialog.state.text() and not dialog.problems.isVisible()
    assert "ENTWURF" in pdf_text(dialog.pdf or b"")

    dialog.posted.setText("03.03.2026")
    shown = window.case_detail.detail
    with qtbot.waitSignal(dialog.issued, timeout=WAIT) as issued, \
            qtbot.waitSignal(window.context.changes.case_changed, timeout=WAIT) as changed:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    letter_id = issued.args[0]
    assert changed.args == [file_number]  # one "what changed" notice: list and other views follow
    qtbot.waitUntil(lambda: window.case_detail.detail is not shown, timeout=WAIT)  # history shows the letter
    assert "Schreiben ausstellen" in answers.asked
    stored = stored_bytes(office, letter_id)
    assert stored and dialog.pdf == stored and "ENTWURF" not in pdf_text(stored)
    assert f"Nr. {letter_id}" in dialog.state.text() and not dialog.issue_button.isEnabled()
    assert service.stored_letter(office.leser, letter_id).posted_on == dt.date(2026, 3, 3)

    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    row = tab.model.rows[0]
    assert row.value == letter_id and row.cells[2] == "Zuwendungsbescheid" and row.cells[4] == "anna"
    assert row.cells[5] == "03.03.2026" and row.cells[3] == service.stored_letter(office.anna, letter_id).subject
    assert tab.model.data(tab.model.index(0, 6), Qt.ItemDataRole.ToolTipRole).endswith(
        service.stored_letter(office.anna, letter_id).sha256)
    qtmodeltester.check(tab.model)
    dialog.close()
    reopen_save_and_print(qtbot, tab, stored, files, printing, tmp_path)


def reopen_save_and_print(qtbot: QtBot, tab: LettersTab, stored: bytes, files: FileAnswers,
                          printing: PrintAnswers, tmp_path: Path) -> None:
    """Double-click opens the stored bytes; "Speichern unter …" and "Drucken …" use exactly those."""
    viewer = reopen_by_double_click(qtbot, tab)
    assert viewer.letter is not None and viewer.letter.pdf == stored
    assert viewer.preview.rendered and len(viewer.preview.images) == len(PdfReader(io.BytesIO(stored)).pages)
    assert "Zuwendungsbescheid" in viewer.info.text() and "03.03.2026" in viewer.info.text()

    files.save_to = tmp_path / "kopie"  # typed without ending: saved as .pdf
    qtbot.mouseClick(viewer.bar.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "kopie.pdf").read_bytes() == stored
    assert str(tmp_path / "kopie.pdf") in viewer.bar.note.text() and not partial_files(tmp_path)

    qtbot.mouseClick(viewer.bar.print_button, Qt.MouseButton.LeftButton)
    assert printing.asked == 1 and "an den Drucker gesendet" in viewer.bar.note.text()
    printed = PdfReader(str(printing.target))
    assert len(printed.pages) == len(PdfReader(io.BytesIO(stored)).pages)


def reopen_by_double_click(qtbot: QtBot, tab: LettersTab) -> StoredLetterDialog:
    rect = tab.table.visualRect(tab.model.index(0, 3))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # views double-click
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    viewer = next(d for d in tab.findChildren(StoredLetterDialog) if d.isVisible())
    qtbot.waitUntil(lambda: viewer.letter is not None, timeout=WAIT)
    return viewer


def test_kinds_that_do_not_fit_are_disabled_with_the_reason(office: Office, today: Today,
                                                            window_for: WindowFactory, qtbot: QtBot) -> None:
    file_number = cases.registered(office, today)  # received: only the receipt fits
    reasons = {c.kind.value: c.reason for c in service.letter_kinds(office.anna, file_number)}
    dialog = new_letter(qtbot, open_letters(qtbot, window_for("anna"), file_number))
    assert dialog.current_kind() == "receipt"
    approval = kind_item(dialog, "approval")
    assert not approval.flags() & Qt.ItemFlag.ItemIsEnabled
    assert approval.toolTip() == reasons["approval"] and approval.toolTip()  # the service's German reason
    assert kind_item(dialog, "receipt").flags() & Qt.ItemFlag.ItemIsEnabled
    assert not dialog.select_kind("approval") and dialog.current_kind() == "receipt"
    assert dialog.issue_button.isEnabled()

    reader = new_letter(qtbot, open_letters(qtbot, window_for("leser"), file_number))
    assert not reader.issue_button.isEnabled() and reader.issue_button.toolTip()  # the right comes from the role
    assert reader.bar.save_button.isEnabled() and reader.bar.print_button.isEnabled()


def test_refusals_are_shown_in_the_dialog_and_nothing_is_stored(office: Office, today: Today,
                                                                window_for: WindowFactory, qtbot: QtBot) -> None:
    file_number = cases.decided(office, today)
    tab = open_letters(qtbot, window_for("anna"), file_number)
    dialog = new_letter(qtbot, tab)
    dialog.posted.setText("01.03.2026")  # before the letter's date 02.03.2026
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.bar.error.isVisible, timeout=WAIT)
    assert "nicht vor seinem Datum (02.03.2026) zur Post" in dialog.bar.error.text()
    assert dialog.issue_button.isEnabled() and letter_count(office) == 0

    with office.admin as uow:  # a template with a placeholder the letter cannot fill
        uow.act("raw-template-edit")
        load_template(uow.session, "approval").body = DEFAULTS["approval"].body + "\n\nGültig bis {gueltig_bis}."
        uow.commit()
    dialog.close()
    dialog = new_letter(qtbot, tab)
    assert dialog.problems.isVisible() and "Unbekannte Platzhalter: {gueltig_bis}" in dialog.problems.text()
    assert "nicht ausgestellt werden" in dialog.problems.text()
    assert not dialog.issue_button.isEnabled() and "geklärt" in dialog.issue_button.toolTip()
    assert dialog.bar.save_button.isEnabled() and dialog.bar.print_button.isEnabled()  # the draft still can
    assert dialog.select_kind("receipt")  # another kind without the problem can be issued
    qtbot.waitUntil(lambda: dialog.pdf is not None and not tab.context.runner.busy, timeout=WAIT)
    assert not dialog.problems.isVisible() and dialog.issue_button.isEnabled()
    assert letter_count(office) == 0


def test_without_a_pdf_renderer_the_system_viewer_shows_and_prints(
        office: Office, today: Today, window_for: WindowFactory, qtbot: QtBot, files: FileAnswers,
        printing: PrintAnswers, monkeypatch: pytest.MonkeyPatch) -> None:
    """What PySide6-Essentials alone gives (no Qt PDF): no pages in the window, the PDF viewer instead."""
    monkeypatch.setattr(pages, "RENDERERS", [])
    file_number = cases.decided(office, today)
    dialog = new_letter(qtbot, open_letters(qtbot, window_for("anna"), file_number))
    assert not dialog.preview.rendered and dialog.preview.fallback.isVisible()
    qtbot.mouseClick(dialog.preview.external, Qt.MouseButton.LeftButton)
    path, shown = files.opened[-1]
    assert shown == dialog.pdf and path.suffix == ".pdf"
    qtbot.mouseClick(dialog.bar.print_button, Qt.MouseButton.LeftButton)
    assert printing.asked == 0 and len(files.opened) == 2 and files.opened[-1][1] == dialog.pdf
    assert "PDF-Betrachter" in dialog.bar.note.text()


def test_the_dialog_stays_open_until_the_letter_is_stored(
        office: Office, today: Today, window_for: WindowFactory, qtbot: QtBot, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    reached, release = threading.Event(), threading.Event()
    real_issue = dialog_module.issue_letter

    def slow_issue(*args: object, **kwargs: object) -> service.IssuedLetter:
        reached.set()  # the user presses "Schließen" (or Esc) while the letter is being stored
        release.wait(WAIT / 1000)
        return real_issue(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dialog_module, "issue_letter", slow_issue)
    file_number = cases.decided(office, today)
    tab = open_letters(qtbot, window_for("anna"), file_number)
    dialog = new_letter(qtbot, tab)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    dialog.reject()
    assert dialog.isVisible() and not dialog.kinds.isEnabled() and not dialog.issue_button.isEnabled()
    with qtbot.waitSignal(tab.letter_issued, timeout=WAIT):
        release.set()
    assert dialog.letter is not None and letter_count(office) == 1
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    dialog.reject()
    assert not dialog.isVisible()
