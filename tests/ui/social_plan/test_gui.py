"""The alignment tab and the coverage window, driven through the real widgets (pytest-qt, both backends)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.social_plan.coverage import coverage
from db.models import AuditEvent
from tests.fixtures.gui import WindowFactory
from tests.fixtures.social_plan import FULL_SCORES, PlanWorld
from tests.ui.case_detail.test_caseworker_path import act, submit, wait_status
from ui.case_detail.social_plan_tab import NOT_SCORED, SocialPlanTab
from ui.main_window import MainWindow
from ui.social_plan.cell_cases_dialog import CellCasesDialog
from ui.social_plan.coverage_model import GAP_BACKGROUND, CellRole, CoverageModel
from ui.social_plan.coverage_view import CoverageView


def test_coverage_model_passes_the_model_tester(funded_world: PlanWorld, qtmodeltester) -> None:
    with funded_world.office.database.read() as session:
        report = coverage(session, funded_world.plan)
    model = CoverageModel()
    qtmodeltester.check(model)
    model.set_report(report)
    qtmodeltester.check(model)
    model.set_report(report, per_inhabitant=True)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 * 2 + 1  # Kindheit + G1, Jugend + G3, Senioren + G2, all goals
    assert model.columnCount() == 2 + len(report.municipalities)


def open_case(qtbot: QtBot, window: MainWindow, file_number: str) -> None:
    window.case_detail.open_case(file_number)
    qtbot.waitUntil(lambda: window.case_detail.detail is not None and window.case_detail.detail.file_number ==
                    file_number and not window.context.runner.busy, timeout=20000)


def tick_and_score(qtbot: QtBot, tab: SocialPlanTab, world: PlanWorld) -> None:
    """Tick G1.1 (instead of the application's G1.2) and G2, give the points of FULL_SCORES."""
    g12 = tab.tree.item_for("G1.2")
    assert g12 is not None and g12.checkState(0) == Qt.CheckState.Checked  # from the application
    tab.tree.item_for("G1.1").setCheckState(0, Qt.CheckState.Checked)  # ticks G1.1, unticks G1.2
    tab.tree.item_for("G2").setCheckState(0, Qt.CheckState.Checked)
    assert tab.tree.chosen() == [(world.goals["G1"], world.measures["G1.1"]), (world.goals["G2"], None)]
    assert "noch 6 Kriterien offen" in tab.scores.score.text()
    for code, (points, comment) in FULL_SCORES.items():
        assert tab.scores.points[code].value() == NOT_SCORED
        tab.scores.points[code].setValue(points)
        if comment:
            qtbot.keyClicks(tab.scores.comments[code], comment)
    assert "73,33 %" in tab.scores.score.text() and "44 von 60" in tab.scores.score.text()


def recent_events(world: PlanWorld) -> list[tuple[int, str, str, str, int | None]]:
    """The last audit events (id, action, entity, user, case), also shown if an assertion fails."""
    with world.office.database.read() as s:
        return [(e.id, e.action, e.entity, e.user_name, e.application_id) for e in s.scalars(
            select(AuditEvent).order_by(AuditEvent.id.desc()).limit(20))]


def test_caseworker_aligns_a_case_and_the_proposal_shows_the_score(plan_world: PlanWorld, window_for: WindowFactory,
                                                                   qtbot: QtBot) -> None:
    world = plan_world
    file_number = world.reviewed("Artern", "G1.2")
    anna = window_for("anna")
    open_case(qtbot, anna, file_number)
    tab = anna.case_detail.social_plan
    anna.case_detail.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.sheet is not None and tab.sheet.file_number == file_number, timeout=20000)
    assert tab.save_button.isVisible() and not tab.save_button.isEnabled()
    tick_and_score(qtbot, tab, world)
    version = tab.sheet.version
    with qtbot.waitSignal(tab.saved, timeout=20000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.sheet.version > version and not anna.context.runner.busy, timeout=20000)
    assert tab.sheet.result is not None and tab.sheet.result.percent == Decimal("73.33")
    audited = [e for e in recent_events(world) if e[1] == "align-case" and e[3] == "anna"]
    assert len(audited) >= 8, recent_events(world)  # two goal links, six scores, the case itself
    dialog = act(qtbot, anna, "propose")
    assert dialog is not None
    dialog.widgets["reasons"].setPlainText("Bedarf im Sozialraum belegt; Maßnahme aus dem Katalog.")
    submit(qtbot, anna, dialog)
    wait_status(qtbot, anna, "decision_proposed")
    proposal = anna.case_detail.detail.history[-1]
    assert proposal.action == "propose" and "Bewertung 73,33 %" in (proposal.reason or "")
    history = anna.case_detail.history.history
    assert any("Bewertung 73,33 %" in history.item(row, 5).text() for row in range(history.rowCount()))
    qtbot.waitUntil(lambda: not tab.save_button.isVisible() and not tab.tree.isEnabled(), timeout=20000)
    assert "nur im Status »Sozialplanabgleich«" in tab.info.text()


def index_of(model: CoverageModel, goal_code: str, place: str) -> object:
    row = next(i for i, r in enumerate(model.rows) if r.kind == "goal" and r.label.split()[0] == goal_code)
    column = 2 + [m.name for m in model.report.municipalities].index(place)
    return model.index(row, column)


def check_matrix(view: CoverageView) -> None:
    model = view.model
    cell = index_of(model, "G1", "Artern")
    assert model.data(cell) == "2\n18,8"  # two projects, 18.8 thousand euros: text, not colour alone
    assert "18.800,00 €" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    gap = index_of(model, "G3", "Artern")
    assert model.data(gap) == "–" and model.data(gap, Qt.ItemDataRole.BackgroundRole).color().name() == GAP_BACKGROUND
    assert "G3 Jugendräume" in view.gaps.text() and "Greußen" in view.gaps.text()
    greussen = 2 + [m.name for m in model.report.municipalities].index("Greußen")
    assert model.headerData(greussen, Qt.Orientation.Horizontal) == "⚠ Greußen"
    assert view.targets.item(0, 5).text() == "✗ nicht erreicht"


def test_supervisor_drills_down_from_a_coverage_cell_to_its_cases(funded_world: PlanWorld, window_for: WindowFactory,
                                                                  qtbot: QtBot) -> None:
    world = funded_world
    sabine = window_for("sabine")
    sabine.coverage_action.trigger()
    view = sabine.findChild(CoverageView)
    assert view is not None
    qtbot.waitUntil(lambda: view.report is not None and not sabine.context.runner.busy, timeout=20000)
    model = view.model
    check_matrix(view)
    cell = index_of(model, "G1", "Artern")
    view.table.scrollTo(cell)
    with qtbot.waitSignal(view.cell_activated, timeout=20000) as activated:
        view.table.doubleClicked.emit(cell)
    assert activated.args == [world.goals["G1"], "Artern"]
    dialog = view.findChild(CellCasesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20000)
    assert dialog.file_numbers() == [world.cases["C"], world.cases["H"]]
    assert "27.600,00 €" not in dialog.summary.text() and "18.800,00 €" in dialog.summary.text()
    dialog.table.selectRow(1)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: sabine.case_detail.detail is not None and
                    sabine.case_detail.detail.file_number == world.cases["H"], timeout=20000)

    view.set_year(2026)
    qtbot.waitUntil(lambda: view.report is not None and view.report.years == (2026,) and
                    not sabine.context.runner.busy, timeout=20000)
    assert model.data(index_of(model, "G2", "Artern")) == "–"  # case G belongs to 2027
    assert model.data(index_of(model, "G2", "Artern"), CellRole) == ("goal", world.goals["G2"],
                                                                    next(m.id for m in model.report.municipalities
                                                                         if m.name == "Artern"))
    view.close()
    QApplication.processEvents()
