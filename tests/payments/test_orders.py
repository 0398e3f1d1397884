"""Payment orders: two sign-offs by two different people, never more than approved, cancel, book as paid,
the PDF for the cash office; bad input changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from app.kernel.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from app.payments import booking as payments
from app.payments.cash_export import export_orders
from app.payments.orders import OrderInput, book_paid, cancel_order, create_order, sign, sign_arithmetic, sign_factual
from app.payments.reader import PaymentReader
from db.enums import OrderState, Status
from db.models import Applicant, Application, AuditEvent, Budget, Payment, PaymentInstalment
from tests.fixtures.database import Today
from tests.letters.cases import pdf_text
from tests.payments.cases import D, approved, order, ordered, two_instalments
from tests.support import Office, paid_through_order, register
from tests.support_fingerprint import fingerprint


def case_row(office: Office, file_number: str) -> Application:
    with office.database.read() as session:
        return session.scalars(select(Application).where(Application.file_number == file_number)).one()


def test_instalment_from_plan_to_paid(office: Office, today: Today, tmp_path) -> None:
    file_number = approved(office, today)
    two_instalments(office, file_number)
    with office.database.read() as session:
        first = session.scalars(select(PaymentInstalment).order_by(PaymentInstalment.position)).first()
        assert first is not None
    order_id = create_order(office.anna, file_number, OrderInput(instalment_id=first.id)).record_id
    assert order_id is not None
    created = order(office, order_id)
    assert (created.amount, created.due_on, created.state) == (D("6000.00"), dt.date(2026, 4, 1), OrderState.draft)
    assert (created.payee, created.iban, created.budget_position) == (
        "Familienzentrum Sonnenblume e.V.", "DE89370400440532013000", "1.3630.LPF.2026")
    assert created.purpose == "LPF-2026-0001 1. Rate Familiencafé am Markt"
    assert sign(office.anna, file_number, order_id, "factual") == OrderState.factual
    assert sign(office.sabine, file_number, order_id, "arithmetic") == OrderState.ordered
    signed = order(office, order_id)
    assert (signed.factual_by, signed.arithmetic_by) == ("anna", "sabine")
    export_orders(office.bernd, "csv", tmp_path / "lauf.csv")
    today.set(dt.date(2026, 4, 2))
    payment_id = book_paid(office.anna, order_id, "2026-04-02", "KK-2026-0815")
    paid = order(office, order_id)
    assert (paid.state, paid.payment_id) == (OrderState.paid, payment_id)
    app = case_row(office, file_number)
    assert (app.status, app.paid_amount) == (Status.funding, D("6000.00"))
    with office.database.read() as session:
        payment = session.get_one(Payment, payment_id)
        assert (payment.amount, payment.paid_on, payment.use_by, payment.reference) == (
            D("6000.00"), dt.date(2026, 4, 2), dt.date(2026, 6, 2), "KK-2026-0815")


def test_the_same_person_cannot_sign_both_parts(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    order_id = create_order(office.sabine, file_number, OrderInput(amount="2500.00")).record_id
    assert order_id is not None
    sign_factual(office.sabine, order_id)
    before = fingerprint(office.database)
    with pytest.raises(TransitionRefused) as info:
        sign_arithmetic(office.sabine, order_id)
    assert info.value.message == ("Vier-Augen-Prinzip: Wer »sachlich richtig« gezeichnet hat, darf nicht auch "
                                  "»rechnerisch richtig« zeichnen und anordnen.")
    assert fingerprint(office.database) == before and order(office, order_id).state == OrderState.factual
    with pytest.raises(PermissionDenied, match="Rechnerisch richtig zeichnen und anordnen"):
        sign_arithmetic(office.anna, order_id)  # a caseworker has no Anordnungsbefugnis
    assert fingerprint(office.database) == before
    assert sign_arithmetic(office.tom, order_id) == OrderState.ordered


def test_signing_out_of_order_or_twice_is_refused(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    order_id = create_order(office.anna, file_number, OrderInput(amount="1000.00")).record_id
    assert order_id is not None
    with pytest.raises(TransitionRefused, match="»Entwurf«"):
        sign_arithmetic(office.sabine, order_id)
    sign_factual(office.anna, order_id)
    with pytest.raises(TransitionRefused, match="»sachlich richtig«; das ist in diesem Stand nicht möglich"):
        sign_factual(office.bernd, order_id)
    other = register(office)
    with pytest.raises(NotFound, match=f"Nr. {order_id} gehört nicht zum Vorgang {other}"):
        sign(office.sabine, other, order_id, "arithmetic")


def test_orders_never_exceed_the_approved_amount(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    paid_through_order(office, file_number, "3000.00", "2026-03-10")
    open_order = ordered(office, file_number, "5000.00")
    before = fingerprint(office.database)
    with pytest.raises(TransitionRefused) as info:
        create_order(office.anna, file_number, OrderInput(amount="2000.01"))
    assert info.value.message == ("Der Betrag 2.000,01 € übersteigt den noch verfügbaren bewilligten Betrag "
                                  "(2.000,00 € von 10.000,00 €).")
    with pytest.raises(TransitionRefused, match="übersteigt"):
        payments.request_payment(office.anna, file_number, "2000.01", "2026-03-11")  # a request counts the open order
    with pytest.raises(TransitionRefused, match="»angeordnet«; das ist in diesem Stand nicht möglich"):
        book_paid(office.anna, open_order, "2026-03-11")  # signed but not exported: the cash office has nothing
    assert fingerprint(office.database) == before
    create_order(office.anna, file_number, OrderInput(amount="2000.00"))


BAD_ORDERS = [
    (OrderInput(amount="-5.00"), "Auszahlungsbetrag muss größer als 0,00 € sein."),
    (OrderInput(amount="0"), "Auszahlungsbetrag muss größer als 0,00 € sein."),
    (OrderInput(amount="10000.01"), "übersteigt den noch verfügbaren bewilligten Betrag"),
    (OrderInput(amount="1,5.3"), "Keine gültige Zahl"),
    (OrderInput(amount="100.00", due_on="2026-02-27"), "Vor dem Bescheid (02.03.2026) kann nichts ausgezahlt"),
    (OrderInput(), "Bitte genau eines angeben"),
    (OrderInput(amount="100.00", request_id=1), "Bitte genau eines angeben"),
    (OrderInput(instalment_id=999), "Die Rate Nr. 999 gehört nicht zu diesem Vorgang."),
]


@pytest.mark.parametrize(("data", "message"), BAD_ORDERS)
def test_bad_orders_get_a_german_message_and_change_nothing(office: Office, today: Today, data: OrderInput,
                                                            message: str) -> None:
    file_number = approved(office, today)
    before = fingerprint(office.database)
    with pytest.raises((ValidationError, TransitionRefused, NotFound)) as info:
        create_order(office.anna, file_number, data)
    assert message in info.value.message  # type: ignore[attr-defined]
    assert fingerprint(office.database) == before


def test_missing_bank_details_or_budget_position_are_refused(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    with office.database.engine.begin() as conn:
        conn.execute(update(Budget).values(budget_position=None))
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match="Für LPF 2026 ist keine Haushaltsstelle hinterlegt"):
        create_order(office.anna, file_number, OrderInput(amount="100.00"))
    with office.database.engine.begin() as conn:
        conn.execute(update(Budget).values(budget_position="1.3630.LPF.2026"))
        conn.execute(update(Applicant).values(iban=None, bic=None))
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"Für den Träger »Familienzentrum Sonnenblume e\.V\.« ist keine "
                                              r"Bankverbindung"):
        create_order(office.anna, file_number, OrderInput(amount="100.00"))
    assert fingerprint(office.database) == before


def test_cancelling_frees_the_amount_and_needs_a_reason(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    order_id = ordered(office, file_number, "10000.00")
    with pytest.raises(ValidationError, match="mindestens 10 Zeichen"):
        cancel_order(office.anna, order_id, "falsch")
    with pytest.raises(PermissionDenied):
        cancel_order(office.leser, order_id, "Doppelt angelegt, bitte stornieren.")
    cancel_order(office.anna, order_id, "Doppelt angelegt, bitte stornieren.")
    assert order(office, order_id).state == OrderState.cancelled
    with office.database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "cancel-payment-order",
                                                         AuditEvent.field == "state")).one()
        assert (event.old_value, event.new_value, event.reason) == ("ordered", "cancelled",
                                                                    "Doppelt angelegt, bitte stornieren.")
    create_order(office.anna, file_number, OrderInput(amount="10000.00"))
    with pytest.raises(TransitionRefused, match="»storniert«"):
        cancel_order(office.anna, order_id, "Noch einmal stornieren geht nicht.")


def test_only_exported_orders_are_booked_and_the_pdf_shows_both_signatures(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    order_id = ordered(office, file_number, "4000.00")
    with pytest.raises(TransitionRefused, match="»angeordnet«"):
        book_paid(office.anna, order_id)
    text = pdf_text(PaymentReader(office.database, "leser").order_pdf(order_id))
    for snippet in ("Auszahlungsanordnung", f"Nr. {order_id} · Aktenzeichen LPF-2026-0001 · Stand: angeordnet",
                    "4.000,00 €", "Familienzentrum Sonnenblume e.V.", "DE89 3704 0044 0532 0130 00",
                    "Haushaltsstelle 1.3630.LPF.2026", "Sachlich richtig", "Anna Arndt",
                    "Rechnerisch richtig und angeordnet", "Sabine Sommer", "Bewilligt 10.000,00 €"):
        assert snippet in text, snippet
    assert "NICHT ANGEORDNET" not in text
    draft = create_order(office.anna, file_number, OrderInput(amount="100.00")).record_id
    assert draft is not None
    assert "NICHT ANGEORDNET" in pdf_text(PaymentReader(office.database, "anna").order_pdf(draft))


def test_audit_names_both_signers(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    order_id = ordered(office, file_number)
    with office.database.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "PaymentOrder",
                                                          AuditEvent.field == "state").order_by(AuditEvent.id)).all()
    assert [(e.user_name, e.action, e.new_value, e.entity_id) for e in events] == [
        ("anna", "sign-factual", "factual", str(order_id)), ("sabine", "sign-arithmetic", "ordered", str(order_id))]
