"""A letter whose PDF anonymisation deleted after the retention period: the tab marks it, opening it says so in
German with the SHA-256 that stays, and nothing can be saved or printed (pytest-qt, both backends; issue 22)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.administration.data_protection import anonymise_case, archive_offer
from app.letters import service
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.support import Office, closed_case
from tests.ui.letters.test_case_letters import WAIT, open_letters
from ui.letters.viewer import StoredLetterDialog


def test_an_emptied_letter_is_marked_and_opening_it_explains_why(office: Office, today: Today,
                                                                  window_for: WindowFactory, qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    file_number = closed_case(office, today)
    issued = service.issue_letter(office.anna, file_number, "receipt")
    today.set(dt.date(2038, 1, 2))
    archive_offer(office.sabine, file_number, tmp_path / "archiv.zip")
    anonymise_case(office.admin, file_number, "Aufbewahrungsfrist abgelaufen, Archiv hat abgelehnt.")
    notice = f"Inhalt nach Ablauf der Aufbewahrungsfrist gelöscht (SHA-256 {issued.sha256})."

    tab = open_letters(qtbot, window_for("anna"), file_number)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert tab.model.rows[0].cells[6] == issued.sha256[:16] + "… ✕"
    assert tab.model.data(tab.model.index(0, 6), Qt.ItemDataRole.ToolTipRole) == notice

    rect = tab.table.visualRect(tab.model.index(0, 3))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    viewer = next(d for d in tab.findChildren(StoredLetterDialog) if d.isVisible())
    expected = f"Schreiben Nr. {issued.id}: {notice}"
    qtbot.waitUntil(lambda: viewer.preview.message.text() == expected, timeout=WAIT)
    assert viewer.letter is None and viewer.preview.pdf is None and viewer.bar.error.text() == expected
    assert viewer.bar.pdf is None  # nothing to save or print
    viewer.close()
