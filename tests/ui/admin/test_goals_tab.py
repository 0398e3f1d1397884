"""Verwaltung → Ziele des Sozialplans: the administrator gives a goal its Handlungsfeld and life phase, adds a goal;
a value the service does not know is refused in German and nothing changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.administration.reads import GoalRow, administration
from tests.fixtures.gui import WindowFactory
from tests.fixtures.social_plan import PlanWorld
from tests.ui.admin.test_admin_tabs import save_and_wait
from tests.ui.admin.test_administration import events, open_admin
from ui.admin.goals_tab import GoalsTab

EDUCATION = "Bildung im familiären Umfeld"


def _goal(world: PlanWorld, code: str) -> GoalRow:
    return next(g for g in administration(world.office.admin).goal_rows if g.code == code)


def _select(tab: GoalsTab, code: str) -> None:
    row = next(i for i, g in enumerate(tab.data.goal_rows) if g.code == code)  # type: ignore[union-attr]
    tab.table.setCurrentCell(row, 0)


def test_a_goal_gets_its_field_of_action_and_life_phase(plan_world: PlanWorld, window_for: WindowFactory,
                                                        qtbot: QtBot) -> None:
    admin = open_admin(qtbot, window_for("admin"))
    tab = admin.goals
    _select(tab, "G2")
    assert (tab.code.text(), tab.title.text()) == ("G2", "Seniorentreffs")
    assert tab.field_of_action.currentText() == "– kein Handlungsfeld –" and tab.life_phase.currentText() == "Senioren"
    tab.field_of_action.setCurrentIndex(tab.field_of_action.findData("Dialog der Generationen"))
    tab.life_phase.setCurrentIndex(tab.life_phase.findData("adulthood"))
    save_and_wait(qtbot, admin, tab, tab.save_button)
    assert tab.message.text() == "Ziel G2 gespeichert."
    stored = _goal(plan_world, "G2")
    assert (stored.field_of_action, stored.life_phase) == ("Dialog der Generationen", "adulthood")
    assert {e.field for e in events(plan_world.office, "update-goal")} == {"field_of_action_id", "life_phase_id"}
    _select(tab, "G2")
    assert tab.field_of_action.currentText() == "HF 6: Dialog der Generationen"
    assert tab.life_phase.currentText() == "Erwachsenenalter"
    row = tab.table.currentRow()
    assert [tab.table.item(row, c).text() for c in (3, 4)] == ["Dialog der Generationen", "Erwachsenenalter"]

    tab.code.setText("G4")
    tab.title.setText("Beratung für Familien in Armut")
    tab.field_of_action.setCurrentIndex(tab.field_of_action.findData("Beratung, Unterstützung und Information"))
    tab.life_phase.setCurrentIndex(0)  # a cross-cutting goal
    save_and_wait(qtbot, admin, tab, tab.add_button)
    assert tab.message.text() == "Ziel G4 angelegt."
    added = _goal(plan_world, "G4")
    assert (added.field_of_action, added.life_phase) == ("Beratung, Unterstützung und Information", None)


def test_an_unknown_field_of_action_is_refused_and_nothing_changes(plan_world: PlanWorld, window_for: WindowFactory,
                                                                   qtbot: QtBot) -> None:
    admin = open_admin(qtbot, window_for("admin"))
    tab = admin.goals
    _select(tab, "G3")
    before = _goal(plan_world, "G3")
    tab.field_of_action.addItem("Weltraum", "Weltraum")  # e.g. a Handlungsfeld switched off meanwhile
    tab.field_of_action.setCurrentIndex(tab.field_of_action.findData("Weltraum"))
    tab.title.setText("Jugendräume im All")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Unbekanntes Handlungsfeld »Weltraum«" in tab.message.text(), timeout=20000)
    assert _goal(plan_world, "G3") == before
