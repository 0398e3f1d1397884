"""Four eyes at the single workstation: a caseworker's proposal is confirmed by a supervisor who signs in at the
same desk with their FörderDesk password (SQLite); on the shared server the window offers no such sign-in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.cases import checking, decisions
from db.models import AuditEvent
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.support import PASSWORD, YEAR, Office, record_case_documents, register
from tests.support_fingerprint import fingerprint
from tests.ui.second_person import WAIT, sign_in_with, visible_sign_in
from ui.dialogs.action_dialog import ActionDialog
from ui.main_window import MainWindow


def proposed(office: Office, today: Today, proposer: str = "anna") -> str:
    today.set(dt.date(YEAR, 2, 2))
    reference = register(office)
    record_case_documents(office, reference)
    checking.start_check(office.anna, reference)
    checking.confirm_eligible(office.anna, reference)
    decisions.propose(office.uow(proposer), reference, "approve", amount="10000.00", reasons="Bedarf belegt.")
    today.set(dt.date(YEAR, 3, 2))
    return reference


def show(qtbot: QtBot, window: MainWindow, reference: str) -> None:
    detail = window.case_detail
    detail.open_case(reference)
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.file_number == reference
                    and not window.context.runner.busy, timeout=WAIT)


def buttons(window: MainWindow, name: str) -> list[QPushButton]:
    return [b for b in window.case_detail.findChildren(QPushButton, name) if b.isVisible()]


def _status(office: Office, reference: str) -> str:
    from app.kernel.case_records import load_case

    with office.database.read() as session:
        return str(load_case(session, reference).status.value)


def test_a_supervisor_confirms_at_the_caseworkers_desk_with_their_password(office: Office, today: Today,
                                                                          window_for: WindowFactory,
                                                                          qtbot: QtBot) -> None:
    reference = proposed(office, today)
    window = window_for("anna")
    show(qtbot, window, reference)
    assert buttons(window, "act-confirm-decision") == []  # a caseworker never confirms
    if office.database.backend != "sqlite":  # the second person signs in at their own desk with their own login
        assert buttons(window, "secondPerson-confirm-decision") == []
        return
    [button] = buttons(window, "secondPerson-confirm-decision")
    assert button.text() == "Entscheidung bestätigen – als zweite Person anmelden …"
    before = fingerprint(office.database)
    button.click()
    dialog = visible_sign_in(window.case_detail)
    sign_in_with(qtbot, dialog, "sabine", "geraten-und-falsch")
    assert dialog.isVisible() and "Anmeldung als »sabine« abgelehnt: Das Passwort ist falsch" in dialog.error.text()
    assert dialog.password.text() == "" and fingerprint(office.database) == before
    sign_in_with(qtbot, dialog, "anna", PASSWORD)  # the proposer herself is no second person
    assert dialog.isVisible() and "eine andere sein als »anna«" in dialog.error.text()
    assert _status(office, reference) == "decision_proposed"

    sign_in_with(qtbot, dialog, "sabine", PASSWORD)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.case_detail.findChildren(ActionDialog)), timeout=WAIT)
    action = next(d for d in window.case_detail.findChildren(ActionDialog) if d.isVisible())
    assert action.windowTitle() == f"Entscheidung bestätigen – {reference} – handelnd: Sabine Sommer"
    with qtbot.waitSignal(action.succeeded, timeout=WAIT):
        action.buttons.button(action.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.case_detail.detail is not None and window.case_detail.detail.status == "approved"
                    and not window.context.runner.busy, timeout=WAIT)
    with office.database.read() as session:
        confirmed = session.scalars(select(AuditEvent).where(AuditEvent.action == "confirm-decision")).first()
    assert confirmed is not None and confirmed.user_name == "sabine"
    assert window.context.actor.username == "anna"  # the window stays anna's
    qtbot.waitUntil(lambda: buttons(window, "secondPerson-confirm-decision") == [], timeout=WAIT)


def test_the_supervisor_who_proposed_is_offered_a_second_person_too(office: Office, today: Today,
                                                                    window_for: WindowFactory, qtbot: QtBot) -> None:
    reference = proposed(office, today, proposer="sabine")
    window = window_for("sabine")
    show(qtbot, window, reference)
    assert buttons(window, "act-confirm-decision") == []  # four eyes: never the proposer
    offered = buttons(window, "secondPerson-confirm-decision")
    assert len(offered) == (1 if office.database.backend == "sqlite" else 0)
