"""A payment export interrupted between its commit and the rename is completed when the program starts
(issue 22): the next person who may export gets the file written under its name and is told where; a person who
may not export starts without an error and leaves it owed (both databases)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.payments import export_files
from app.payments.cash_export import export_orders
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.payments.cases import approved, batches, ordered
from tests.payments.test_export_crash import Crash, pending_rows, visible_files
from tests.support import Office


def test_the_file_of_an_interrupted_export_is_written_at_start(office: Office, today: Today, tmp_path: Path,
                                                               window_for: WindowFactory, qtbot: QtBot) -> None:
    file_number = approved(office, today)
    ordered(office, file_number, "1234.56")
    folder = tmp_path / "kasse"
    folder.mkdir()
    target = folder / "lauf.xml"

    def crash(step: str) -> None:
        if step == "committed":
            raise Crash(step)

    export_files.fault = crash
    try:
        with pytest.raises(Crash):
            export_orders(office.bernd, "sepa", target)
    finally:
        export_files.fault = None
    [batch] = batches(office)
    assert pending_rows(office) == 1 and visible_files(folder) == []

    reader = window_for("leser")  # may not export: starts normally, the file stays owed
    qtbot.waitUntil(lambda: not reader.context.runner.busy, timeout=20000)
    assert pending_rows(office) == 1 and visible_files(folder) == [] and reader.statusBar().currentMessage() == ""
    reader.close()

    window = window_for("bernd")
    sentence = (f"Die Datei des Zahlungslaufs Nr. {batch.id} fehlte nach einer Unterbrechung und wurde jetzt unter "
                f"{target} abgelegt.")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == sentence, timeout=20000)
    assert visible_files(folder) == ["lauf.xml"]
    assert hashlib.sha256(target.read_bytes()).hexdigest() == batch.sha256
    assert pending_rows(office) == 0 and not list(folder.glob(".~foerderdesk-*"))
