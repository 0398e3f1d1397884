"""Money coming back: interest until the actual day of each payment (hand-computed), partial repayments reducing
the principal from the next day, a payment across a half-year change of the base rate, the configurable order of
settlement (§ 367 Abs. 1 BGB by default), settled exactly when principal and interest to that day are paid, the
Mahnung after the due date with a GiroCode; bad input changes nothing.

The claim (as the lifecycle test): 1,200.00 € principal, interest from 01.07.2026 (the last payment), decided on
01.04.2027, due on 01.05.2027; the decision quotes 62.87 € interest for payment on the due date (01.07.2026–
01.05.2027 = 305 days). Base rate 1.27 % + 5 points = 6.27 % a year, actual/365, first and last day counted; the
unrounded parts are added and rounded to the cent once. One day's interest on 1,200.00 € is 0.2061… €.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.administration import settings_service as admin
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


def booked(office: Office) -> list[tuple[dt.date, D, D]]:
    with office.database.read() as session:
        rows = session.execute(select(Repayment.paid_on, Repayment.amount, Repayment.interest_part)
                               .order_by(Repayment.id)).all()
    return [tuple(r) for r in rows]


def test_principal_and_interest_on_the_day_before_the_due_date_leave_nothing_open(office: Office,
                                                                                  today: Today) -> None:
    file_number = clawed_back(office, today)
    decided = claim(office)
    assert (decided.amount, decided.interest_abs3 + decided.interest_abs4, decided.due_on) == (
        D("1200.00"), D("62.87"), dt.date(2027, 5, 1))
    today.set(dt.date(2027, 4, 20))
    # 01.07.2026–20.04.2027 = 184 + 110 = 294 days: 1,200.00 × 6.27 % × 294/365 = 60.6043… → 60.60 €
    # (not the 62.87 € quoted up to the due date: 11 days less, 11 × 0.2061… = 2.27 €)
    [row] = PaymentReader(office.database, "anna").claims(file_number)
    assert (row.balance.principal, row.balance.interest, row.balance.total) == (D("1200.00"), D("60.60"),
                                                                              D("1260.60"))
    before = fingerprint(office.database)
    with pytest.raises(ValidationError) as info:  # the amount of the decision is now 2.27 € too much
        record_repayment(office.anna, file_number, "1262.87", "2027-04-20")
    assert info.value.message == (
        "Die Zahlung 1.262,87 € ist höher als die am 20.04.2027 offene Forderung 1.260,60 € (Hauptforderung "
        "1.200,00 €, Zinsen bis zu diesem Tag 60,60 €). Bitte 1.260,60 € als Rückzahlung erfassen; 2,27 € sind zu "
        "erstatten.")
    assert fingerprint(office.database) == before
    result = record_repayment(office.anna, file_number, "1260.60", "2027-04-20")
    assert (result.interest_part, result.principal_part, result.settled) == (D("60.60"), D("1200.00"), True)
    assert (result.remaining.total, result.remaining.overpaid) == (D("0.00"), D("0.00"))
    assert (claim(office).repaid_on, claim(office).repaid_amount) == (dt.date(2027, 4, 20), D("1260.60"))


def test_principal_and_interest_on_a_day_after_the_due_date_leave_nothing_open(office: Office,
                                                                               today: Today) -> None:
    file_number = clawed_back(office, today)
    today.set(dt.date(2027, 6, 15))
    # 01.07.2026–15.06.2027 = 184 + 166 = 350 days: 1,200.00 × 6.27 % × 350/365 = 72.1479… → 72.15 €
    result = record_repayment(office.anna, file_number, "1272.15", "2027-06-15")
    assert (result.interest_part, result.principal_part, result.settled, result.remaining.total) == (
        D("72.15"), D("1200.00"), True, D("0.00"))


def test_partial_repayments_pay_interest_until_each_day_of_payment(office: Office, today: Today) -> None:
    file_number = clawed_back(office, today)
    today.set(dt.date(2027, 6, 30))
    # 31.05.2027: 01.07.2026–31.05.2027 = 335 days on 1,200.00: 1,200.00 × 6.27 % × 335/365 = 69.0559… → 69.06 €;
    # owed 1,269.06; § 367 BGB: 500.00 settle the interest 69.06 first, 430.94 the principal → 769.06 from 01.06.
    first = record_repayment(office.anna, file_number, "500.00", "2027-05-31")
    assert (first.interest_part, first.principal_part, first.settled) == (D("69.06"), D("430.94"), False)
    assert (first.remaining.principal, first.remaining.interest) == (D("769.06"), D("0.00"))
    # 01.06.–30.06.2027 = 30 days on 769.06: 769.06 × 6.27 % × 30/365 = 3.9633…; accrued 69.0559… + 3.9633… =
    # 73.0192… → 73.02, paid 69.06 → 3.96 € open; owed 769.06 + 3.96 = 773.02
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"höher als die am 30\.06\.2027 offene Forderung 773,02 € "
                                              r"\(Hauptforderung 769,06 €, Zinsen bis zu diesem Tag 3,96 €\)"):
        record_repayment(office.anna, file_number, "773.03", "2027-06-30")
    assert fingerprint(office.database) == before
    last = record_repayment(office.anna, file_number, "773.02", "2027-06-30")
    assert (last.interest_part, last.principal_part, last.settled, last.remaining.total) == (
        D("3.96"), D("769.06"), True, D("0.00"))
    settled = claim(office)
    assert (settled.repaid_on, settled.repaid_amount) == (dt.date(2027, 6, 30), D("1273.02"))
    assert booked(office) == [(dt.date(2027, 5, 31), D("500.00"), D("69.06")),
                              (dt.date(2027, 6, 30), D("773.02"), D("3.96"))]
    with office.database.read() as session:
        follow_ups = session.scalars(select(Deadline.done_at).where(Deadline.kind == "follow_up")).all()
    assert follow_ups and all(done is not None for done in follow_ups)
    with pytest.raises(TransitionRefused, match="keine offene Rückforderung"):
        record_repayment(office.anna, file_number, "1.00", "2027-07-01")


def test_a_repayment_across_the_half_year_change_of_the_base_rate(office: Office, today: Today) -> None:
    file_number = clawed_back(office, today)
    admin.set_base_rate(office.admin, "01.07.2027", "2,27")  # from 01.07.2027: 2.27 % + 5 points = 7.27 %
    today.set(dt.date(2027, 8, 31))
    # 15.05.2027: 01.07.2026–15.05.2027 = 319 days: 1,200.00 × 6.27 % × 319/365 = 65.7577… → 65.76 €;
    # 600.00 settle 65.76 interest and 534.24 principal → 665.76 from 16.05.2027
    first = record_repayment(office.anna, file_number, "600.00", "2027-05-15")
    assert (first.interest_part, first.principal_part) == (D("65.76"), D("534.24"))
    # 16.05.–31.08.2027 on 665.76, split at the change on 01.07.2027:
    #   16.05.–30.06.2027: 46 days × 6.27 %: 665.76 × 6.27 % × 46/365 = 5.2608…
    #   01.07.–31.08.2027: 62 days × 7.27 %: 665.76 × 7.27 % × 62/365 = 8.2215…
    # accrued 65.7577… + 5.2608… + 8.2215… = 79.2400… → 79.24, paid 65.76 → 13.48 open; owed 665.76 + 13.48
    [row] = PaymentReader(office.database, "anna").claims(file_number, dt.date(2027, 8, 31))
    assert (row.balance.principal, row.balance.interest, row.balance.total) == (D("665.76"), D("13.48"),
                                                                              D("679.24"))
    assert [line for line in row.balance.explain() if line.startswith(("16.05.2027", "01.07.2027"))] == [
        "16.05.2027–30.06.2027: 46 Tage × 6,27 % auf 665,76 € = 5,26 €",
        "01.07.2027–31.08.2027: 62 Tage × 7,27 % auf 665,76 € = 8,22 €"]
    last = record_repayment(office.anna, file_number, "679.24", "2027-08-31")
    assert (last.interest_part, last.principal_part, last.settled, last.remaining.total) == (
        D("13.48"), D("665.76"), True, D("0.00"))


def test_the_office_may_settle_the_principal_first(office: Office, today: Today) -> None:
    file_number = clawed_back(office, today)
    with pytest.raises(ValidationError, match="mit allen drei Teilen je einmal"):
        admin.set_setting(office.admin, "settlement_order", "Hauptforderung, Zinsen")
    admin.set_setting(office.admin, "settlement_order", "Hauptforderung, Zinsen, Kosten")
    with office.database.read() as session:
        assert session.get_one(ConfigValue, "settlement_order").value == '["principal", "interest", "costs"]'
    today.set(dt.date(2027, 6, 30))
    # 31.05.2027: 500.00 all go to the principal → 700.00 from 01.06.; the 69.06 € interest to that day stay open
    first = record_repayment(office.anna, file_number, "500.00", "2027-05-31")
    assert (first.interest_part, first.principal_part, first.remaining.interest) == (D("0.00"), D("500.00"),
                                                                                      D("69.06"))
    # 01.06.–30.06.2027 = 30 days on 700.00: 700.00 × 6.27 % × 30/365 = 3.6074…; accrued 69.0559… + 3.6074… =
    # 72.6633… → 72.66 €, none paid; owed 700.00 + 72.66 = 772.66 (0.36 € less than interest first: 773.02)
    last = record_repayment(office.anna, file_number, "772.66", "2027-06-30")
    assert (last.interest_part, last.principal_part, last.settled) == (D("72.66"), D("700.00"), True)
    assert booked(office) == [(dt.date(2027, 5, 31), D("500.00"), D("0.00")),
                              (dt.date(2027, 6, 30), D("772.66"), D("72.66"))]
    # a booking stays as it was made when the order changes later
    admin.set_setting(office.admin, "settlement_order", "Kosten, Zinsen, Hauptforderung")
    [row] = PaymentReader(office.database, "anna").claims(file_number, dt.date(2027, 6, 30))
    assert (row.balance.total, row.balance.overpaid) == (D("0.00"), D("0.00"))


BAD_REPAYMENTS = [
    ("-5.00", "2027-04-20", "Rückzahlung muss größer als 0,00 € sein."),
    ("0", "2027-04-20", "Rückzahlung muss größer als 0,00 € sein."),
    ("abc", "2027-04-20", "Keine gültige Zahl"),
    ("100.00", "2027-03-31", "Der Zahlungseingang (31.03.2027) liegt vor dem Rückforderungsbescheid (01.04.2027)."),
    ("1260.61", "2027-04-20", "ist höher als die am 20.04.2027 offene Forderung 1.260,60 €"),
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
    # 01.07.2026–10.05.2027 = 314 days: 1,200.00 × 6.27 % × 314/365 = 64.7270… → 64.73 €; owed 1,264.73 €
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


def test_every_view_shows_the_same_claim(office: Office, today: Today) -> None:
    from app.applicants.file import warnings_for
    from app.applicants.history import history_events
    from app.cases.detail import case_detail

    file_number = clawed_back(office, today)
    today.set(dt.date(2027, 5, 10))
    # 01.07.2026–10.05.2027 = 314 days: 1,200.00 × 6.27 % × 314/365 = 64.7270… → 64.73 €; owed 1,264.73 €
    reader = PaymentReader(office.database, "anna")
    [row] = reader.case(file_number).claims
    assert (row.balance.interest_accrued, row.balance.total) == (D("64.73"), D("1264.73"))
    assert reader.overdue()[0].outstanding == D("1264.73")
    with office.database.read() as session:
        [clawback] = case_detail(session, file_number).clawbacks
        assert (clawback.interest, clawback.outstanding) == (D("64.73"), D("1264.73"))
        assert f"Offene Rückforderung zu {file_number}: 1.264,73 €." in warnings_for(session, office.applicant_id,
                                                                                      today.day)
        [event] = [e for e in history_events(session, office.applicant_id, today.day)
                   if e.text.startswith("Rückforderung")]
        assert (event.text, event.state) == ("Rückforderung 1.200,00 € zzgl. Zinsen 64,73 €", "überfällig: 1.264,73 €")
    letter_id = send_reminder(office.anna, file_number)
    with office.database.read() as session:
        text = " ".join(pdf_text(session.get_one(Letter, letter_id).pdf).split())
    assert "Offene Zinsen (§ 49a Abs. 3 VwVfG) 64,73 €" in text and "Insgesamt offen 1.264,73 €" in text
