"""The window "Landesprogramm" (pytest-qt, both backends): "Als eingereicht markieren …" records the day and closes
the deadline and its reminder; the decision list gives its spare width to the project column and fits a laptop at
125 % (1093×582 logical pixels)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.administration.dashboard import deadlines
from app.cases import checking
from app.cases import intake as applications
from app.state_cycle import application_setup as setup
from app.state_cycle.committee_resolutions import ResolutionInput, record_resolution
from db.models import AuditEvent, StateApplication
from tests.fixtures.gui import WindowFactory
from tests.fixtures.social_plan import PlanWorld
from tests.support import application_input, record_case_documents
from ui.state_cycle.decision_list_tab import PROJECT_FLOOR
from ui.state_cycle.submitted_dialog import SubmittedDialog
from ui.state_cycle.window import StateCycleWindow, open_state_cycle
from ui.widgets.column_fit import share

SCALED = (1093, 582)  # 1366×768 less the task bar at 125 % scaling, in logical pixels
LONG = "Generationenübergreifendes Begegnungs- und Beratungsangebot im ländlichen Raum mit mobilen Sprechstunden"
WAIT = 20000


def opened(qtbot: QtBot, window_for: WindowFactory, user: str = "anna") -> StateCycleWindow:
    main = window_for(user)
    view = open_state_cycle(main, main.context)
    qtbot.waitUntil(lambda: view.application.programme.count() > 0 and not main.context.runner.busy, timeout=WAIT)
    return view


def land_deadlines(world: PlanWorld) -> list[str]:
    with world.office.database.read() as session:
        return [d.title for d in deadlines(session, dt.date(2025, 9, 1)) if "Antrag an das Land" in d.title]


def test_marking_the_application_submitted(plan_world: PlanWorld, window_for: WindowFactory, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    plan_world.today.set(dt.date(2025, 11, 12))
    setup.save_year(plan_world.office.anna, "LPF", 2026, setup.YearSettings(ceiling="70000"))
    assert len(land_deadlines(plan_world)) == 2  # the Land's deadline and the reminder ahead of it
    view = opened(qtbot, window_for)
    tab, runner = view.application, view.context.runner
    tab.year.setValue(2027)  # no application for 2027: nothing to mark
    qtbot.mouseClick(tab.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kein Antrag an das Land" in tab.message.text() and not runner.busy, timeout=WAIT)
    assert not tab.submit_button.isEnabled() and tab.submitted.text() == ""
    tab.year.setValue(2026)
    qtbot.mouseClick(tab.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.figures is not None and not runner.busy, timeout=WAIT)
    assert tab.submitted.text() == "Nicht eingereicht (Frist 15.11.2025)" and tab.submit_button.isEnabled()
    asked: list[int] = []
    monkeypatch.setattr(SubmittedDialog, "ask", classmethod(lambda _cls, _parent, year: asked.append(year)))
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)  # cancelled: nothing changes
    assert asked == [2026] and len(land_deadlines(plan_world)) == 2
    monkeypatch.setattr(SubmittedDialog, "ask", classmethod(lambda _cls, _parent, _year: dt.date(2025, 11, 10)))
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.submitted.text() == "Eingereicht am 10.11.2025" and not runner.busy, timeout=WAIT)
    assert "✓</span> Eingereicht am 10.11.2025." in tab.checks.text()
    assert land_deadlines(plan_world) == []  # the deadline and the reminder are done
    with plan_world.office.database.read() as session:
        assert session.scalars(select(StateApplication.submitted_on)).one() == dt.date(2025, 11, 10)
        assert session.scalars(select(AuditEvent).where(AuditEvent.action == "state-application-submitted")).all()


def test_the_dialog_offers_today_and_refuses_a_bad_date(plan_world: PlanWorld, qtbot: QtBot) -> None:
    plan_world.today.set(dt.date(2025, 11, 12))
    dialog = SubmittedDialog(2026)
    qtbot.add_widget(dialog)
    assert dialog.day.text() == "12.11.2025"
    assert dialog.result_values() == {"submitted_on": dt.date(2025, 11, 12)}
    dialog.day.setText("31.11.2025")
    dialog.buttons.accepted.emit()
    assert dialog.result() != dialog.DialogCode.Accepted and "kein gültiges Datum" in dialog.error.text()


def long_case(world: PlanWorld, municipality: str) -> str:
    """A case with a long title, in the social-plan review (as `PlanWorld.reviewed`)."""
    world.today.set(dt.date(2026, 2, 2))
    ref = applications.register_application(world.office.anna, application_input(
        world.applicant(municipality), title=LONG, municipality=municipality, field_of_action=(
            "Vereinbarkeit von Familie und Beruf, Mobilität")))
    record_case_documents(world.office, ref)
    checking.start_check(world.office.anna, ref)
    checking.confirm_eligible(world.office.anna, ref)
    return ref


def test_the_project_column_takes_the_spare_width_at_125_percent(plan_world: PlanWorld, window_for: WindowFactory,
                                                                 qtbot: QtBot) -> None:
    refs = [long_case(plan_world, place) for place in ("Bad Frankenhausen/Kyffhäuser", "Sondershausen")]
    record_resolution(plan_world.office.anna, refs[0], ResolutionInput("youth_welfare", "JHA/031/2026", "04.02.2026",
                                                                       "approved"))
    view = opened(qtbot, window_for)
    view.resize(*SCALED)
    view.application.year.setValue(2026)
    qtbot.mouseClick(view.application.load_button, Qt.MouseButton.LeftButton)
    tab = view.decisions
    view.show_tab(tab)
    qtbot.waitUntil(lambda: tab.found is not None and tab.table.rowCount() == 2 and not view.context.runner.busy,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: tab.table.isVisible() and tab.table.viewport().width() > 0, timeout=WAIT)
    table = tab.table
    area = view.tabs.currentWidget()
    assert isinstance(area, QScrollArea) and area.horizontalScrollBar().maximum() == 0  # the page is not wider
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert sum(widths) <= table.viewport().width()  # no column pushed out of sight
    project = widths[1]
    assert project >= PROJECT_FLOOR and project == max(widths), widths
    for column in (0, 6, 7):  # file number, requested, proposed: their contents fit
        assert widths[column] >= table.sizeHintForColumn(column), (column, widths)
    natural = [table.sizeHintForColumn(c) for c in range(table.columnCount())]
    view.resize(sum(natural) + 400, 700)  # a wide screen: the others fit their contents, the project takes the rest
    qtbot.waitUntil(lambda: table.columnWidth(1) > natural[1], timeout=WAIT)
    wide = [table.columnWidth(c) for c in range(table.columnCount())]
    assert all(wide[c] >= natural[c] for c in range(table.columnCount())), (wide, natural)
    assert sum(wide) == table.viewport().width()


def test_shared_columns_never_overflow_by_rounding() -> None:
    """Each column gives its share rounded up (a floor let three columns overflow by 2 px: a scroll bar)."""
    assert sum(share([100, 100, 100], [50, 50, 50], -1, 250)) <= 250
    assert share([100, 100, 100], [50, 50, 50], 0, 250) == [84, 83, 83]  # what rounding leaves goes to the stretch
    assert share([420, 300, 193], [160, 62, 86], 0, 700) == [329, 216, 155]  # the long ones give most
