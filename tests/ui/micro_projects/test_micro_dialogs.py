"""„Kurzantrag erfassen …“ on the page Kleinprojekte and „Vereinfachter Verwendungsnachweis …“ on a micro project's
case: typed, confirmed, stored; a refusal shown in the dialog with nothing changed (pytest-qt, both backends)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.micro_projects.batch import confirm_batch
from db.enums import Status
from db.models import Application, ProofOfUse
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory, make_context
from tests.letters import cases as letter_cases
from tests.micro_projects.cases import micro_fund, proposed_micro_projects
from tests.support import YEAR, Office, paid_through_order
from ui.case_detail.widget import CaseDetailWidget
from ui.micro_projects.proof_dialog import MicroProofDialog
from ui.micro_projects.short_application_dialog import ShortApplicationDialog
from ui.tasks import Runner

WAIT = 30000


def count(office: Office, model: type) -> int:
    with office.database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def choose(combo_owner: ShortApplicationDialog, name: str, value: str) -> None:
    combo = getattr(combo_owner, name)
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_a_short_application_is_registered_from_the_page_and_refused_above_the_ceiling(
        office: Office, today: Today, qtbot: QtBot, window_for: WindowFactory) -> None:
    micro_fund(office)
    window = window_for("anna")
    view = window.pages.micro_projects
    assert view.apply_button.text() == "Kurzantrag erfassen …"
    view.apply_button.click()
    dialog = view.findChild(ShortApplicationDialog, "shortApplication")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: bool(dialog.funds) and dialog.applicant.model.rowCount() > 0
                    and not window.context.runner.busy, timeout=WAIT)
    assert dialog.fund.currentData() == "KPF" and dialog.ceiling.text() == "höchstens 1.500,00 € je Kleinprojekt"
    assert dialog.applicant.select_id(office.applicant_id)
    qtbot.keyClicks(dialog.title, "Dorffest der Generationen")
    qtbot.keyClicks(dialog.description, "Jung und Alt feiern im Ort.")
    choose(dialog, "municipality", "Sondershausen")
    choose(dialog, "field_of_action", "Dialog der Generationen")
    for field, text in ((dialog.start, "01.05.2026"), (dialog.end, "30.09.2026"), (dialog.total, "1.600,00"),
                        (dialog.own, "0"), (dialog.requested, "1.600,00")):
        qtbot.keyClicks(field, text)
    ok = dialog.ok_button
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the receipt date is asked, never assumed
    assert "Eingangsdatum" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.received, "02.02.2026")
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "höchstens mit 1.500,00 €" in dialog.error.text() and dialog.isVisible()
    assert count(office, Application) == 0
    for field, text in ((dialog.total, "1.100,00"), (dialog.own, "100,00"), (dialog.requested, "1.000,00")):
        field.clear()
        qtbot.keyClicks(field, text)
    with qtbot.waitSignal(dialog.registered, timeout=WAIT) as done:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    number = done.args[0]
    assert view.result.text() == f"Kleinprojekt {number} erfasst." and not dialog.isVisible()
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1 and not window.context.runner.busy, timeout=WAIT)
    row = window.case_list.model.case_row(0)
    assert row is not None and row.file_number == number
    with office.database.read() as session:
        app = session.scalars(select(Application)).one()
        assert (app.status, app.received_on, str(app.requested_amount)) == \
            (Status.received, dt.date(2026, 2, 2), "1000.00")


def test_the_simplified_proof_is_recorded_from_the_case_and_needs_the_sachbericht(
        office: Office, today: Today, qtbot: QtBot, runner: Runner) -> None:
    micro_fund(office)
    (number,) = proposed_micro_projects(office, today, 1)
    confirm_batch(office.sabine, [number])
    today.set(dt.date(YEAR, 3, 9))
    paid_through_order(office, number, "1000.00")
    today.set(dt.date(YEAR, 10, 15))
    widget = CaseDetailWidget(make_context(office.database, "anna", runner))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget._load(number)
    qtbot.waitUntil(lambda: widget.detail is not None and not runner.busy, timeout=WAIT)
    button = widget.findChild(QPushButton, "act-micro-proof")
    assert button is not None and button.text() == "Vereinfachter Verwendungsnachweis …"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = widget.findChild(MicroProofDialog, "microProof")
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.total, "1.100,00")
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Bitte den Sachbericht angeben." and dialog.isVisible()
    assert count(office, ProofOfUse) == 0
    qtbot.keyClicks(dialog.report, "Rund 80 Besucher aus drei Generationen.")
    with qtbot.waitSignal(dialog.succeeded, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy and widget.action_result.isVisible(), timeout=WAIT)
    assert widget.action_result.text() == "Vereinfachter Verwendungsnachweis: erledigt."
    with office.database.read() as session:
        (report,) = session.scalars(select(ProofOfUse)).all()
        assert (str(report.actual_total_costs), report.received_on) == ("1100.00", dt.date(YEAR, 10, 15))


def test_a_standing_project_is_not_offered_the_simplified_proof(office: Office, today: Today, qtbot: QtBot,
                                                                runner: Runner) -> None:
    number = letter_cases.paid(office, today)
    widget = CaseDetailWidget(make_context(office.database, "anna", runner))
    qtbot.addWidget(widget)
    widget.show()
    widget._load(number)
    qtbot.waitUntil(lambda: widget.detail is not None and not runner.busy, timeout=WAIT)
    assert widget.findChild(QPushButton, "act-receive-proof") is not None
    assert widget.findChild(QPushButton, "act-micro-proof") is None
