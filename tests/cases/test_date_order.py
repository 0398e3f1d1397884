"""The dates of a case follow each other (Antragseingang ≤ Bescheid ≤ Aufgabe zur Post ≤ Bekanntgabe ≤
Auszahlung; proof of use after the grant period began; closure after the proof): a date out of order is refused
with a German message and nothing changes. And the Bekanntgabe rule from the settings reaches the decision."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.administration import settings_service as admin
from app.cases import decisions
from app.kernel import settings
from app.kernel.errors import ValidationError
from app.kernel.periods import notification_date
from app.proof import final_grant as proof
from db.enums import DeadlineKind, DecisionState, Status
from db.models import Application, Deadline, Decision
from tests.fixtures.database import Today
from tests.letters.cases import reviewed
from tests.support import YEAR, Office, paid_through_order
from tests.support_fingerprint import fingerprint

d = dt.date


def _proposed(office: Office, today: Today) -> str:
    file_number = reviewed(office, today)  # received 02.02.2026
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    return file_number


def test_a_decision_dated_before_the_application_arrived_is_refused(office: Office, today: Today) -> None:
    file_number = _proposed(office, today)
    today.set(d(YEAR, 3, 2))
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"Das Bescheiddatum \(01\.02\.2026\) liegt vor dem Eingang des "
                                              r"Antrags \(02\.02\.2026\)\."):
        decisions.confirm_decision(office.sabine, file_number, decision_date="01.02.2026")
    assert fingerprint(office.database) == before
    with pytest.raises(ValidationError, match="vor seinem Datum zur Post"):
        decisions.confirm_decision(office.sabine, file_number, decision_date="02.03.2026", posted_on="01.03.2026")
    assert fingerprint(office.database) == before
    # on the day of receipt it is accepted
    assert decisions.confirm_decision(office.sabine, file_number, decision_date="02.02.2026") == Status.approved


def test_the_configured_rule_sets_notification_and_objection_deadline(office: Office, today: Today) -> None:
    file_number = _proposed(office, today)
    admin.set_setting(office.admin, "notification_day_shift", "ja")
    admin.set_setting(office.admin, "objection_months", "2")
    with pytest.raises(ValidationError, match="0 bis 14"):
        admin.set_setting(office.admin, "notification_days", "30")
    with pytest.raises(ValidationError, match="kein gültiges Datum"):
        admin.set_setting(office.admin, "notification_rule_since", "1.13.2025")
    today.set(d(YEAR, 10, 28))
    # posted Wed 28.10.2026 → 4th day Sun 01.11.2026, moved to Mon 02.11.2026; two months → Sat 02.01.2027 →
    # Mon 04.01.2027
    decisions.confirm_decision(office.sabine, file_number)
    with office.database.read() as session:
        decision = session.scalar(select(Decision).where(Decision.state == DecisionState.confirmed))
        assert decision is not None and decision.notified_on == d(2026, 11, 2)
        objection = session.scalar(select(Deadline.due_on).where(Deadline.kind == DeadlineKind.objection))
        assert objection == d(2027, 1, 4)
        # the rule as stored: 3 days before the change date, 4 from it
        rule = settings.notification_rule(session)
    assert notification_date(d(2024, 12, 27), rule) == d(2024, 12, 30)
    assert notification_date(d(2025, 1, 2), rule) == d(2025, 1, 6)


def test_payment_before_the_notification_is_refused(office: Office, today: Today) -> None:
    file_number = _proposed(office, today)
    today.set(d(YEAR, 3, 2))
    decisions.confirm_decision(office.sabine, file_number)  # posted Mon 02.03.2026 → notified Fri 06.03.2026
    with pytest.raises(ValidationError, match=r"Die Auszahlung am 05\.03\.2026 liegt vor der Bekanntgabe des "
                                              r"Bescheids am 06\.03\.2026"):
        paid_through_order(office, file_number, "1000.00", d(YEAR, 3, 5))
    paid_through_order(office, file_number, "1000.00", d(YEAR, 3, 6))
    with office.database.read() as session:
        assert session.scalar(select(Application.paid_amount)) == 1000


def test_proof_before_the_grant_period_and_closure_before_the_proof_are_refused(office: Office,
                                                                                today: Today) -> None:
    file_number = _proposed(office, today)  # grant period 01.04.–31.12.2026
    today.set(d(YEAR, 3, 2))
    decisions.confirm_decision(office.sabine, file_number)
    paid_through_order(office, file_number, "10000.00", d(YEAR, 3, 10))
    today.set(d(YEAR, 3, 20))
    figures = proof.ProofInput("12500.00", "12500.00", "1500.00", "1000.00", received_on="2026-03-20")
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"nicht vor Beginn des Bewilligungszeitraums \(01\.04\.2026\)"):
        proof.receive_proof(office.anna, file_number, figures)
    assert fingerprint(office.database) == before
    today.set(d(YEAR + 1, 2, 15))
    proof.receive_proof(office.anna, file_number, proof.ProofInput("12500.00", "12500.00", "1500.00", "1000.00"))
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"nicht vor dem Eingang des Verwendungsnachweises \(15\.02\.2027\)"):
        proof.close_case(office.anna, file_number, closed_on="2027-02-14")
    assert fingerprint(office.database) == before
    assert proof.close_case(office.anna, file_number, closed_on="2027-02-15").clawback == 0
