"""The administrators' start page says what the office still lacks, and each gap's button opens the place to fix it:
the letterhead tab for the bank account, the budget tab for a missing year, the assistant while no programme
exists. Caseworkers see none of it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.administration import users
from app.administration.office_setup import NewUser, OfficeSetup, ProgrammeSetup, set_up_office
from app.administration.programmes import ProgrammeInput
from app.administration.reference_data import has_data
from app.kernel.database import Database
from app.kernel.letterhead import set_letterhead
from app.kernel.uow import UnitOfWork
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory, make_context
from tests.support import Office
from tests.ui.start.test_dashboard import board_loaded
from ui.admin.setup_wizard import OfficeSetupWizard
from ui.admin.window import AdminWindow
from ui.main_window import MainWindow
from ui.tasks import Runner


def gap_keys(window: MainWindow) -> list[str]:
    return list(window.start_page.setup_gaps.buttons)


def test_gaps_are_named_and_each_opens_its_place(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                 today: Today) -> None:
    today.set(dt.date(2027, 1, 11))  # a new year: LPF has a budget for 2026 only
    admin = window_for("admin")
    board_loaded(qtbot, admin)
    panel = admin.start_page.setup_gaps
    assert panel.isVisible()
    assert gap_keys(admin) == ["budget", "bank", "logo", "municipality_keys"]
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert "Kein Haushaltsansatz 2027 für das Programm LPF: Bewilligungen sind erst mit einem Ansatz möglich." \
        in texts
    admin.resize(1366, 768)
    admin.grab().save("/tmp/setup24_start_gaps.png")
    panel.buttons["bank"].click()
    qtbot.waitUntil(lambda: admin.findChild(AdminWindow) is not None, timeout=20000)
    administration = admin.findChild(AdminWindow)
    assert administration.tabs.currentWidget() is administration.letterhead
    administration.close()
    set_letterhead(office.admin, {"iban": "DE89 3704 0044 0532 0130 00", "bic": ""})
    users.set_active(office.admin, "sabine", False)
    users.set_active(office.admin, "tom", False)
    admin.start_page.reload()
    qtbot.waitUntil(lambda: "supervisor" in gap_keys(admin) and not admin.context.runner.busy, timeout=20000)
    assert gap_keys(admin) == ["budget", "supervisor", "logo", "municipality_keys"]
    admin.start_page.setup_gaps.buttons["budget"].click()
    qtbot.waitUntil(lambda: admin.findChildren(AdminWindow) != [] and any(
        w.tabs.currentWidget() is w.budgets for w in admin.findChildren(AdminWindow)), timeout=20000)
    anna = window_for("anna")
    board_loaded(qtbot, anna)
    assert not anna.start_page.setup_gaps.isVisible() and gap_keys(anna) == []


def test_an_office_without_programme_is_offered_the_assistant(database: Database, today: Today, qtbot: QtBot,
                                                              runner: Runner) -> None:
    # "Leer beginnen": only the administrator exists
    users.add_user(UnitOfWork(database, "chef"), "chef", "admin")
    assert has_data(database)
    window = MainWindow(make_context(database, "chef", runner))
    qtbot.addWidget(window)
    window.show()
    window.start()
    board_loaded(qtbot, window)
    assert gap_keys(window) == ["programme", "caseworker", "supervisor"]
    window.start_page.setup_gaps.buttons["programme"].click()
    wizard = window.findChild(OfficeSetupWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.close()
    set_up_office(database, "chef", OfficeSetup(2026, {}, (ProgrammeSetup(
        ProgrammeInput(code="LPF", name="Landesprogramm Familie"), "1000"),), (NewUser("chef", "admin"),)))
    window.start_page.reload()
    qtbot.waitUntil(lambda: "programme" not in gap_keys(window) and not runner.busy, timeout=20000)
