"""A pending objection against the clawback Bescheid has suspensive effect (§ 80 Abs. 1 VwGO): no Mahnung,
the overdue list shows the claim as suspended, interest still accrues; an order of immediate enforcement
(§ 80 Abs. 2 Nr. 4 VwGO, by a supervisor with written reasons, audited) or the decision on the objection
lifts the block.

The claim as the lifecycle test (`clawed_back`): 1,200.00 € decided 01.04.2027, due 01.05.2027, objection
period until 05.05.2027; objection lodged 20.04.2027. On 10.05.2027 the claim is 9 days overdue; interest
01.07.2026–10.05.2027 = 314 days: 1,200.00 × 6,27 % × 314/365 = 64,73 € (it accrues while suspended).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.cases import proceedings
from app.kernel.errors import PermissionDenied, TransitionRefused, ValidationError
from app.letters.reminders import send_reminder
from app.payments.reader import PaymentReader
from app.proof import clawback_decision
from db.models import AuditEvent, Clawback, Reminder
from tests.fixtures.database import Today
from tests.letters.cases import clawed_back
from tests.payments.cases import D
from tests.support import Office
from tests.support_fingerprint import fingerprint

ENFORCEMENT = "Das öffentliche Interesse an der sofortigen Rückführung der Mittel überwiegt: Insolvenzgefahr."


def objected(office: Office, today: Today) -> str:
    file_number = clawed_back(office, today)
    today.set(dt.date(2027, 4, 20))
    assert proceedings.record_objection(office.anna, file_number, "20.04.2027", grounds="Zinsen zu hoch.") is True
    today.set(dt.date(2027, 5, 10))
    return file_number


def reminders(office: Office) -> int:
    with office.database.read() as session:
        return len(session.scalars(select(Reminder)).all())


def test_no_reminder_while_the_objection_is_pending_until_immediate_enforcement(office: Office,
                                                                               today: Today) -> None:
    file_number = objected(office, today)
    before = fingerprint(office.database)
    with pytest.raises(ValidationError) as info:
        send_reminder(office.anna, file_number)
    assert info.value.message.startswith(
        "Die Forderung aus dem Rückforderungsbescheid vom 01.04.2027 ist ausgesetzt: Der Widerspruch vom "
        "20.04.2027 ist noch nicht entschieden und hat aufschiebende Wirkung (§ 80 Abs. 1 VwGO).")
    assert fingerprint(office.database) == before
    [row] = PaymentReader(office.database, "anna").overdue()
    assert row.suspended is not None and row.outstanding == D("1264.73")  # interest still accrues
    with pytest.raises(PermissionDenied):
        clawback_decision.order_immediate_enforcement(office.anna, file_number, ENFORCEMENT)
    with pytest.raises(ValidationError, match="mindestens 20 Zeichen"):
        clawback_decision.order_immediate_enforcement(office.sabine, file_number, "Eilt.")
    assert fingerprint(office.database) == before
    clawback_decision.order_immediate_enforcement(office.sabine, file_number, ENFORCEMENT)
    with office.database.read() as session:
        claim = session.scalars(select(Clawback)).one()
        assert (claim.enforcement_ordered_on, claim.enforcement_ordered_by, claim.enforcement_reasons) == (
            dt.date(2027, 5, 10), "sabine", ENFORCEMENT)
        audited = session.scalars(select(AuditEvent).where(AuditEvent.entity == "Clawback",
                                                           AuditEvent.field == "enforcement_reasons")).one()
        assert (audited.user_name, audited.new_value) == ("sabine", ENFORCEMENT)
    assert PaymentReader(office.database, "anna").overdue()[0].suspended is None
    send_reminder(office.anna, file_number)
    assert reminders(office) == 1
    with pytest.raises(TransitionRefused, match="ausgesetzt"):  # nothing left to lift
        clawback_decision.order_immediate_enforcement(office.tom, file_number, ENFORCEMENT)


def test_a_reminder_is_possible_again_once_the_objection_is_decided(office: Office, today: Today) -> None:
    file_number = objected(office, today)
    with pytest.raises(ValidationError, match="ausgesetzt"):
        send_reminder(office.anna, file_number)
    proceedings.decide_objection(office.sabine, file_number, False, "Zurückgewiesen: Zinsen richtig berechnet.")
    send_reminder(office.anna, file_number)
    assert reminders(office) == 1


def test_an_objection_against_the_approval_does_not_suspend_the_claim(office: Office, today: Today) -> None:
    from app.cases.reader import Reader

    file_number = clawed_back(office, today)
    approval = Reader(office.database, "anna").case(file_number).bescheide[0]
    assert approval.key.startswith("decision:")
    today.set(dt.date(2027, 4, 20))
    assert proceedings.record_objection(office.anna, file_number, "20.04.2027", bescheid=approval.key) is False
    today.set(dt.date(2027, 5, 10))
    send_reminder(office.anna, file_number)
    assert reminders(office) == 1
