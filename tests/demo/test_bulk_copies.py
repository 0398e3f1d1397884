"""Demo data beyond the walked cases: copies of walked cases, complete, under their own file numbers."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from sqlalchemy import func, select

from app.cases.case_list import CaseFilter, list_cases
from app.cases.detail import case_detail
from app.cases.notes import add_note
from app.kernel.budget import committed_amount
from app.kernel.database import Database
from app.kernel.uow import UnitOfWork
from db.enums import Status
from db.models import Application, Budget, CostLine, FileNumberCounter, Note, Programme, StatusChange
from demo.bulk import case_tables
from demo.generator import generate
from tests.fixtures.database import Today

DEMO_DAY = dt.date(2026, 6, 1)


def test_copies_are_complete_searchable_cases_with_new_numbers(database: Database, today: Today) -> None:
    assert generate(database, cases=70, seed=3, now=DEMO_DAY, walked=30) == 70
    today.set(DEMO_DAY)
    with database.read() as session:
        cases = list(session.execute(select(Application.id, Application.file_number, Application.status,
                                            Application.programme_id, Application.fiscal_year)))
        numbers = [c.file_number for c in cases if c.file_number]
        assert len(numbers) == len(set(numbers))  # every copy has its own file number
        counters = {(c.programme_id, c.fiscal_year): c.last_number for c in session.scalars(select(FileNumberCounter))}
        for case in cases:
            if case.file_number:  # the running number lies within the programme-year's counter
                assert int(re.findall(r"\d+", case.file_number)[-1]) <= counters[(case.programme_id, case.fiscal_year)]
        copies = [c for c in cases if c.id > 30]
        assert len(copies) == 40 and len(Counter(c.status for c in copies)) >= 5
        for copy in copies:  # the copy's history and plan came with it
            history = session.scalar(select(func.count()).where(StatusChange.application_id == copy.id))
            assert history or copy.status == Status.idea
            if copy.status not in (Status.idea,):
                assert session.scalar(select(func.count()).where(CostLine.application_id == copy.id))
                detail = case_detail(session, copy.file_number)
                assert detail.file_number == copy.file_number and detail.sums.total_costs > 0
        last = next(c for c in reversed(copies) if c.file_number)
        assert [r.id for r in list_cases(session, CaseFilter(text=last.file_number))] == [last.id]  # indexed
        for pid, year, allocation in session.execute(select(Budget.programme_id, Budget.fiscal_year,
                                                            Budget.allocation)):
            assert committed_amount(session, pid, year) <= allocation  # copies never overdraw a budget
        assert session.scalar(select(func.count()).select_from(Programme)) == 3
    # the services go on writing after the copies (on PostgreSQL: the id sequences were moved past them)
    note = add_note(UnitOfWork(database, "mueller"), last.file_number, "Rückruf vereinbart.")
    with database.read() as session:
        assert session.get_one(Note, note).application_id == last.id


def test_case_tables_hold_every_row_of_a_case_but_the_audit_and_letters() -> None:
    names = {t.name for t in case_tables()}
    assert {"applications", "cost_lines", "funding_lines", "status_changes", "decisions", "payment_orders",
            "proofs_of_use", "deadlines", "scores", "application_goals", "consultations"} <= names
    assert not names & {"audit_events", "letters", "case_search", "users", "applicants"}
