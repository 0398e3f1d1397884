"""First start on an empty database: demo data when the entry point offers them, else only the empty office.

The dialog's job runs in place here (`run_in_place`): what is checked is the choice and what it calls, not the
thread pool (tests/gui covers the runner)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.administration.reference_data import has_data
from app.kernel.database import Database
from ui.dialogs.first_start import FirstStartDialog


def run_in_place(dialog: FirstStartDialog) -> None:
    def submit(fn: Callable[[], Any], on_done: Callable[[Any], None], _on_error: object) -> None:
        on_done(fn())

    dialog.runner.submit = submit  # type: ignore[method-assign]


def test_offered_demo_data_are_chosen_by_default_and_made_with_progress(database: Database, qtbot: QtBot) -> None:
    made: list[tuple[int, str | None]] = []

    def generate(db: Database, cases: int = 200, seed: int = 1, *, extra_supervisor: str | None = None,
                 progress: Callable[[int, int], bool] | None = None) -> int:
        assert db is database and progress is not None and progress(cases, cases)
        made.append((cases, extra_supervisor))
        return cases

    dialog = FirstStartDialog(database, "chef", generate=generate)
    qtbot.addWidget(dialog)
    run_in_place(dialog)
    assert dialog.demo.isChecked() and not dialog.demo.isHidden() and not dialog.cases.isHidden()
    dialog.cases.setValue(20)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert made == [(20, "chef")]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_without_demo_data_only_the_empty_office(database: Database, qtbot: QtBot) -> None:
    dialog = FirstStartDialog(database, "chef")
    qtbot.addWidget(dialog)
    run_in_place(dialog)
    assert dialog.setup.isChecked()  # "Amt einrichten" is offered first (tests/ui/admin/test_office_setup_wizard.py)
    assert dialog.demo.isHidden() and dialog.cases.isHidden()
    dialog.empty.setChecked(True)
    assert not has_data(database)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert has_data(database)  # the user is the office's administrator now
