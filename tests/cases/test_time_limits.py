"""The office's own time limits, tracked as deadlines with warnings on the start page (dates by hand):
the one-year limit for revoking after the office learned the facts (§ 48 Abs. 4 VwVfG) and the limitation of
each refund claim (§§ 195, 199 BGB analogously: 31.12. of the year it fell due + 3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.administration import settings_service as admin
from app.administration.start_page import start_page
from app.case_actions.perform import perform
from app.cases.deadlines import deadline_subject
from app.cases.time_limits import limitation_end, revocation_limit_end
from app.kernel.errors import TransitionRefused, ValidationError
from app.proof import final_grant as proof
from db.enums import DeadlineKind
from db.models import Clawback, Deadline, RevocationKnowledge
from tests.fixtures.database import Today
from tests.letters.cases import clawed_back, decided, reviewed
from tests.support import YEAR, Office
from tests.support_fingerprint import fingerprint

d = dt.date


def test_the_periods_by_hand() -> None:
    assert revocation_limit_end(d(2026, 5, 15)) == d(2027, 5, 15)
    assert revocation_limit_end(d(2024, 2, 29)) == d(2025, 2, 28)  # § 188 Abs. 3 BGB
    assert revocation_limit_end(d(2026, 5, 15), months=6) == d(2026, 11, 15)
    assert limitation_end(d(2027, 5, 1)) == d(2030, 12, 31)
    assert limitation_end(d(2027, 12, 31), years=4) == d(2031, 12, 31)


def _time_limits(office: Office, user: str = "anna") -> list[tuple[str, DeadlineKind, dt.date]]:
    board = start_page(getattr(office, user))
    return [(item.kind_label, item.kind, item.due_on) for item in board.time_limits]


def test_knowledge_opens_the_one_year_limit_warned_60_days_before(office: Office, today: Today) -> None:
    file_number = decided(office, today)  # approved 02.03.2026
    today.set(d(YEAR, 5, 20))
    result = perform(office.anna, "record-knowledge", file_number,
                     {"learned_on": "15.05.2026", "facts": "Der Träger hat den Projektraum nie angemietet."}, None)
    assert result == "Jahresfrist für Rücknahme/Widerruf angelegt."
    with office.database.read() as session:
        knowledge = session.scalar(select(RevocationKnowledge))
        assert knowledge is not None and knowledge.learned_on == d(2026, 5, 15)
        deadline = session.get(Deadline, knowledge.deadline_id)
        assert deadline is not None and (deadline.kind, deadline.due_on) == (DeadlineKind.revocation_limit,
                                                                             d(2027, 5, 15))
        assert deadline_subject(deadline) == ("Jahresfrist für Rücknahme/Widerruf endet 15.05.2027 "
                                              "(Kenntnis am 15.05.2026)")
    today.set(d(2027, 3, 15))  # 61 days before: no warning yet
    assert _time_limits(office) == []
    today.set(d(2027, 3, 16))  # 60 days before
    assert _time_limits(office) == [("Jahresfrist Rücknahme/Widerruf", DeadlineKind.revocation_limit,
                                     d(2027, 5, 15))]
    admin.set_setting(office.admin, "time_limit_warning_days", "30")
    assert _time_limits(office) == []
    today.set(d(2027, 5, 16))  # overdue and still open: still warned
    assert _time_limits(office, "sabine")[0][2] == d(2027, 5, 15)


def test_knowledge_is_refused_in_the_future_before_the_decision_or_before_one(office: Office,
                                                                              today: Today) -> None:
    undecided = reviewed(office, today)
    file_number = decided(office, today)
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match=r"Der Tag der Kenntnis \(03\.03\.2026\) liegt in der Zukunft\."):
        perform(office.anna, "record-knowledge", file_number, {"learned_on": "03.03.2026", "facts": "x"}, None)
    with pytest.raises(ValidationError, match=r"liegt vor dem Bescheid \(02\.03\.2026\)"):
        perform(office.anna, "record-knowledge", file_number, {"learned_on": "01.03.2026", "facts": "x"}, None)
    with pytest.raises(ValidationError, match="Welche Tatsachen"):
        perform(office.anna, "record-knowledge", file_number, {"learned_on": "02.03.2026", "facts": " "}, None)
    with pytest.raises(TransitionRefused):
        perform(office.anna, "record-knowledge", undecided, {"learned_on": "02.03.2026", "facts": "x"}, None)
    assert fingerprint(office.database) == before


def test_each_clawback_gets_its_limitation_deadline_closed_by_full_repayment(office: Office,
                                                                             today: Today) -> None:
    file_number = clawed_back(office, today)  # closed 01.04.2027, due 01.05.2027: 1,200.00 + 62.87 interest
    with office.database.read() as session:
        claim = session.scalar(select(Clawback))
        assert claim is not None and claim.due_on == d(2027, 5, 1)
        deadline = session.scalar(select(Deadline).where(Deadline.kind == DeadlineKind.limitation))
        assert deadline is not None and (deadline.due_on, deadline.clawback_id) == (d(2030, 12, 31), claim.id)
        assert deadline_subject(deadline) == "Verjährung der Rückforderung über 1.200,00 € zum 31.12.2030"
    today.set(d(2030, 10, 31))
    assert _time_limits(office) == []
    today.set(d(2030, 11, 1))  # 60 days before 31.12.2030
    assert _time_limits(office) == [("Verjährung", DeadlineKind.limitation, d(2030, 12, 31))]
    today.set(d(2027, 5, 1))
    proof.record_repayment(office.anna, file_number, Decimal("1262.87"), "2027-05-01")
    today.set(d(2030, 11, 1))
    assert _time_limits(office) == []
