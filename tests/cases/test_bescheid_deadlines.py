"""Every Bescheid has its own notification date and objection deadline (in the deadline list, titled with the
Bescheid), and an objection is judged against the deadline of the Bescheid it attacks (issue 21).

Approval confirmed and posted Monday 02.03.2026: notified on the 4th day, Friday 06.03.2026; one month later
is Monday 06.04.2026, Easter Monday (a holiday in Thüringen) → Tuesday 07.04.2026.
Clawback confirmed and posted Wednesday 06.05.2026: notified Sunday 10.05.2026 (the day itself is not moved);
one month later Wednesday 10.06.2026. A Widerspruch of 20.05.2026 against the clawback is in time; against the
approval it is late.
Rejection confirmed and posted Monday 02.03.2026: the same dates as the approval.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.case_actions.perform import perform
from app.cases import checking, decisions, proceedings
from app.cases.deadlines import deadline_subject
from app.cases.reader import Reader
from app.kernel.errors import ValidationError
from app.proof import clawback_decision
from app.proof import final_grant as proof
from db.enums import DeadlineKind
from db.models import Clawback, Deadline, Decision, Objection
from tests.fixtures.database import Today
from tests.support import CLAWBACK_REASONS, YEAR, Office, paid_through_order, record_case_documents, register


def reviewed(office: Office, today: Today) -> str:
    today.set(dt.date(YEAR, 2, 2))
    file_number = register(office)
    record_case_documents(office, file_number)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    return file_number


def approved_and_clawed_back(office: Office, today: Today) -> str:
    """Approved 02.03.2026; 6,000.00 € paid 10.04.2026; proof of 7,000.00 € eligible costs on 20.04.2026
    (final 80 % = 5,600.00 €, clawback 400.00 €); hearing until 30.04.2026; clawback confirmed 06.05.2026."""
    file_number = reviewed(office, today)
    decisions.propose(office.anna, file_number, "approve", amount="10000.00", reasons="Bedarf belegt.")
    today.set(dt.date(YEAR, 3, 2))
    decisions.confirm_decision(office.sabine, file_number)
    paid_through_order(office, file_number, "6000.00", dt.date(YEAR, 4, 10))
    today.set(dt.date(YEAR, 4, 20))
    proof.receive_proof(office.anna, file_number, proof.ProofInput("9500.00", "7000.00", "1500.00", "1000.00"))
    proceedings.start_hearing(office.anna, file_number, "clawback", "Teilrückforderung 400,00 €",
                              dt.date(YEAR, 4, 30))
    today.set(dt.date(YEAR, 5, 6))
    proof.close_case(office.anna, file_number, reasons=CLAWBACK_REASONS)
    clawback_decision.confirm_clawback(office.sabine, file_number)
    return file_number


def objection_deadlines(office: Office) -> list[tuple[str, dt.date, bool]]:
    with office.database.read() as session:
        return [(deadline_subject(d), d.due_on, d.done_at is not None) for d in session.scalars(
            select(Deadline).where(Deadline.kind == DeadlineKind.objection).order_by(Deadline.due_on))]


def test_each_bescheid_has_its_deadline_and_an_objection_is_judged_against_the_one_it_attacks(
        office: Office, today: Today) -> None:
    file_number = approved_and_clawed_back(office, today)
    with office.database.read() as session:
        approval = session.scalars(select(Decision)).one()
        claim = session.scalars(select(Clawback)).one()
        assert (approval.posted_on, approval.notified_on, approval.objection_until) == (
            dt.date(YEAR, 3, 2), dt.date(YEAR, 3, 6), dt.date(YEAR, 4, 7))
        assert (claim.amount, claim.decided_on, claim.notified_on, claim.objection_until) == (
            400, dt.date(YEAR, 5, 6), dt.date(YEAR, 5, 10), dt.date(YEAR, 6, 10))
        approval_key, claim_key = f"decision:{approval.id}", f"clawback:{claim.id}"
    assert objection_deadlines(office) == [
        ("Widerspruchsfrist Zuwendungsbescheid vom 02.03.2026 endet 07.04.2026", dt.date(YEAR, 4, 7), False),
        ("Widerspruchsfrist Rückforderungsbescheid vom 06.05.2026 endet 10.06.2026", dt.date(YEAR, 6, 10), False)]
    detail = Reader(office.database, "anna").case(file_number)
    assert [b.key for b in detail.bescheide] == [approval_key, claim_key]
    today.set(dt.date(YEAR, 5, 20))
    # without a choice the newest Bescheid is attacked: the clawback, in time (not the approval's 07.04.2026)
    assert proceedings.record_objection(office.anna, file_number, "20.05.2026") is True
    assert objection_deadlines(office)[1][2] is True and objection_deadlines(office)[0][2] is False
    # the same day against the approval: late
    assert proceedings.record_objection(office.anna, file_number, "20.05.2026", bescheid=approval_key) is False
    with office.database.read() as session:
        rows = [(o.decision_id, o.clawback_id, o.deadline, o.in_time)
                for o in session.scalars(select(Objection).order_by(Objection.id))]
    assert rows == [(None, claim.id, dt.date(YEAR, 6, 10), True), (approval.id, None, dt.date(YEAR, 4, 7), False)]
    with pytest.raises(ValidationError, match="gibt es zu diesem Vorgang nicht"):
        proceedings.record_objection(office.anna, file_number, "20.05.2026", bescheid="decision:999")


def test_the_action_names_the_attacked_bescheid(office: Office, today: Today) -> None:
    file_number = approved_and_clawed_back(office, today)
    today.set(dt.date(YEAR, 5, 20))
    detail = Reader(office.database, "anna").case(file_number)
    assert perform(office.anna, "record-objection", file_number, {
        "lodged_on": dt.date(YEAR, 5, 20), "channel": "written", "bescheid": detail.bescheide[0].key},
        None) == "Widerspruch NICHT fristgerecht eingelegt."


def test_a_rejection_gets_its_own_deadline(office: Office, today: Today) -> None:
    file_number = reviewed(office, today)
    decisions.propose(office.anna, file_number, "reject", reasons="Kein Bedarf im Sozialraum.")
    today.set(dt.date(YEAR, 3, 2))
    decisions.confirm_decision(office.sabine, file_number)
    assert objection_deadlines(office) == [
        ("Widerspruchsfrist Ablehnungsbescheid vom 02.03.2026 endet 07.04.2026", dt.date(YEAR, 4, 7), False)]
    assert proceedings.record_objection(office.anna, file_number, "07.04.2026") is True
    assert proceedings.record_objection(office.anna, file_number, "08.04.2026") is False
