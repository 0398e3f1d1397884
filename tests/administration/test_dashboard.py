"""Dashboard figures against hand-built data: statuses, budgets, decisions awaiting confirmation, deadlines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.administration.dashboard import dashboard, deadlines
from app.cases import checking, decisions
from app.kernel.uow import load_actor
from db.enums import Status
from tests.support import Office, record_case_documents, register


def test_dashboard_shows_what_a_supervisor_must_do(office: Office, today) -> None:
    first, second = register(office), register(office, title="Zweites Vorhaben")
    for file_number in (first, second):
        record_case_documents(office, file_number)
        checking.start_check(office.anna, file_number)
        checking.confirm_eligible(office.anna, file_number)
    decisions.propose(office.anna, first, "approve", amount="10000.00", reasons="Bedarf belegt.")
    decisions.propose(office.sabine, second, "approve", amount="10000.00", reasons="Bedarf belegt.")
    with office.database.read() as session:
        board = dashboard(session, load_actor(session, "sabine"), dt.date(2026, 2, 2))
        tom = dashboard(session, load_actor(session, "tom"), dt.date(2026, 2, 2))
    counts = {s.status: s.count for s in board.statuses}
    assert counts[Status.decision_proposed] == 2 and sum(counts.values()) == 2
    assert {(p.file_number, p.mine_to_confirm) for p in board.pending} == {(first, True), (second, False)}
    assert all(p.mine_to_confirm for p in tom.pending)
    lpf = next(b for b in board.budgets if b.programme_code == "LPF" and b.fiscal_year == 2026)
    assert (lpf.allocation, lpf.approved, lpf.available) == (Decimal("100000.00"), Decimal("0.00"),
                                                            Decimal("100000.00"))
    assert board.recent and board.recent[0].file_number in (first, second)


def test_deadline_list_marks_overdue_and_filters_by_person(office: Office, today) -> None:
    file_number = register(office)
    checking.start_check(office.anna, file_number)
    checking.request_documents(office.anna, file_number, dt.date(2026, 2, 16))
    with office.database.read() as session:
        anna = load_actor(session, "anna")
        before = deadlines(session, dt.date(2026, 2, 10), assigned_to=anna.id)
        after = deadlines(session, dt.date(2026, 2, 20))
        others = deadlines(session, dt.date(2026, 2, 20), assigned_to=load_actor(session, "bernd").id)
    assert [(d.file_number, d.kind_label, d.overdue) for d in before] == [(file_number, "Nachforderung", False)]
    assert [d.overdue for d in after] == [True] and others == []
