"""Signed payment orders are sealed (issue 20, both backends): an order changed after signing — by a direct SQL
UPDATE of its amount or IBAN — paying a foreign account or exceeding the approval is refused by the export and
named; nothing is exported then."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.kernel.errors import TransitionRefused, ValidationError
from app.payments import seal
from app.payments.cash_export import export_orders
from app.payments.orders import OrderInput, book_paid, create_order, sign_arithmetic, sign_factual
from db import migrate
from db.enums import OrderState
from db.models import Application, ExportBatch, PaymentOrder
from tests.fixtures.database import Today
from tests.payments.cases import approved, order, ordered
from tests.support import Office

FOREIGN_IBAN = "DE02120300000000202051"  # valid, but not an account of the applicant


def sql(office: Office, statement: object) -> None:
    """A change outside FörderDesk, straight into the table."""
    with office.database.engine.begin() as conn:
        conn.execute(statement)  # type: ignore[arg-type]


def refused_export(office: Office, tmp_path: Path) -> str:
    folder = tmp_path / "kasse"
    folder.mkdir()
    with pytest.raises(ValidationError) as info:
        export_orders(office.bernd, "sepa", folder / "lauf.xml")
    assert not list(folder.iterdir())  # no file, no partial file
    with office.database.read() as session:
        assert session.scalars(select(ExportBatch)).all() == []
        assert set(session.scalars(select(PaymentOrder.state))) == {OrderState.ordered}
    return info.value.message


def test_the_seals_are_stored_with_each_signature(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    order_id = ordered(office, file_number, "1000.00")
    signed = order(office, order_id)
    assert signed.factual_seal == seal.seal(signed, ["anna"]) and len(signed.factual_seal or "") == 64
    assert signed.arithmetic_seal == seal.seal(signed, ["anna", "sabine"]) != signed.factual_seal
    assert "amount=1000.00\niban=DE89370400440532013000\n" in seal.canonical_text(signed, ["anna", "sabine"])


@pytest.mark.parametrize(("change", "label"), [
    ({"amount": "4185.00"}, "amount"), ({"iban": FOREIGN_IBAN}, "iban"), ({"payee": "Mallory"}, "payee"),
    ({"purpose": "Sonstiges"}, "purpose"), ({"budget_position": "9.9999.X"}, "budget position"),
    ({"arithmetic_by": "tom"}, "signer"),
])
def test_an_order_changed_after_signing_is_refused_and_named(office: Office, today: Today, tmp_path: Path,
                                                             change: dict[str, str], label: str) -> None:
    file_number = approved(office, today)
    good = ordered(office, file_number, "1000.00")
    changed = ordered(office, file_number, "1000.00")
    sql(office, update(PaymentOrder).where(PaymentOrder.id == changed).values(**change))
    message = refused_export(office, tmp_path)
    assert (f"Die Auszahlungsanordnung Nr. {changed} ({file_number}) wurde nach der Zeichnung verändert"
            in message), label
    assert f"Nr. {good} " not in message
    assert message.startswith("Der Zahlungslauf wurde nicht erstellt:")


def test_a_foreign_iban_is_refused_even_with_a_recomputed_seal(office: Office, today: Today, tmp_path: Path) -> None:
    file_number = approved(office, today)
    order_id = ordered(office, file_number, "1000.00")
    forged = order(office, order_id)
    forged.iban = FOREIGN_IBAN
    sql(office, update(PaymentOrder).where(PaymentOrder.id == order_id).values(
        iban=FOREIGN_IBAN, factual_seal=seal.factual_seal(forged), arithmetic_seal=seal.arithmetic_seal(forged)))
    message = refused_export(office, tmp_path)
    assert message.splitlines()[1:] == [
        f"Die IBAN der Auszahlungsanordnung Nr. {order_id} ({file_number}) ist keine hinterlegte Bankverbindung "
        "des Trägers.", "Bitte die genannten Anordnungen prüfen, stornieren und neu anordnen."]


def test_an_amount_beyond_the_approval_is_refused(office: Office, today: Today, tmp_path: Path) -> None:
    file_number = approved(office, today)
    order_id = ordered(office, file_number, "6000.00")
    sql(office, update(Application).where(Application.file_number == file_number).values(approved_amount="5000.00"))
    message = refused_export(office, tmp_path)
    assert (f"Die Auszahlungsanordnung Nr. {order_id} ({file_number}) über 6.000,00 € übersteigt, was von der "
            "Bewilligung noch offen ist (5.000,00 €).") in message


def test_a_change_between_the_signatures_is_refused_by_the_second(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    order_id = create_order(office.anna, file_number, OrderInput(amount="1000.00")).record_id
    assert order_id is not None
    sign_factual(office.anna, order_id)
    sql(office, update(PaymentOrder).where(PaymentOrder.id == order_id).values(amount="3000.00"))
    with pytest.raises(TransitionRefused, match=f"Nr. {order_id} wurde nach »sachlich richtig« verändert"):
        sign_arithmetic(office.sabine, order_id)
    assert order(office, order_id).state == OrderState.factual


def test_migration_0006_seals_orders_signed_before_it(office: Office, today: Today, tmp_path: Path) -> None:
    file_number = approved(office, today)
    order_id = ordered(office, file_number, "1000.00")
    seals = (order(office, order_id).factual_seal, order(office, order_id).arithmetic_seal)
    migrate.downgrade(office.database.engine, "0005")
    migrate.upgrade(office.database.engine)
    assert (order(office, order_id).factual_seal, order(office, order_id).arithmetic_seal) == seals
    assert migrate.schema_drift(office.database.engine) == []
    assert export_orders(office.bernd, "csv", tmp_path / "lauf.csv").order_count == 1


def test_an_order_changed_after_the_export_is_not_booked(office: Office, today: Today, tmp_path: Path) -> None:
    file_number = approved(office, today)
    order_id = ordered(office, file_number, "1000.00")
    export_orders(office.bernd, "csv", tmp_path / "lauf.csv")
    sql(office, update(PaymentOrder).where(PaymentOrder.id == order_id).values(amount="9000.00"))
    with pytest.raises(TransitionRefused, match=f"Nr. {order_id} wurde nach der Zeichnung verändert; sie wird nicht"):
        book_paid(office.anna, order_id)
    assert order(office, order_id).state == OrderState.exported
