"""A caseworker's path from intake to closure, driven through the real widgets; a supervisor confirms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from tests.fixtures.gui import WindowFactory
from tests.support import Office, paid_through_order
from ui import formatting
from ui.dialogs.action_dialog import ActionDialog
from ui.main_window import MainWindow
from ui.widgets.fields import DateField, MoneyField


def wait_status(qtbot: QtBot, window: MainWindow, status: str) -> None:
    qtbot.waitUntil(lambda: window.case_detail.detail is not None and window.case_detail.detail.status == status
                    and not window.context.runner.busy, timeout=20000)


def act(qtbot: QtBot, window: MainWindow, action: str) -> ActionDialog | None:
    def visible_button() -> QPushButton | None:
        return next((b for b in window.case_detail.findChildren(QPushButton, f"act-{action}") if b.isVisible()),
                    None)

    qtbot.waitUntil(lambda: visible_button() is not None, timeout=15000)
    button = visible_button()
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return next((d for d in window.case_detail.findChildren(ActionDialog) if d.isVisible()), None)


def submit(qtbot: QtBot, window: MainWindow, dialog: ActionDialog) -> None:
    with qtbot.waitSignal(dialog.succeeded, timeout=20000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=20000)


def list_status_of(window: MainWindow, file_number: str) -> str | None:
    model = window.case_list.model
    for row in range(model.rowCount()):
        case_row = model.case_row(row)
        if case_row is not None and case_row.file_number == file_number:
            return model.data(model.index(row, 6))
    return None


def register_through_wizard(qtbot: QtBot, window: MainWindow) -> str:
    window.new_action.trigger()
    wizard = window.findChild(QWizard, "intakeWizard")
    assert wizard is not None
    page = wizard.applicant_page
    qtbot.keyClicks(page.search, "Sonnenblume")
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=20000)
    page.results.setCurrentRow(0)
    wizard.next()
    project = wizard.project_page
    project.title.setText("Elterncafé im Familienzentrum")
    project.municipality.setCurrentIndex(project.municipality.findData("Sondershausen"))
    project.justification.setPlainText("Neues Angebot, Bedarf laut Familienbericht belegt.")
    qtbot.keyClicks(project.start, "01.04.2026")
    qtbot.keyClicks(project.end, "31.12.2026")
    wizard.next()
    plan = wizard.plan
    plan.costs.item(0, 1).setText("Fachkraft Elterncafé")
    plan.costs.item(0, 2).setText("10.000,00")
    plan.funding.item(0, 1).setText("Eigenmittel des Vereins")
    plan.funding.item(0, 2).setText("2.000,00")
    qtbot.keyClicks(plan.requested, "8000")
    assert "ausgeglichen" in plan.sums.text() and "nicht ausgeglichen" not in plan.sums.text()
    wizard.next()
    for box in wizard.documents_page.boxes:
        box.setChecked(box.property("code") in ("application_signed", "statutes"))
    with qtbot.waitSignal(wizard.registered, timeout=20000) as registered:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    box = window.findChild(QMessageBox, "registeredBox")
    assert box is not None and registered.args[0] in box.text()
    return str(registered.args[0])


def test_intake_to_closure_with_four_eyes(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                         today) -> None:
    today.set(dt.date(2026, 2, 2))
    anna = window_for("anna")
    file_number = register_through_wizard(qtbot, anna)
    assert file_number == "LPF-2026-0001"
    wait_status(qtbot, anna, "received")
    assert anna.case_detail.title.text() == "Elterncafé im Familienzentrum"
    qtbot.waitUntil(lambda: list_status_of(anna, file_number) == "Eingegangen", timeout=20000)

    act(qtbot, anna, "start-check")
    wait_status(qtbot, anna, "eligibility_check")
    rules = anna.case_detail.check.table
    assert any("Finanzierungsplan" in rules.item(r, 2).text() for r in range(rules.rowCount()))
    assert any("fehlen" in rules.item(r, 2).text() for r in range(rules.rowCount()))

    dialog = act(qtbot, anna, "request-documents")
    assert dialog is not None
    submit(qtbot, anna, dialog)
    wait_status(qtbot, anna, "documents_requested")
    assert any(d.kind == "documents" and not d.done for d in anna.case_detail.detail.deadlines)

    from app.cases import documents  # the post arrives: recorded, then marked received in the GUI
    documents.record_document(office.anna, "financing_plan", file_number=file_number)
    act(qtbot, anna, "documents-received")
    wait_status(qtbot, anna, "eligibility_check")
    assert [r.message for r in anna.case_detail.detail.rules if not r.passed] == []

    act(qtbot, anna, "confirm-eligible")
    wait_status(qtbot, anna, "social_plan_review")

    dialog = act(qtbot, anna, "propose")
    assert dialog is not None
    reasons = dialog.widgets["reasons"]
    reasons.setPlainText("Bedarf im Sozialraum belegt; Massnahme aus dem Katalog.")
    submit(qtbot, anna, dialog)
    wait_status(qtbot, anna, "decision_proposed")
    assert not [b for b in anna.case_detail.findChildren(QPushButton, "act-confirm-decision")
                if b.isVisible()]  # role: only supervisors

    sabine = window_for("sabine")
    sabine.case_list.filters.search.setText(file_number)
    qtbot.waitUntil(lambda: sabine.case_list.model.rowCount() == 1, timeout=20000)
    sabine.case_list.view.selectRow(0)
    wait_status(qtbot, sabine, "decision_proposed")
    today.set(dt.date(2026, 3, 2))
    dialog = act(qtbot, sabine, "confirm-decision")
    assert dialog is not None
    submit(qtbot, sabine, dialog)
    wait_status(qtbot, sabine, "approved")
    assert sabine.case_detail.detail.approved is not None

    anna.case_detail.reload(force=True)
    wait_status(qtbot, anna, "approved")
    today.set(dt.date(2026, 4, 10))
    assert not anna.case_detail.findChildren(QPushButton, "act-pay")  # money leaves only through an order
    dialog = act(qtbot, anna, "request-payment")
    assert dialog is not None and isinstance(dialog.widgets["amount"], MoneyField)
    assert dialog.widgets["amount"].value() == anna.case_detail.detail.approved
    dialog.reject()
    paid_through_order(office, file_number, str(anna.case_detail.detail.approved))  # booked at another desk
    anna.case_list.reload(keep_selection=True)
    anna.case_detail.reload(force=True)
    wait_status(qtbot, anna, "funding")
    assert anna.case_detail.money.payments.rowCount() == 1
    qtbot.waitUntil(lambda: list_status_of(anna, file_number) == "In Förderung", timeout=20000)

    today.set(dt.date(2027, 2, 15))
    dialog = act(qtbot, anna, "receive-proof")
    assert dialog is not None
    sums = anna.case_detail.detail.sums  # the actual figures are typed; the plan stands beside them
    for name, planned in (("total", sums.total_costs), ("eligible", sums.eligible_costs), ("own", sums.own_funds),
                          ("third", sums.third_party_funds), ("income", sums.other_income)):
        field = dialog.widgets[name]
        assert isinstance(field, MoneyField) and field.text() == ""
        assert dialog.findChild(QLabel, f"plan-{name}").text() == f"Plan: {formatting.money(planned)}"
        field.setText(formatting.money(planned).removesuffix(" €"))
    submit(qtbot, anna, dialog)
    wait_status(qtbot, anna, "proof_review")

    dialog = act(qtbot, anna, "close")
    assert dialog is not None and isinstance(dialog.widgets["closed_on"], DateField)
    submit(qtbot, anna, dialog)
    wait_status(qtbot, anna, "closed")
    detail = anna.case_detail.detail
    assert detail.final == detail.approved == detail.paid
    qtbot.waitUntil(lambda: list_status_of(anna, file_number) == "Abgeschlossen", timeout=20000)
    history = anna.case_detail.history.history
    assert history.rowCount() == len(detail.history) == 10
    QApplication.processEvents()
