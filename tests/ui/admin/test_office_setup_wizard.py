"""The "Amt einrichten" assistant on an empty database, driven like the administrator does: the first start offers
it, its pages show the office's master data, "Fertigstellen" stores them, and the office works (a real case is
decided by two people; its approval letter has the letterhead typed in the assistant).

The assistant's job runs in place here (`run_in_place`): what is checked is what it stores, not the thread pool."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.administration.office_setup import needs_setup
from app.administration.reference_data import has_data
from app.kernel.database import Database
from db.models import Budget, Programme
from tests.administration.office_walk import LETTERHEAD_LINES, first_case_approved
from tests.fixtures.database import Today
from ui.admin.setup_wizard import OfficeSetupWizard
from ui.dialogs.first_start import FirstStartDialog


def run_in_place(wizard: OfficeSetupWizard) -> None:
    def submit(fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Any], None]) -> None:
        from app.kernel.errors import FoerderDeskError

        try:
            result = fn()
        except FoerderDeskError as error:
            on_error(error)
            return
        on_done(result)

    wizard.runner.submit = submit  # type: ignore[method-assign]


def open_from_first_start(database: Database, qtbot: QtBot) -> tuple[FirstStartDialog, OfficeSetupWizard]:
    dialog = FirstStartDialog(database, "chef")
    qtbot.addWidget(dialog)
    assert dialog.setup.isChecked()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wizard = dialog.wizard
    assert isinstance(wizard, OfficeSetupWizard) and wizard.isVisible()
    run_in_place(wizard)
    return dialog, wizard


def fill_users(wizard: OfficeSetupWizard) -> None:
    for role, name, display in (("caseworker", "anna", "Anna Arndt"), ("supervisor", "sabine", "Sabine Sommer")):
        user, full, _password = wizard.users.rows[role]
        user.setText(name)
        full.setText(display)


def walk_to_the_end(wizard: OfficeSetupWizard) -> None:
    while wizard.currentPage() is not wizard.finish:
        wizard.next()


def test_the_assistant_sets_up_a_working_office(database: Database, today: Today, qtbot: QtBot) -> None:
    dialog, wizard = open_from_first_start(database, qtbot)
    office = wizard.office.fields
    assert office["office"].text() == "Landratsamt Kyffhäuserkreis"  # type: ignore[union-attr]
    assert office["street"].text() == "Markt 8"  # type: ignore[union-attr]
    office["phone"].setText("03632 0999-0")  # type: ignore[union-attr]
    table = wizard.programmes.table
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["LPF", "ARM"]
    table.item(1, 2).setText("255.000,00")
    keys = wizard.master_data.keys
    assert keys.rowCount() == 28
    fill_users(wizard)
    walk_to_the_end(wizard)
    wizard.resize(1366 // 2, 768 - 80)
    wizard.grab().save("/tmp/setup24_wizard.png")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.report is not None and wizard.report.users == ("chef", "anna", "sabine")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert has_data(database) and not needs_setup(database)
    with database.read() as session:
        assert str(session.scalar(select(Budget.allocation).join(Programme).where(Programme.code == "ARM"))) \
            == "255000.00"
    letter = first_case_approved(database, "anna", "sabine")
    for line in (*LETTERHEAD_LINES, "03632 0999-0"):
        assert line in letter, line


def test_a_refused_value_keeps_the_assistant_open_and_stores_nothing(database: Database, today: Today,
                                                                     qtbot: QtBot) -> None:
    dialog, wizard = open_from_first_start(database, qtbot)
    wizard.programmes.table.item(0, 2).setText("viel Geld")
    fill_users(wizard)
    walk_to_the_end(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.message.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not has_data(database) and needs_setup(database)
