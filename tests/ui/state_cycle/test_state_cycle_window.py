"""The window "Landesprogramm" driven through the real widgets (pytest-qt, both backends): from planning the year to
the PDF for signature, the decision list with a resolution, the plan periods."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.cases import alignment
from db.models import AuditEvent, CommitteeResolution, SocialPlan
from tests.fixtures.gui import WindowFactory
from tests.fixtures.social_plan import FULL_SCORES, PlanWorld
from ui.state_cycle.window import StateCycleWindow, open_state_cycle
from ui.widgets.file_choice import Files


def opened(qtbot: QtBot, window_for: WindowFactory, user: str) -> StateCycleWindow:
    main = window_for(user)
    assert main.state_cycle_action.isEnabled() == (user != "leser")
    main.state_cycle_action.trigger()
    view = main.findChild(StateCycleWindow)
    assert view is not None
    qtbot.waitUntil(lambda: view.application.programme.count() > 0 and not main.context.runner.busy, timeout=20000)
    return view


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_planning_the_year_to_the_pdf(plan_world: PlanWorld, window_for: WindowFactory, qtbot: QtBot,
                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    world = plan_world
    first = world.reviewed("Sondershausen", "G1.1")
    alignment.align_case(world.office.anna, first, [(world.goals["G1"], world.measures["G1.1"])], FULL_SCORES)
    world.propose(first, "7333.33")
    second = world.reviewed("Greußen")
    view = opened(qtbot, window_for, "anna")
    runner = view.context.runner
    tab = view.application
    tab.year.setValue(2026)
    click(qtbot, tab.load_button)
    qtbot.waitUntil(lambda: not runner.busy and "kein Antrag an das Land" in tab.message.text(), timeout=20000)
    tab.ceiling.setText("20.000,00")
    tab.rate.setText("30")
    tab.base.setCurrentIndex(tab.base.findData("grant"))
    click(qtbot, tab.save_settings)
    qtbot.waitUntil(lambda: tab.figures is not None and tab.table.rowCount() == 2 and not runner.busy, timeout=20000)
    assert {tab.table.item(r, 1).text() for r in range(2)} == {first, second}
    tab.kind.setCurrentIndex(tab.kind.findData("micro_fund"))
    tab.title.setText("Mikroprojektefonds 2026")
    tab.costs.setText("5.000,01")
    tab.funding.setText("5.000,01")
    click(qtbot, tab.add_line_button)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3 and not runner.busy, timeout=20000)
    # 7,333.33 + 10,000.00 + 5,000.01 = 22,333.34; county 30 % of the Land's share, per line E × 0.3 ÷ 1.3 rounded
    # up: 1,692.31 + 2,307.70 + 1,153.85 = 5,153.86
    assert "Zuwendung 22.333,34 €" in tab.totals.text() and "Kofinanzierung Landkreis 5.153,86 €" in tab.totals.text()
    assert "Landesanteil (beantragt) 17.179,48 €" in tab.totals.text()
    assert "✓" in tab.checks.text() and "erfüllt die Regel: 30 % der Zuwendung des Landes" in tab.checks.text()
    tab.costs.setText("100")
    tab.funding.setText("200")
    click(qtbot, tab.add_line_button)
    qtbot.waitUntil(lambda: "darf die zuwendungsfähigen Ausgaben nicht übersteigen" in tab.message.text(),
                    timeout=20000)
    assert tab.table.rowCount() == 3
    monkeypatch.setattr(Files, "save_as", classmethod(lambda _cls, _p, _t, name, _f: tmp_path / name))
    click(qtbot, tab.pdf_button)
    target = tmp_path / "antrag-land-LPF-2026.pdf"
    qtbot.waitUntil(lambda: target.exists() and not runner.busy, timeout=20000)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Beantragte Zuwendung des Landes" in text and "17.179,48 €" in text and "Mikroprojektefonds 2026" in text
    assert "Gespeichert:" in tab.message.text()


def test_decision_list_records_a_resolution(plan_world: PlanWorld, window_for: WindowFactory, qtbot: QtBot) -> None:
    world = plan_world
    ref = world.reviewed("Artern")
    view = opened(qtbot, window_for, "anna")
    runner = view.context.runner
    view.application.year.setValue(2026)
    click(qtbot, view.application.load_button)
    tab = view.decisions
    view.show_tab(tab)
    qtbot.waitUntil(lambda: tab.found is not None and tab.found.year == 2026 and not runner.busy, timeout=20000)
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == ref
    tab.table.setCurrentCell(0, 0)
    tab.committee.setCurrentIndex(tab.committee.findData("youth_welfare"))
    tab.number.setText("JHA/012/2026")
    tab.day.setText("10.03.2026")
    tab.outcome.setCurrentIndex(tab.outcome.findData("changed"))
    tab.amount.setText("8.000,00")
    click(qtbot, tab.record_button)
    qtbot.waitUntil(lambda: "erfasst" in tab.message.text() and not runner.busy, timeout=20000)
    qtbot.waitUntil(lambda: "Jugendhilfeausschuss Nr. JHA/012/2026" in tab.table.item(0, 8).text(), timeout=20000)
    assert tab.table.item(0, 7).text() == "8.000,00 €"
    with world.office.database.read() as s:
        row = s.scalars(select(CommitteeResolution)).one()
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "record-resolution")).all()
    assert row.amount is not None and str(row.amount) == "8000.00"
    assert events and {e.application_id for e in events} == {row.application_id}


def test_plan_period_with_the_kreistag_resolution(plan_world: PlanWorld, window_for: WindowFactory,
                                                  qtbot: QtBot) -> None:
    main = window_for("admin")
    view = open_state_cycle(main, main.context)
    tab = view.periods
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1 and not main.context.runner.busy, timeout=20000)
    tab.table.setCurrentCell(0, 0)
    tab.number.setText("KT/0099/2025")
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: "zusammen angeben" in tab.message.text(), timeout=20000)
    tab.day.setText("17.12.2025")
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: "Nr. KT/0099/2025 vom 17.12.2025" in (tab.table.item(0, 2).text()
                                                                  if tab.table.rowCount() else ""), timeout=20000)
    with plan_world.office.database.read() as s:
        plan = s.get_one(SocialPlan, plan_world.plan)
        assert (plan.resolution_number, str(plan.resolution_date)) == ("KT/0099/2025", "2025-12-17")


def test_window_fits_a_laptop_screen(office: object, window_for: WindowFactory, qtbot: QtBot) -> None:
    main = window_for("anna")
    view = open_state_cycle(main, main.context)
    area = view.screen().availableGeometry()
    assert view.width() <= area.width() and view.height() <= area.height()
    for tab in (view.application, view.decisions, view.periods):
        view.show_tab(tab)
        hint = view.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 728, (tab.objectName(), hint)
    view.resize(1366, 728)
    view.show_tab(view.application)
    qtbot.waitUntil(lambda: view.application.table.height() > 150, timeout=5000)
