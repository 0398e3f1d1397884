"""Typing into the case list's search: file numbers without leading zeros, ß/ss and hyphens alike (issue 23)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from app.applicants import service as applicants
from app.cases import intake
from db.models import FileNumberCounter, Programme
from tests.fixtures.applicants_gui import applicants_window
from tests.fixtures.gui import WindowFactory
from tests.support import YEAR, Office, application_input
from ui.main_window import MainWindow

WAIT = 20000


def _cases(office: Office) -> tuple[str, str]:
    """LPF-2026-0042 of "SV Blau-Weiß Sondershausen e.V." and LPF-2026-0043 of the office's applicant."""
    with office.database.engine.begin() as conn:
        programme_id = conn.execute(select(Programme.id).where(Programme.code == "LPF")).scalar_one()
        conn.execute(insert(FileNumberCounter).values(programme_id=programme_id, fiscal_year=YEAR, last_number=41))
    blau = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="SV Blau-Weiß Sondershausen e.V.", applicant_type="association", postcode="99706", city="Sondershausen"))
    first = intake.register_application(office.anna, application_input(blau, title="Ferienfreizeit"))
    second = intake.register_application(office.anna, application_input(office.applicant_id, title="Sommerfest"))
    return first, second


def _shows(qtbot: QtBot, window: MainWindow, text: str, expected: list[str]) -> None:
    """Type `text` into the emptied search field; once the list's query for it has run, it shows `expected`."""
    filters, model = window.case_list.filters, window.case_list.model
    filters.search.clear()
    qtbot.keyClicks(filters.search, text)
    # the query for the whole text is issued when the search timer has fired, and has run when the runner is idle
    qtbot.waitUntil(lambda: not filters._timer.isActive() and not window.context.runner.busy, timeout=WAIT)
    assert filters.current().text == text
    assert sorted(model.case_row(row).file_number for row in range(model.rowCount())) == sorted(expected)


def test_typed_searches_find_the_case_tolerantly(office: Office, window_for: WindowFactory, qtbot: QtBot) -> None:
    first, second = _cases(office)
    assert (first, second) == ("LPF-2026-0042", "LPF-2026-0043")
    window = window_for("anna")
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 2, timeout=WAIT)
    _shows(qtbot, window, "LPF-2026-42", [first])
    _shows(qtbot, window, "Blau Weiss", [first])
    _shows(qtbot, window, "blau-weiß", [first])
    _shows(qtbot, window, "lpf 2026 0043", [second])
    _shows(qtbot, window, "Sommer Fest", [])
    _shows(qtbot, window, "2026-4", [first, second])


def test_the_applicant_search_is_tolerant_too(office: Office, window_for: WindowFactory, qtbot: QtBot) -> None:
    _cases(office)
    view = applicants_window(qtbot, window_for("anna"))
    qtbot.keyClicks(view.search.field, "blau weiss")
    qtbot.waitUntil(lambda: [r.name for r in view.search.model.rows] == ["SV Blau-Weiß Sondershausen e.V."],
                    timeout=WAIT)
