"""Issue 26: the window's start queries the case list first; the start page's panels, its figures and the choices
follow once the list has its first rows (queries at the same time only slow each other down on a small machine),
the start page's figures first: the window opens on the start page."""

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
        assert runner.running == 2  # the list's query, and beside it the ORM's mappers set up (it needs none)
    with qtbot.waitSignals([window.pages.reminders.loaded, window.pages.expiring.loaded,
                            window.pages.land_money.loaded], timeout=20000):
        pass
    qtbot.waitUntil(lambda: window.choices is not None and window.start_page.board is not None
                    and not runner.busy, timeout=20000)
    assert window.case_list.current_file_number() is None and window.case_list.model.rowCount() == 1
    assert window.case_list.model.case_row(0).file_number == file_number  # type: ignore[union-attr]


def test_the_start_pages_figures_are_queued_ahead_of_the_rest_of_the_list(office: Office, runner: Runner,
                                                                          qtbot: QtBot, monkeypatch) -> None:
    """The window opens on the start page: after the list's first page its figures go first, the list's other ids
    and sums after them."""
    monkeypatch.setattr("ui.case_list.widget.PAGE", 1)  # two cases: a first page and a rest
    register(office, title="Familiencafe Nord")
    register(office, title="Elternkurs Süd")
    window = MainWindow(make_context(office.database, "anna", runner))
    qtbot.addWidget(window)
    window.show()
    queued: list[tuple[str, bool]] = []
    submit = runner.submit

    def recording(fn, on_done=None, on_error=None, *, ahead=False):  # type: ignore[no-untyped-def]
        queued.append((fn.__qualname__.split(".<locals>")[0], ahead))
        submit(fn, on_done, on_error, ahead=ahead)

    monkeypatch.setattr(runner, "submit", recording)
    window.start()
    qtbot.waitUntil(lambda: window.start_page.board is not None and window.case_list.model.rowCount() == 2
                    and not runner.busy, timeout=20000)
    names = [name for name, _ahead in queued]
    assert names[:2] == ["CaseListWidget.reload", "set_up_mappers"]  # the list's first page, the mappers beside it
    assert names[2] == "StartPage.reload" and queued[2][1]  # then the figures, ahead of what waits
    assert names.index("CaseListWidget._load_rest") > 2
    assert [name for name, ahead in queued if ahead] == ["StartPage.reload"]
