"""A payment from plan to export through the real widgets (pytest-qt, both backends): the caseworker fixes the
plan and signs "sachlich richtig", a supervisor signs "rechnerisch richtig" and exports the run as SEPA file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import xmlschema
from PySide6.QtWidgets import QAbstractButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reports.cash_office import schema_path
from tests.fixtures.database import Today
from tests.fixtures.files import FileAnswers, partial_files
from tests.fixtures.gui import WindowFactory
from tests.letters.cases import pdf_text
from tests.payments.cases import approved
from tests.support import Office
from ui.main_window import MainWindow
from ui.payments.case_tab import PaymentsTab
from ui.payments.dialogs import PlanDialog, ReasonDialog
from ui.payments.runs_view import PaymentRunsView

WAIT = 20000


def open_payments(qtbot: QtBot, window: MainWindow, file_number: str) -> PaymentsTab:
    detail = window.case_detail
    detail.open_case(file_number)
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.file_number == file_number
                    and not window.context.runner.busy, timeout=WAIT)
    detail.tabs.setCurrentWidget(detail.payments)
    assert detail.tabs.tabText(detail.tabs.currentIndex()) == "Auszahlungen"
    qtbot.waitUntil(lambda: detail.payments.case is not None and not window.context.runner.busy, timeout=WAIT)
    return detail.payments


def settle(qtbot: QtBot, tab: PaymentsTab) -> None:
    """Wait until the change is stored and the tab shows the reloaded case."""
    qtbot.waitUntil(lambda: not tab.context.runner.busy and not tab.stale, timeout=WAIT)


def states(tab: PaymentsTab) -> list[str]:
    return [tab.orders.data(tab.orders.index(r, 3)) for r in range(tab.orders.rowCount())]


def click(button: QAbstractButton) -> None:
    """Press the button as a user would; refused like a user's click when it is hidden or disabled."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    button.click()


def test_a_payment_from_plan_to_export(office: Office, today: Today, window_for: WindowFactory, qtbot: QtBot,
                                       files: FileAnswers, tmp_path: Path, qtmodeltester: ModelTester) -> None:
    file_number = approved(office, today)  # 10,000.00 € for 01.04.–31.12.2026, decided 02.03.2026
    anna = window_for("anna")
    tab = open_payments(qtbot, anna, file_number)
    assert "Bewilligt 10.000,00 €" in tab.summary.text() and "noch nicht festgelegt" in tab.summary.text()
    assert tab.plan_button.isVisible() and not tab.arithmetic_button.isVisible()  # anna may not order

    click(tab.plan_button)
    dialog = next(d for d in tab.findChildren(PlanDialog) if d.isVisible())
    dialog.instalments.setChecked(True)
    dialog.add_rate("01.04.2026", "6.000,00")
    dialog.add_rate("01.07.2026", "3.000,00")
    click(dialog.ok_button)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert "Die Raten ergeben zusammen 9.000,00 €, bewilligt sind 10.000,00 €" in dialog.error.text()
    assert dialog.isVisible() and tab.sources.rowCount() == 0  # refused: nothing stored
    dialog.rates.item(1, 1).setText("4.000,00")
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: not dialog.isVisible() and tab.sources.rowCount() == 2, timeout=WAIT)
    settle(qtbot, tab)
    assert "in Raten" in tab.summary.text()
    assert [tab.sources.data(tab.sources.index(r, 0)) for r in range(2)] == ["Rate 1", "Rate 2"]
    qtmodeltester.check(tab.sources)

    tab.source_view.selectRow(0)
    assert tab.order_button.isEnabled()
    click(tab.order_button)
    qtbot.waitUntil(lambda: tab.orders.rowCount() == 1, timeout=WAIT)
    settle(qtbot, tab)
    assert states(tab) == ["Entwurf"]
    tab.order_view.selectRow(0)
    assert tab.factual_button.isVisible() and tab.factual_button.isEnabled()
    click(tab.factual_button)
    qtbot.waitUntil(lambda: states(tab) == ["sachlich richtig"], timeout=WAIT)
    settle(qtbot, tab)
    qtmodeltester.check(tab.orders)

    sabine = window_for("sabine")
    other = open_payments(qtbot, sabine, file_number)
    other.order_view.selectRow(0)
    assert other.arithmetic_button.isVisible() and other.arithmetic_button.isEnabled()
    click(other.arithmetic_button)
    qtbot.waitUntil(lambda: states(other) == ["angeordnet"], timeout=WAIT)
    settle(qtbot, other)
    row = other.orders.value_at(0)
    assert (row.factual_by, row.arithmetic_by) == ("Anna Arndt", "Sabine Sommer")
    files.save_to = tmp_path / "anordnung.pdf"
    click(other.pdf_button)
    qtbot.waitUntil(lambda: files.save_to.exists() and not sabine.context.runner.busy, timeout=WAIT)
    text = " ".join(pdf_text(files.save_to.read_bytes()).split())
    assert "Auszahlungsanordnung" in text and "6.000,00 €" in text and "1.3630.LPF.2026" in text
    assert "Anna Arndt" in text and "Sabine Sommer" in text and "NICHT ANGEORDNET" not in text

    sabine.payment_runs_action.trigger()
    runs = sabine.findChild(PaymentRunsView)
    assert runs is not None and runs.isVisible()
    qtbot.waitUntil(lambda: runs.ready.rowCount() == 1 and not sabine.context.runner.busy, timeout=WAIT)
    assert runs.totals.text() == "1 Auszahlung, Kontrollsumme 6.000,00 €"
    qtmodeltester.check(runs.ready)
    files.save_to = tmp_path / "lauf.xml"
    with qtbot.waitSignal(runs.exported, timeout=WAIT) as exported:
        click(runs.sepa_button)
    assert exported.args[0].order_count == 1
    xmlschema.XMLSchema(schema_path()).validate(str(tmp_path / "lauf.xml"))
    assert not partial_files(tmp_path)
    qtbot.waitUntil(lambda: runs.ready.rowCount() == 0 and runs.batches.rowCount() == 1
                    and not sabine.context.runner.busy, timeout=WAIT)
    assert "Kontrollsumme 6.000,00 €" in runs.result.text()
    assert not runs.sepa_button.isEnabled() and not runs.csv_button.isEnabled()  # the second export has nothing
    qtmodeltester.check(runs.batches)
    qtbot.waitUntil(lambda: states(other) == ["an die Kasse übergeben"], timeout=WAIT)

    # the cash office lost the file: a supervisor exports the run again, on purpose and with a reason
    runs.batch_view.selectRow(0)
    files.save_to = tmp_path / "wiederholung.xml"
    click(runs.repeat_button)
    again = next(d for d in runs.findChildren(ReasonDialog) if d.isVisible())
    click(again.ok_button)
    qtbot.waitUntil(again.error.isVisible, timeout=WAIT)
    assert "Grund für den erneuten Export" in again.error.text() and runs.batches.rowCount() == 1
    again.reason.setPlainText("Die Kasse hat die Datei nicht erhalten.")
    with qtbot.waitSignal(runs.exported, timeout=WAIT) as repeated:
        click(again.ok_button)
    assert (repeated.args[0].repeat_of, repeated.args[0].order_count) == (exported.args[0].batch_id, 1)
    qtbot.waitUntil(lambda: runs.batches.rowCount() == 2 and not sabine.context.runner.busy, timeout=WAIT)
    assert runs.batches.data(runs.batches.index(0, 8)) == "Die Kasse hat die Datei nicht erhalten."
    xmlschema.XMLSchema(schema_path()).validate(str(tmp_path / "wiederholung.xml"))


def test_the_person_who_signed_factual_sees_no_arithmetic_button(office: Office, today: Today,
                                                                   window_for: WindowFactory, qtbot: QtBot) -> None:
    from app.payments.orders import OrderInput, create_order, sign_factual

    file_number = approved(office, today)
    order_id = create_order(office.sabine, file_number, OrderInput(amount="2500.00")).record_id
    assert order_id is not None
    sign_factual(office.sabine, order_id)
    today.set(dt.date(2026, 3, 3))
    sabine = window_for("sabine")
    tab = open_payments(qtbot, sabine, file_number)
    tab.order_view.selectRow(0)
    assert tab.factual_button.isVisible() and not tab.factual_button.isEnabled()
    assert not tab.arithmetic_button.isVisible()
