"""Money coming back: interest until the day of payment (hand-computed), partial repayments, settled when paid in
full, the Mahnung after the due date with a GiroCode; bad input changes nothing.

The claim (as the lifecycle test): 1,200.00 € principal and 62.87 € interest up to the due date 01.05.2027,
base rate 1.27 % + 5 points = 6.27 % a year, actual/365, both days counted.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.kernel.errors import TransitionRefused, ValidationError
from app.letters.reminders import send_reminder
from app.payments.girocode import GiroCodeProblem
from app.payments.reader import PaymentReader
from app.payments.repayments import record_repayment
from db.models import Clawback, ConfigValue, Deadline, Letter, Reminder, Repayment
from tests.fixtures.database import Today
from tests.letters.cases import clawed_back, pdf_text
from tests.payments.cases import D
from tests.support import Office, register
from tests.support_fingerprint import fingerprint


def claim(office: Office) -> Clawback:
    with office.database.read() as session:
        return session.scalars(select(Clawback)).one()


def test_a_late_repayment_pays_interest_until_the_day_of_payment(office: Office, today: Today) -> None:
    file_number = clawed_back(office, today)
    decided = claim(office)
    assert (decided.amount, decided.interest_abs3 + decided.interest_abs4, decided.due_on) == (
        D("1200.00"), D("62.87"), dt.date(2027, 5, 1))
    today.set(dt.date(2027, 6, 30))
    # 31.05.2027 is 30 days late (02.05.–31.05.): 1,200.00 × 6.27 % × 30/365 = 6.1841… → 6.18 €
    # owed 1,200.00 + 62.87 + 6.18 = 1,269.05; 500.00 settle the interest 69.05 first, 430.95 the principal
    first = record_repayment(office.anna, file_number, "500.00", "2027-05-31")
    assert (first.interest_part, first.principal_part, first.settled) == (D("69.05"), D("430.95"), False)
    assert (first.remaining.principal, first.remaining.interest) == (D("769.05"), D("0.00"))
    # 01.06.–30.06.2027 = 30 days on 769.05: 769.05 × 6.27 % × 30/365 = 3.9632… → 3.96 €; owed 773.01
    before = fingerprint(office.database)
    with pytest.raises(ValidationError) as info:
        record_repayment(office.anna, file_number, "773.02", "2027-06-30")
    assert info.value.message == ("Die Zahlung 773,02 € ist höher als die am 30.06.2027 offene Forderung 773,01 € "
                                  "(Hauptforderung 769,05 €, Zinsen 3,96 €).")
    assert fingerprint(office.database) == before
    last = record_repayment(office.anna, file_number, "773.01", "2027-06-30")
    assert (last.interest_part, last.principal_part, last.settled, last.remaining.total) == (
        D("3.96"), D("769.05"), True, D("0.00"))
    settled = claim(office)
    assert (settled.repaid_on, settled.repaid_amount) == (dt.date(2027, 6, 30), D("1273.01"))
    with office.database.read() as session:
        parts = session.execute(select(Repayment.paid_on, Repayment.amount, Repayment.interest_part)
                                .order_by(Repayment.id)).all()
        follow_ups = session.scalars(select(Deadline.done_at).where(Deadline.kind == "follow_up")).all()
    assert [tuple(p) for p in parts] == [(dt.date(2027, 5, 31), D("500.00"), D("69.05")),
                                         (dt.date(2027, 6, 30), D("773.01"), D("3.96"))]
    assert follow_ups and all(done is not None for done in follow_ups)
    with pytest.raises(TransitionRefused, match="keine offene Rückforderung"):
        record_repayment(office.anna, file_number, "1.00", "2027-07-01")


def test_a_repayment_in_time_pays_only_the_decided_interest(office: Office, today: Today) -> None:
    file_number = clawed_back(office, today)
    today.set(dt.date(2027, 4, 20))
    result = record_repayment(office.anna, file_number, "1262.87", "2027-04-20")
    assert (result.interest_part, result.principal_part, result.settled) == (D("62.87"), D("1200.00"), True)


BAD_REPAYMENTS = [
    ("-5.00", "2027-04-20", "Rückzahlung muss größer als 0,00 € sein."),
    ("0", "2027-04-20", "Rückzahlung muss größer als 0,00 € sein."),
    ("abc", "2027-04-20", "Keine gültige Zahl"),
    ("100.00", "2027-03-31", "Der Zahlungseingang (31.03.2027) liegt vor dem Rückforderungsbescheid (01.04.2027)."),
    ("1262.88", "2027-04-20", "ist höher als die am 20.04.2027 offene Forderung 1.262,87 €"),
]


@pytest.mark.parametrize(("amount", "day", "message"), BAD_REPAYMENTS)
def test_bad_repayments_get_a_german_message_and_change_nothing(office: Office, today: Today, amount: str, day: str,
                                                                message: str) -> None:
    file_number = clawed_back(office, today)
    today.set(dt.date(2027, 4, 20))
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        record_repayment(office.anna, file_number, amount, day)
    assert fingerprint(office.database) == before


def test_repayments_must_be_recorded_in_the_order_they_arrived(office: Office, today: Today) -> None:
    file_number = clawed_back(office, today)
    today.set(dt.date(2027, 5, 20))
    record_repayment(office.anna, file_number, "100.00", "2027-05-10")
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"zuletzt wurde eine Zahlung vom 10\.05\.2027 erfasst"):
        record_repayment(office.anna, file_number, "100.00", "2027-05-09")
    assert fingerprint(office.database) == before


def test_a_reminder_after_the_due_date_carries_a_girocode_for_the_amount_owed(office: Office, today: Today) -> None:
    file_number = clawed_back(office, today)
    today.set(dt.date(2027, 5, 1))
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"erst nach Ablauf der Zahlungsfrist \(01.05.2027\) möglich"):
        send_reminder(office.anna, file_number)
    assert fingerprint(office.database) == before
    reader = PaymentReader(office.database, "anna")
    assert reader.overdue() == ()
    today.set(dt.date(2027, 5, 10))
    [overdue] = reader.overdue()
    # 02.05.–10.05. = 9 days: 1,200.00 × 6.27 % × 9/365 = 1.855… → 1.86 €; owed 1,264.73 €
    assert (overdue.file_number, overdue.days_overdue, overdue.outstanding, overdue.reminders) == (
        file_number, 9, D("1264.73"), 0)
    letter_id = send_reminder(office.anna, file_number)
    with office.database.read() as session:
        reminder = session.scalars(select(Reminder)).one()
        letter = session.get_one(Letter, letter_id)
    assert (reminder.sent_on, reminder.due_on, reminder.letter_id) == (dt.date(2027, 5, 10), dt.date(2027, 5, 24),
                                                                       letter_id)
    text = " ".join(pdf_text(letter.pdf).split())
    assert "1. Mahnung" in text and "1.264,73 €" in text and "24.05.2027" in text and "GiroCode" in text
    assert reader.overdue()[0].reminders == 1


def test_a_reminder_without_office_iban_is_refused_and_changes_nothing(office: Office, today: Today) -> None:
    file_number = clawed_back(office, today)
    with office.database.engine.begin() as conn:
        conn.execute(ConfigValue.__table__.insert().values(key="letterhead.iban", value='""', version=1))
    today.set(dt.date(2027, 5, 10))
    before = fingerprint(office.database)
    with pytest.raises(GiroCodeProblem) as info:
        send_reminder(office.anna, file_number)
    assert info.value.message == ("Für den GiroCode fehlt die IBAN der Behörde. Bitte in der Verwaltung unter "
                                  "»Briefkopf« die IBAN eintragen; das Schreiben wurde nicht ausgestellt.")
    assert fingerprint(office.database) == before


def test_no_reminder_without_an_open_claim(office: Office, today: Today) -> None:
    file_number = register(office)
    with pytest.raises(ValidationError, match=f"Zu {file_number} gibt es keine offene Rückforderung"):
        send_reminder(office.anna, file_number)
