"""„Antragsteller aus Excel-Liste importieren …“ through the real dialog: duplicates shown first, written on click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from tests.excel.test_import_applicants import _list
from tests.fixtures.excel import snapshot
from tests.fixtures.files import FileAnswers
from tests.fixtures.gui import WindowFactory
from tests.support import Office
from ui.excel.applicant_import_dialog import ApplicantImportDialog

WAIT = 20000


def test_duplicates_are_shown_and_only_valid_new_applicants_are_written(
        office: Office, window_for: WindowFactory, qtbot: QtBot, files: FileAnswers, tmp_path: Path) -> None:
    window = window_for("anna")
    action = window.findChild(QAction, "applicantImport")
    assert action is not None and action.isEnabled()
    action.trigger()
    dialog = window.findChild(ApplicantImportDialog)
    assert dialog is not None and dialog.isVisible()
    before = snapshot(office.database)
    files.open = _list(tmp_path / "traeger.xlsx")
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    rows = {r.cells[0]: r.cells for r in dialog.applicants.rows}
    assert rows["6"][4] == f"Nr. {office.applicant_id} »Familienzentrum Sonnenblume e.V.« (Anschrift)"
    assert rows["7"][4] == "wie Zeile 4" and rows["4"][4] == "neu – wird angelegt"
    assert any(r.cells[:3] == ("8", "D (IBAN)", "Fehler") for r in dialog.report.rows)
    assert "2 neu, 2 wahrscheinlich schon erfasst" in dialog.summary.text()
    assert snapshot(office.database) == before and not dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "applicants.png"))
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as imported:
        qtbot.mouseClick(dialog.only_valid_button, Qt.MouseButton.LeftButton)
    assert len(imported.args[0].ids) == 2 and "2 Antragsteller angelegt." in dialog.summary.text()
    assert snapshot(office.database)[1] == before[1] + 2
