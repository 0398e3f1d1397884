"""Every refused workflow action says why where it was started, and changes nothing (issue 23).

For every state (a case walked there through the real services, with what makes the rarer actions due) every
action button and menu entry the case shows a supervisor is pressed while a precondition fails: meanwhile the
case was withdrawn by someone else. The reason must appear in a visible message box over the case, or inside
the visible action dialog, naming the state that forbids the action, and the database must be unchanged. The
actions without a dialog of their own ("Formelle Prüfung beginnen/abschließen", "Unterlagen eingegangen") also
meet their own failing guard or a concurrent edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.case_actions.perform import DIRECT_ACTIONS
from app.cases import documents
from app.cases.workflow import STATUS_LABELS
from app.kernel.case_records import load_case
from app.kernel.periods import format_date
from db.enums import Status
from db.models import Application
from tests.fixtures.database import Today
from tests.fixtures.gui import make_context
from tests.letters import cases
from tests.support import Office
from tests.support_fingerprint import fingerprint
from tests.ui.case_detail.refusal_scenes import SCENES
from ui.case_detail.widget import CaseDetailWidget
from ui.dialogs.action_dialog import ActionDialog
from ui.tasks import Runner
from ui.widgets.fields import DateField, MoneyField

TEXT = "Begründung mit ausreichend Text für die Prüfung im Test."


def test_the_scenes_cover_every_state_and_every_action() -> None:
    assert {state for state, _build, _offered in SCENES.values()} == set(Status)
    assert set().union(*(offered for _s, _b, offered in SCENES.values())) == DIRECT_ACTIONS


def force_status(office: Office, file_number: str, status: Status) -> None:
    """Someone else moved the case meanwhile (test set-up: written past the services, version untouched)."""
    with office.database.read() as session:
        case_id = load_case(session, file_number).id
    with office.database.engine.begin() as conn:
        conn.execute(update(Application).where(Application.id == case_id).values(status=status))


def show(qtbot: QtBot, widget: CaseDetailWidget, file_number: str, status: Status) -> None:
    widget._load(file_number)
    qtbot.waitUntil(lambda: widget.detail is not None and widget.detail.status == status
                    and not widget.context.runner.busy, timeout=20000)


def offered(widget: CaseDetailWidget) -> dict[str, Callable[[], None]]:
    """Every action the case shows: the buttons and the entries of "Weitere Aktionen", each as its click."""
    found: dict[str, Callable[[], None]] = {}
    for button in widget.findChildren(QPushButton):
        if button.objectName().startswith("act-") and button.isVisible():
            found[button.objectName()[4:]] = lambda b=button: qtbot_click(b)
    for action in widget.findChildren(QAction):
        if action.objectName().startswith("act-"):
            found[action.objectName()[4:]] = action.trigger
    return found


def qtbot_click(button: QPushButton) -> None:
    QtBot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_and_submit(dialog: ActionDialog) -> None:
    """What a user types into a dialog: valid values for every empty field, then its OK button."""
    for widget in dialog.widgets.values():
        if isinstance(widget, MoneyField) and not widget.text():
            widget.setText("100,00")
        elif isinstance(widget, DateField) and not widget.text():
            widget.setText(format_date(dt.date.today()))
        elif isinstance(widget, QPlainTextEdit) and not widget.toPlainText():
            widget.setPlainText(TEXT)
        elif isinstance(widget, QLineEdit) and not widget.text():
            widget.setText(TEXT)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def visible_refusal(widget: CaseDetailWidget) -> str | None:
    """The reason shown: a visible message box over the case, or the message inside a visible action dialog."""
    for box in widget.findChildren(QMessageBox, "expectedErrorBox"):
        if box.isVisible():
            return box.text()
    for dialog in widget.findChildren(ActionDialog):
        if dialog.isVisible() and dialog.error.isVisible():
            return dialog.error.text()
    return None


def dismiss(widget: CaseDetailWidget) -> None:
    for window in widget.findChildren(QWidget):
        if isinstance(window, QMessageBox | ActionDialog) and window.isVisible():
            window.close()
            window.deleteLater()


def refusal_after(qtbot: QtBot, widget: CaseDetailWidget, press: Callable[[], None]) -> str:
    press()
    dialog = next((d for d in widget.findChildren(ActionDialog) if d.isVisible()), None)
    if dialog is not None and visible_refusal(widget) is None:
        fill_and_submit(dialog)
    qtbot.waitUntil(lambda: visible_refusal(widget) is not None and not widget.context.runner.busy, timeout=20000)
    text = visible_refusal(widget)
    assert text is not None
    return text


@pytest.fixture
def detail_widget(qtbot: QtBot, runner: Runner) -> Callable[[Office, str], CaseDetailWidget]:
    def make(office: Office, user: str) -> CaseDetailWidget:
        widget = CaseDetailWidget(make_context(office.database, user, runner))
        qtbot.addWidget(widget)
        widget.resize(1400, 800)
        widget.show()
        return widget
    return make


@pytest.mark.parametrize("scene", list(SCENES))
def test_every_action_refused_says_why_and_changes_nothing(scene: str, office: Office, today: Today,
                                                          qtbot: QtBot, detail_widget) -> None:
    state, build, expected = SCENES[scene]
    file_number = build(office, today)
    widget = detail_widget(office, "sabine")
    show(qtbot, widget, file_number, state)
    qtbot.waitUntil(lambda: set(offered(widget)) == set(widget.detail.actions), timeout=5000)  # each has its button
    actions = offered(widget)
    assert set(actions) == expected
    for action, press in actions.items():
        if action == "register":  # an idea becomes an application through the intake wizard (issue 23), which
            # the main window opens; its refusals are the wizard's (tests/ui/consultations)
            with qtbot.waitSignal(widget.idea_conversion_requested, timeout=5000) as asked:
                press()
            assert asked.args == [file_number]
            continue
        force_status(office, file_number, Status.withdrawn)
        before = fingerprint(office.database)
        text = refusal_after(qtbot, widget, press)
        assert "nicht möglich" in text and STATUS_LABELS[Status.withdrawn] in text, (action, text)
        assert fingerprint(office.database) == before, action
        dismiss(widget)
        force_status(office, file_number, state)


def test_confirm_eligible_with_a_failing_rule_says_which(office: Office, today: Today, qtbot: QtBot,
                                                          detail_widget) -> None:
    """The issue's case: the signed application is missing; "Formelle Prüfung abschließen" must say so."""
    from app.cases import checking
    from app.cases import intake as applications
    from tests.support import application_input

    file_number = applications.register_application(office.anna, application_input(office.applicant_id))
    checking.start_check(office.anna, file_number)
    widget = detail_widget(office, "anna")
    show(qtbot, widget, file_number, Status.eligibility_check)
    qtbot.waitUntil(lambda: "confirm-eligible" in offered(widget), timeout=5000)
    failing = [r.message for r in widget.detail.rules if not r.passed]
    assert failing
    before = fingerprint(office.database)
    text = refusal_after(qtbot, widget, offered(widget)["confirm-eligible"])
    assert "nicht bestanden" in text and all(message in text for message in failing), text
    assert fingerprint(office.database) == before


@pytest.mark.parametrize("action", ["start-check", "documents-received"])
def test_direct_actions_edited_meanwhile_say_so(action: str, office: Office, today: Today, qtbot: QtBot,
                                                detail_widget) -> None:
    """Someone else saved the case after it was opened: the action without a dialog says so and does nothing."""
    from app.cases.intake import update_application
    from tests.support import application_input

    file_number = (cases.registered(office, today) if action == "start-check"
                   else cases.documents_requested(office, today))
    widget = detail_widget(office, "anna")
    show(qtbot, widget, file_number, Status.received if action == "start-check" else Status.documents_requested)
    qtbot.waitUntil(lambda: action in offered(widget), timeout=5000)
    documents.record_document(office.bernd, "financing_plan", file_number=file_number)
    with office.database.read() as session:
        version = load_case(session, file_number).version
    update_application(office.bernd, file_number, version,
                       application_input(office.applicant_id, title="Familiencafé am Markt (geändert)"))
    before = fingerprint(office.database)
    text = refusal_after(qtbot, widget, offered(widget)[action])
    assert "geändert" in text, text
    assert fingerprint(office.database) == before
