"""Payment plan: instalments to the cent within the grant period, or payment on request; early-money warnings;
instalments printed in the Zuwendungsbescheid; bad input changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.kernel.errors import PermissionDenied, TransitionRefused, ValidationError
from app.letters import service
from app.payments.orders import OrderInput, create_order
from app.payments.plan import record_request, set_payment_plan
from db.enums import PaymentMode
from db.models import Application, PaymentInstalment
from tests.fixtures.database import Today
from tests.letters.cases import pdf_text
from tests.payments.cases import D, approved, two_instalments
from tests.support import Office, register
from tests.support_fingerprint import fingerprint


def plan_of(office: Office, file_number: str) -> tuple[PaymentMode | None, list[tuple[str, D]]]:
    with office.database.read() as session:
        app = session.scalars(select(Application).where(Application.file_number == file_number)).one()
        rows = session.scalars(select(PaymentInstalment).where(PaymentInstalment.application_id == app.id)
                               .order_by(PaymentInstalment.position)).all()
        return app.payment_mode, [(r.due_on.isoformat(), r.amount) for r in rows]


def test_instalments_are_stored_by_date_and_printed_in_the_approval(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    result = set_payment_plan(office.anna, file_number, "instalments",
                              [("01.07.2026", "4.000,00"), ("2026-04-01", "6000")])
    assert plan_of(office, file_number) == (PaymentMode.instalments,
                                          [("2026-04-01", D("6000.00")), ("2026-07-01", D("4000.00"))])
    # 6,000.00 on 01.04.: by 01.06. an even outflow over 275 days needs 10,000.00 × 62/275 = 2,254.55
    assert result.warnings[0].startswith("Rate 1 am 01.04.2026 (6.000,00 €): Bis 01.06.2026 wären dann 6.000,00 €")
    assert "2.254,55 €" in result.warnings[0]
    text = pdf_text(service.issue_letter(office.anna, file_number, "approval").pdf)
    assert "1. Rate am 01.04.2026: 6.000,00 €" in text and "2. Rate am 01.07.2026: 4.000,00 €" in text
    assert "innerhalb von 2 Monaten nach der Auszahlung" in text and "Mittelabruf" not in text


def test_payment_on_request_is_printed_and_replaces_instalments(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    two_instalments(office, file_number)
    assert set_payment_plan(office.anna, file_number, "requests").warnings == ()
    assert plan_of(office, file_number) == (PaymentMode.requests, [])
    text = pdf_text(service.issue_letter(office.anna, file_number, "approval").pdf)
    assert "auf Ihre Anforderung (Mittelabruf) ausgezahlt" in text and "1. Rate" not in text


def test_monthly_instalments_raise_no_warning(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    months = [(f"2026-{m:02d}-01", "1111.11") for m in range(4, 12)] + [("2026-12-01", "1111.12")]
    assert set_payment_plan(office.anna, file_number, "instalments", months).warnings == ()


def test_a_request_long_before_the_grant_period_is_warned_about(office: Office, today: Today) -> None:
    file_number = approved(office, today)
    set_payment_plan(office.anna, file_number, "requests")
    result = record_request(office.anna, file_number, "3000.00", "2026-01-15")
    assert result.record_id is not None
    assert result.warnings == ("Mittelabruf am 15.01.2026 (3.000,00 €): Die Mittel müssen innerhalb von 2 Monaten "
                               "verwendet werden, der Bewilligungszeitraum beginnt aber erst am 01.04.2026.",)
    early_order = create_order(office.anna, file_number, OrderInput(amount="5000.00", due_on="2026-03-05"))
    # by 05.05.2026 (35 of 275 days) about 1,272.73 € are needed
    assert early_order.warnings == ("Auszahlung am 05.03.2026 (5.000,00 €): Bis 05.05.2026 wären dann 5.000,00 € "
                                    "ausgezahlt, bei gleichmäßigem Mittelabfluss werden bis dahin nur etwa 1.272,73 € "
                                    "benötigt (Verwendung innerhalb von 2 Monaten).",)


BAD_PLANS = [
    ([("2026-04-01", "6000.00"), ("2026-07-01", "3999.99")],
     "Die Raten ergeben zusammen 9.999,99 €, bewilligt sind 10.000,00 €; es fehlen 0,01 €."),
    ([("2026-04-01", "6000.00"), ("2026-07-01", "4500.00")], "das sind 500,00 € zu viel"),
    ([("2026-04-01", "6000.00"), ("2027-01-04", "4000.00")],
     "Rate 2: Der Termin 04.01.2027 liegt außerhalb des Bewilligungszeitraums (01.04.2026 bis 31.12.2026)."),
    ([("2026-03-31", "10000.00")], "Rate 1: Der Termin 31.03.2026 liegt außerhalb des Bewilligungszeitraums"),
    ([("2026-04-01", "11000.00"), ("2026-07-01", "-1000.00")], "Rate 2: Betrag muss größer als 0,00 € sein."),
    ([("2026-04-01", "10000.001")], "mehr als zwei Nachkommastellen"),
    ([("31.02.2026", "10000.00")], "kein gültiges Datum"),
    ([], "Bitte mindestens eine Rate angeben."),
]


@pytest.mark.parametrize(("rates", "message"), BAD_PLANS)
def test_bad_plans_get_a_german_message_and_change_nothing(office: Office, today: Today, rates: list,
                                                           message: str) -> None:
    file_number = approved(office, today)
    two_instalments(office, file_number)
    before = fingerprint(office.database)
    with pytest.raises(ValidationError) as info:
        set_payment_plan(office.anna, file_number, "instalments", rates)
    assert message in info.value.message
    assert fingerprint(office.database) == before


def test_plan_needs_an_approved_case_the_right_role_and_no_ordered_instalment(office: Office, today: Today) -> None:
    before_decision = register(office)
    with pytest.raises(TransitionRefused, match="nur für bewilligte Vorgänge"):
        set_payment_plan(office.anna, before_decision, "requests")
    file_number = approved(office, today)
    with pytest.raises(PermissionDenied, match="Zahlungsplan festlegen"):
        set_payment_plan(office.leser, file_number, "requests")
    two_instalments(office, file_number)
    with office.database.read() as session:
        first = session.scalars(select(PaymentInstalment.id).order_by(PaymentInstalment.position)).first()
    create_order(office.anna, file_number, OrderInput(instalment_id=first))
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match="Zu Rate 1 gibt es bereits eine Auszahlungsanordnung"):
        set_payment_plan(office.anna, file_number, "requests")
    assert fingerprint(office.database) == before
