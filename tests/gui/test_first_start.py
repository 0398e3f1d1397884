"""First start on an empty database: demo data when the entry point offers them, else only the empty office."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.administration.reference_data import has_data
from app.kernel.database import Database
from ui.dialogs.first_start import FirstStartDialog


def test_offered_demo_data_are_chosen_by_default_and_made_with_progress(database: Database, qtbot: QtBot) -> None:
    made: list[tuple[int, str | None]] = []

    def generate(db: Database, cases: int = 200, seed: int = 1, *, extra_supervisor: str | None = None,
                 progress: Callable[[int, int], bool] | None = None) -> int:
        assert db is database and progress is not None
        progress(cases, cases)
        made.append((cases, extra_supervisor))
        return cases

    dialog = FirstStartDialog(database, "chef", generate=generate)
    qtbot.addWidget(dialog)
    assert dialog.demo.isChecked() and not dialog.demo.isHidden() and not dialog.cases.isHidden()
    dialog.cases.setValue(20)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted and not dialog.runner.busy,
                    timeout=20000)
    assert made == [(20, "chef")]


def test_without_demo_data_only_the_empty_office(database: Database, qtbot: QtBot) -> None:
    dialog = FirstStartDialog(database, "chef")
    qtbot.addWidget(dialog)
    assert dialog.empty.isChecked()
    assert dialog.demo.isHidden() and dialog.cases.isHidden()
    assert not has_data(database)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted and not dialog.runner.busy,
                    timeout=20000)
    assert has_data(database)  # the user is the office's administrator now
