"""Issue 26: the window's start queries the case list first; the start page's panels, its figures and the choices
follow once the list has its first rows (queries at the same time only slow each other down on a small machine)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.fixtures.gui import make_context
from tests.support import Office, register
from ui.main_window import MainWindow
from ui.tasks import Runner


def test_showing_the_window_loads_nothing_and_the_start_loads_the_list_first(office: Office, runner: Runner,
                                                                             qtbot: QtBot) -> None:
    file_number = register(office, title="Familiencafe Nord")
    window = MainWindow(make_context(office.database, "anna", runner))
    qtbot.addWidget(window)
    window.show()  # the start page and its panels are shown: none of them asks the database yet
    assert window.pages.currentWidget() is window.start_page and window.pages.expiring.isVisible()
    assert runner.running == 0
    with qtbot.waitSignal(window.case_list.loaded, timeout=20000):
        window.start()
        assert runner.running == 1  # the list's query alone
    with qtbot.waitSignals([window.pages.reminders.loaded, window.pages.expiring.loaded,
                            window.pages.land_money.loaded], timeout=20000):
        pass
    qtbot.waitUntil(lambda: window.choices is not None and window.start_page.board is not None
                    and not runner.busy, timeout=20000)
    assert window.case_list.current_file_number() is None and window.case_list.model.rowCount() == 1
    assert window.case_list.model.case_row(0).file_number == file_number  # type: ignore[union-attr]
