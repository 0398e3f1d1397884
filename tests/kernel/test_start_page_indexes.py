"""The start page's figures are read from indexes (migration 0025): the budget sums from one covering index, never
from the cases' rows; the open deadlines counted from one, and listed and warned of in its order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, inspect, text
from sqlalchemy.orm import Session

from app.administration import dashboard, warnings
from app.kernel import budget
from app.kernel.database import Database

MONEY_INDEX = "ix_applications_programme_year_money"
DEADLINE_INDEX = "ix_deadlines_due_open"
TODAY = dt.date(2026, 12, 7)


def test_the_indexes_hold_the_columns_the_start_page_reads(database: Database) -> None:
    found = inspect(database.engine)
    applications = {i["name"]: i["column_names"] for i in found.get_indexes("applications")}
    deadlines = {i["name"]: i["column_names"] for i in found.get_indexes("deadlines")}
    assert applications[MONEY_INDEX] == ["programme_id", "fiscal_year", "status", "approved_amount", "final_amount",
                                         "paid_amount"]
    assert deadlines[DEADLINE_INDEX] == ["due_on", "id", "done_at", "kind"]
    # the indexes they replace lead the new ones: nothing is lost
    assert "ix_applications_programme_year_status" not in applications and "ix_deadlines_due_on" not in deadlines


@contextmanager
def statements(database: Database) -> Iterator[list[tuple[str, Any]]]:
    """The SQL (and parameters) the code in the block sends."""
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        sent.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def plans(database: Database, read: Callable[[Session], object], table: str) -> list[str]:
    """SQLite's query plan of every statement `read` sends that reads `table`."""
    with statements(database) as sent, database.read() as session:
        read(session)
    found = []
    with database.engine.connect() as connection:
        for statement, parameters in sent:
            if f"FROM {table}" in statement:
                rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
                found.append(" | ".join(str(row[-1]) for row in rows))
    assert found, f"no statement read {table}"
    return found


def sqlite_only(database: Database) -> None:
    if database.backend != "sqlite":
        pytest.skip("PostgreSQL chooses its plan by the table's statistics; the indexes are there (test above)")


def test_sqlite_sums_the_budgets_from_the_index_alone(database: Database) -> None:
    sqlite_only(database)
    # all programme-years (start page, Excel overview) and one programme's
    for query in (budget.sums_query(), budget.sums_query(programme_id=1)):
        compiled = query.compile(database.engine, compile_kwargs={"literal_binds": True})
        with database.engine.connect() as connection:
            plan = " ".join(str(row[-1]) for row in connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
        assert f"COVERING INDEX {MONEY_INDEX}" in plan, plan


def test_sqlite_counts_lists_and_warns_of_open_deadlines_by_the_index(database: Database) -> None:
    sqlite_only(database)
    week = TODAY + dt.timedelta(days=7)
    counted = plans(database, lambda session: dashboard.deadline_counts(session, TODAY, week), "deadlines")
    assert all(f"COVERING INDEX {DEADLINE_INDEX}" in plan for plan in counted), counted
    listed = plans(database, lambda session: dashboard.deadlines(session, TODAY, due_by=week, limit=200),
                   "deadlines")
    warned = plans(database, lambda session: warnings.time_limit_warnings(session, TODAY), "deadlines")
    for plan in listed + warned:  # in the index's order: no sort of every open deadline before the first rows
        assert f"INDEX {DEADLINE_INDEX}" in plan and "TEMP B-TREE" not in plan, plan
