""""Rechnerisch richtig" at the single workstation: the caseworker signed "sachlich richtig", a supervisor signs
in at the same desk with their password and only that signature runs as them (SQLite); not offered on the server."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.payments.orders import OrderInput, create_order, sign_factual
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.payments.cases import approved, order
from tests.support import PASSWORD, Office
from tests.support_fingerprint import fingerprint
from tests.ui.payments.test_payment_to_export import click, open_payments, settle, states
from tests.ui.second_person import WAIT, sign_in_with, visible_sign_in


def test_a_supervisor_signs_arithmetic_at_the_caseworkers_desk(office: Office, today: Today,
                                                              window_for: WindowFactory, qtbot: QtBot) -> None:
    reference = approved(office, today)
    order_id = create_order(office.anna, reference, OrderInput(amount="2500.00", due_on="2026-04-01")).record_id
    assert order_id is not None
    sign_factual(office.anna, order_id)
    window = window_for("anna")
    tab = open_payments(qtbot, window, reference)
    tab.order_view.selectRow(0)
    assert not tab.arithmetic_button.isVisible()  # a caseworker never orders
    if office.database.backend != "sqlite":
        assert not tab.second_arithmetic_button.isVisible()
        return
    assert tab.second_arithmetic_button.text() == "Rechnerisch richtig – als zweite Person anmelden …"
    before = fingerprint(office.database)
    click(tab.second_arithmetic_button)
    dialog = visible_sign_in(tab)
    assert "Anordnung Nr. 1" in dialog.text.text()
    sign_in_with(qtbot, dialog, "sabine", "geraten-und-falsch")
    assert dialog.isVisible() and "Das Passwort ist falsch" in dialog.error.text()
    assert fingerprint(office.database) == before and states(tab) == ["sachlich richtig"]

    sign_in_with(qtbot, dialog, "sabine", PASSWORD)
    qtbot.waitUntil(lambda: states(tab) == ["angeordnet"], timeout=WAIT)
    settle(qtbot, tab)
    row = tab.orders.value_at(0)
    assert (row.factual_by, row.arithmetic_by) == ("Anna Arndt", "Sabine Sommer")
    assert order(office, order_id).state.value == "ordered" and window.context.actor.username == "anna"


def test_the_factual_signer_is_not_offered_the_arithmetic_signature_but_a_second_person(
        office: Office, today: Today, window_for: WindowFactory, qtbot: QtBot) -> None:
    reference = approved(office, today)
    order_id = create_order(office.sabine, reference, OrderInput(amount="2500.00", due_on="2026-04-01")).record_id
    assert order_id is not None
    sign_factual(office.sabine, order_id)
    tab = open_payments(qtbot, window_for("sabine"), reference)
    tab.order_view.selectRow(0)
    assert not tab.arithmetic_button.isVisible()
    assert tab.second_arithmetic_button.isVisible() == (office.database.backend == "sqlite")
