"""The case list model: passes Qt's model tester, loads rows lazily, sorts and filters in the database."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.cases.case_list import CaseFilter
from app.cases.reader import Reader
from demo.generator import generate
from tests.fixtures.gui import WindowFactory, make_context
from ui.case_list import model as model_module
from ui.case_list.model import CaseTableModel
from ui.main_window import MainWindow
from ui.tasks import Runner


def test_model_passes_the_model_tester_and_loads_pages_lazily(database, qtmodeltester: ModelTester, today,
                                                              monkeypatch) -> None:
    monkeypatch.setattr(model_module, "PAGE", 10)
    generate(database, cases=25, seed=2)
    reader = Reader(database, "mueller")
    model = CaseTableModel(reader.rows, lambda: today.day)
    ids = reader.case_ids(CaseFilter())
    model.set_ids(ids)
    assert model.rowCount() == 25 and model.pages_loaded == 0
    first = model.data(model.index(0, 0))
    assert first and model.pages_loaded == 1
    model.data(model.index(5, 1))
    assert model.pages_loaded == 1
    model.data(model.index(15, 1))
    assert model.pages_loaded == 2
    qtmodeltester.check(model, force_py=True)


def test_list_filters_sorts_and_totals_in_the_database(office, window_for: WindowFactory, qtbot: QtBot) -> None:
    from tests.support import register

    for title in ("Familiencafe Nord", "Spielkreis Sued", "Familiencafe Ost"):
        register(office, title=title)
    window = window_for("anna")
    lst = window.case_list
    idle = lambda: not window.context.runner.busy  # noqa: E731
    qtbot.waitUntil(idle, timeout=15000)
    assert lst.model.rowCount() == 3 and "3 Vorgänge" in lst.totals.text() and "30.000,00 €" in lst.totals.text()
    with qtbot.waitSignal(lst.loaded, timeout=15000):
        qtbot.keyClicks(lst.filters.search, "cafe")
    qtbot.waitUntil(idle, timeout=15000)
    assert lst.model.rowCount() == 2 and "2 Vorgänge" in lst.totals.text()
    with qtbot.waitSignal(lst.loaded, timeout=15000):
        lst.view.sortByColumn(1, lst.view.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    titles = [lst.model.data(lst.model.index(r, 1)) for r in range(lst.model.rowCount())]
    assert titles == ["Familiencafe Nord", "Familiencafe Ost"]
    with qtbot.waitSignal(lst.loaded, timeout=15000):
        lst.filters.status.setCurrentIndex(lst.filters.status.findData("closed"))
    qtbot.waitUntil(idle, timeout=15000)
    assert lst.model.rowCount() == 0 and "0 Vorgänge" in lst.totals.text()


def test_a_search_shows_its_first_page_then_the_rest(database, runner: Runner, qtbot: QtBot, monkeypatch) -> None:
    """Issue 26: a broad search shows a first page at once; the other hits (and the sums) follow once typing
    paused, appended in the same order, with the selection kept."""
    from ui.case_list import widget as widget_module

    monkeypatch.setattr(widget_module, "PAGE", 5)
    generate(database, cases=30, seed=2)
    window = MainWindow(make_context(database, "mueller", runner))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.case_list.loaded, timeout=20000):
        window.start()
    qtbot.waitUntil(lambda: window.choices is not None and not runner.busy, timeout=20000)
    case_list = window.case_list
    shown = replace(case_list.filters.current(), text="e")
    expected = Reader(database, "mueller").case_ids(shown, "fiscal_year", True)
    assert len(expected) > 10
    with qtbot.waitSignal(case_list.loaded, timeout=20000) as first:
        case_list.filters.search.setText("e")
    assert first.args == [5] and case_list.model.rowCount() == 5
    case_list.select_id(expected[2])
    qtbot.waitUntil(lambda: case_list.model.rowCount() == len(expected), timeout=20000)
    assert [case_list.model.id_at(row) for row in range(len(expected))] == expected
    assert case_list.model.id_at(case_list.view.currentIndex().row()) == expected[2]
    qtbot.waitUntil(lambda: case_list.totals.text().startswith(f"{len(expected)} Vorgänge"), timeout=20000)


def test_the_start_shows_a_first_page_then_every_case(database, runner: Runner, qtbot: QtBot, monkeypatch) -> None:
    """Issue 26: the window's first load asks for a page of the list before all ids (at 100,000 cases the whole
    id list takes longer than the page); the rest follows at once, in the same order, with the sums."""
    from ui.case_list import widget as widget_module

    monkeypatch.setattr(widget_module, "PAGE", 5)
    generate(database, cases=30, seed=2)
    expected = Reader(database, "mueller").case_ids(CaseFilter(), "fiscal_year", True)
    assert len(expected) > 10
    window = MainWindow(make_context(database, "mueller", runner))
    qtbot.addWidget(window)
    window.show()
    case_list = window.case_list
    with qtbot.waitSignal(case_list.loaded, timeout=20000) as first:
        window.start()
    assert first.args == [5] and [case_list.model.id_at(row) for row in range(5)] == expected[:5]
    qtbot.waitUntil(lambda: case_list.model.rowCount() == len(expected), timeout=20000)
    assert [case_list.model.id_at(row) for row in range(len(expected))] == expected
    qtbot.waitUntil(lambda: case_list.totals.text().startswith(f"{len(expected)} Vorgänge"), timeout=20000)
    with qtbot.waitSignal(case_list.loaded, timeout=20000) as again:  # later loads: the whole list at once
        case_list.view.sortByColumn(1, case_list.view.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    assert again.args == [len(expected)]
