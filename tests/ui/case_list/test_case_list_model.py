"""The case list model: passes Qt's model tester, loads rows lazily, sorts and filters in the database."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.cases.case_list import CaseFilter
from app.cases.reader import Reader
from demo.generator import generate
from tests.fixtures.gui import WindowFactory
from ui.case_list import model as model_module
from ui.case_list.model import CaseTableModel


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
