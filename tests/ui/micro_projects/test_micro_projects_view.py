"""The page "Kleinprojekte": tick proposals, "Auswahl bestätigen …", then Bescheide and orders (pytest-qt)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.enums import Status
from db.models import Application
from tests.fixtures.database import Today
from tests.fixtures.files import FileAnswers
from tests.fixtures.gui import Answers, make_context
from tests.micro_projects.cases import micro_fund, proposed_micro_projects
from tests.support import Office
from ui.micro_projects.view import MicroProjectsView
from ui.tasks import Runner

WAIT = 30000


def open_view(office: Office, qtbot: QtBot, runner: Runner, user: str) -> MicroProjectsView:
    view = MicroProjectsView(make_context(office.database, user, runner))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show()
    view.resize(1300, 600)
    return view


def tick(view: MicroProjectsView, rows: range) -> None:
    for row in rows:
        assert view.model.setData(view.model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def statuses(office: Office) -> list[Status]:
    with office.database.read() as session:
        return list(session.scalars(select(Application.status).order_by(Application.file_number)))


def test_a_supervisor_confirms_the_ticked_proposals_then_issues_letters_and_orders(
        office: Office, today: Today, qtbot: QtBot, runner: Runner, answers: Answers, files: FileAnswers,
        qtmodeltester: ModelTester) -> None:
    micro_fund(office)
    numbers = proposed_micro_projects(office, today, 5)
    view = open_view(office, qtbot, runner, "sabine")
    assert view.model.rowCount() == 5 and not view.confirm_button.isEnabled()
    qtmodeltester.check(view.model)
    tick(view, range(3))
    assert view.summary.text() == "3 von 5 ausgewählt, zusammen 3.000,00 €" and view.confirm_button.isEnabled()
    with qtbot.waitSignal(view.confirmed, timeout=WAIT):
        qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    assert "Auswahl bestätigen" in answers.asked
    assert statuses(office) == [Status.approved] * 3 + [Status.decision_proposed] * 2
    assert view.result.text().startswith("3 Entscheidungen bestätigt")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not runner.busy, timeout=WAIT)
    assert [r.file_number for r in view.model.rows] == numbers[3:]
    with qtbot.waitSignal(view.letters_written, timeout=WAIT):
        qtbot.mouseClick(view.letters_button, Qt.MouseButton.LeftButton)
    assert files.folder is not None
    assert sorted(p.name for p in files.folder.iterdir()) == [f"{n}_Bescheid.pdf" for n in numbers[:3]]
    with qtbot.waitSignal(view.orders_created, timeout=WAIT) as made:
        qtbot.mouseClick(view.orders_button, Qt.MouseButton.LeftButton)
    assert len([item for item in made.args[0] if item.order_id]) == 3
    assert view.result.text().startswith("3 Auszahlungsanordnungen angelegt, zusammen 3.000,00 €")
    view.grab().save(str(files.folder / "kleinprojekte.png"))


def test_a_proposer_in_the_selection_is_refused_and_nothing_changes(
        office: Office, today: Today, qtbot: QtBot, runner: Runner) -> None:
    micro_fund(office)
    numbers = proposed_micro_projects(office, today, 3, proposers=("anna", "tom", "bernd"))
    view = open_view(office, qtbot, runner, "tom")
    qtbot.mouseClick(view.all_button, Qt.MouseButton.LeftButton)
    assert view.model.selection() == numbers
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Vier-Augen-Prinzip" in view.result.text(), timeout=WAIT)
    assert numbers[1] in view.result.text()
    assert statuses(office) == [Status.decision_proposed] * 3


def test_a_caseworker_sees_the_list_without_the_confirmation(office: Office, today: Today, qtbot: QtBot,
                                                             runner: Runner) -> None:
    micro_fund(office)
    proposed_micro_projects(office, today, 1)
    view = open_view(office, qtbot, runner, "anna")
    assert view.model.rowCount() == 1 and view.confirm_button.isHidden()
