"""A laptop screen (1366×768 less the task bar, and the same at 125 % scaling: 1093×582 logical pixels): the case
tab groups all in sight, pages not squashed, start-page columns readable, windows within the screen, and the main
window's geometry kept across a restart (pytest-qt, offscreen, both backends)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QTabBar, QTabWidget
from pytestqt.qtbot import QtBot

from tests.fixtures.gui import WindowFactory
from tests.support import Office, register
from tests.ui.start.test_dashboard import board_loaded, proposed_case
from ui.main_window import MainWindow
from ui.social_plan.coverage_view import CoverageView
from ui.widgets.column_fit import FLOOR, STRETCH_FLOOR, share
from ui.window_geometry import initial_geometry

ROOT = Path(__file__).resolve().parents[3]
LAPTOP = (1366, 728)  # 1366×768 less a 40 px task bar
SCALED = (1093, 582)  # the same screen at 125 % scaling, in logical pixels
LONG = "Generationenübergreifendes Begegnungs- und Beratungsangebot im ländlichen Raum mit mobilen Sprechstunden"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts without a remembered window geometry."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def fits_without_scrolling(bar: QTabBar) -> bool:
    """Every tab lies inside the bar (no scroll arrows, no tab pushed out of sight)."""
    return bar.count() > 0 and all(bar.tabRect(i).right() <= bar.width() and bar.tabRect(i).width() >=
                                   bar.tabSizeHint(i).width() for i in range(bar.count()))


def open_case(qtbot: QtBot, window: MainWindow, file_number: str) -> None:
    window.case_detail.open_case(file_number)
    qtbot.waitUntil(lambda: window.case_detail.detail is not None and not window.context.runner.busy, timeout=20000)


@pytest.mark.parametrize("size", [LAPTOP, SCALED], ids=["1366", "125pct"])
def test_all_case_groups_visible_and_every_page_reachable(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                          today, size: tuple[int, int]) -> None:
    window = window_for("anna")
    window.resize(*size)
    assert window.size().toTuple() == size  # the window's minimum allows the laptop screen (also at 125 %)
    open_case(qtbot, window, register(office))
    tabs = window.case_detail.tabs
    groups = tabs.groups
    assert [groups.tabText(i) for i in range(groups.count())] == ["Antrag", "Prüfung", "Entscheidung", "Geld",
                                                                  "Nachweis", "Akte"]
    qtbot.waitUntil(lambda: groups.tabBar().width() > 0)
    assert fits_without_scrolling(groups.tabBar()), [groups.tabBar().tabRect(i) for i in range(groups.count())]
    assert tabs.count() == 14  # every former tab is still there, and the panel review ("Gremium")
    seen = []
    for index in range(tabs.count()):
        page = tabs.widget(index)
        tabs.setCurrentWidget(page)
        assert tabs.currentWidget() is page and tabs.currentIndex() == index
        qtbot.waitUntil(page.isVisible)
        inner = tabs.group_of(page)
        assert isinstance(inner, QTabWidget)
        if inner.count() > 1:
            assert fits_without_scrolling(inner.tabBar())
        seen.append(tabs.tabText(index))
    assert {"Stammdaten", "Finanzierungsplan", "Formelle Prüfung", "Sozialplan", "Entscheidung", "Auszahlungen",
            "Verwendungsnachweis", "Schreiben", "Fristen", "Notizen", "Verlauf", "Unterlagen"} <= set(seen)


@pytest.mark.parametrize("size", [LAPTOP, SCALED], ids=["1366", "125pct"])
def test_pages_scroll_rather_than_squash(office: Office, window_for: WindowFactory, qtbot: QtBot, today,
                                         size: tuple[int, int]) -> None:
    window = window_for("anna")
    window.resize(*size)
    assert window.size().toTuple() == size  # the window's minimum allows the laptop screen (also at 125 %)
    open_case(qtbot, window, register(office))
    detail = window.case_detail
    detail.tabs.setCurrentWidget(detail.master)
    qtbot.waitUntil(detail.master.isVisible)
    assert window.case_list.height() >= 150 and detail.height() >= 300
    for field in (detail.master.title, detail.master.municipality, detail.master.start):
        assert field.height() >= field.minimumSizeHint().height(), field.objectName()
    for page, least in ((detail.payments, 500), (detail.proof_of_use, 560)):
        detail.tabs.setCurrentWidget(page)
        qtbot.waitUntil(page.isVisible)
        assert page.height() >= least  # its tables get room; the page scrolls inside its group


@pytest.mark.parametrize("size", [LAPTOP, SCALED], ids=["1366", "125pct"])
def test_start_page_columns_keep_a_readable_width(office: Office, window_for: WindowFactory, qtbot: QtBot, today,
                                                  size: tuple[int, int]) -> None:
    proposed_case(office, title=LONG)
    window = window_for("sabine")
    window.resize(*size)
    board_loaded(qtbot, window)
    page = window.start_page
    assert page.pending.rowCount() == 1
    qtbot.wait(50)
    for table, stretch in ((page.pending, 1), (page.deadlines, 2), (page.activity, 2)):
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            text = table.horizontalHeaderItem(column).text()
            width = table.columnWidth(column)
            assert width >= max(FLOOR, header.fontMetrics().horizontalAdvance(text)), (table.objectName(), text, width)
        assert table.columnWidth(stretch) >= STRETCH_FLOOR, table.objectName()


def test_column_share_gives_way_from_the_long_columns() -> None:
    assert share([100, 80, 60], [60, 60, 60], 1, 400) == [100, 240, 60]  # room to spare: to the stretch column
    widths = share([400, 150, 60], [60, 140, 60], 1, 400)
    assert widths[1] >= 140 and widths[2] == 60 and sum(widths) <= 400  # the long one gives way first
    assert share([400, 300], [200, 150], 0, 100) == [200, 150]  # never below the minima: the table scrolls


def test_coverage_window_fits_the_screen(office: Office, window_for: WindowFactory, qtbot: QtBot, today) -> None:
    window = window_for("sabine")
    window.coverage_action.trigger()
    view = window.findChild(CoverageView)
    assert view is not None
    area = view.screen().availableGeometry()
    assert view.width() <= area.width() and view.height() <= area.height()
    assert view.width() < 1880  # the offscreen screen is smaller than the former fixed size


def test_first_size_follows_the_screen() -> None:
    rect, maximised = initial_geometry(QRect(0, 0, *LAPTOP))
    assert maximised and rect == QRect(0, 0, *LAPTOP)
    rect, maximised = initial_geometry(QRect(0, 0, 1920, 1040))
    assert not maximised and rect.size().toTuple() == (1600, 900) and QRect(0, 0, 1920, 1040).contains(rect)


@pytest.mark.xdist_group("processes")  # a process of its own: Qt's offscreen screen set to a laptop's
def test_window_geometry_is_remembered_if_it_fits(office: Office, tmp_path) -> None:
    url = office.database.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-m", "tests.ui.layout.restart_window", url, str(tmp_path)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    first, moved, second, too_large = json.loads(done.stdout.strip().splitlines()[-1])
    def within_screen(size: list[int]) -> bool:
        return size[0] <= LAPTOP[0] and size[1] <= LAPTOP[1] and size[0] > 1300 and size[1] > 650

    assert first["maximised"] and within_screen(first["size"])  # nothing remembered: the screen's area
    assert tuple(moved["size"]) == (1000, 640) and not moved["maximised"]
    assert second == moved  # the restarted window is where the user left it
    assert too_large["maximised"] and within_screen(too_large["size"])  # not restored beyond the screen
