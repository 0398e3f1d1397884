"""The budget figures (start page, Excel overview) are summed from one index, never from the cases' rows."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from app.kernel import budget
from app.kernel.database import Database

MONEY_INDEX = "ix_applications_programme_year_money"


def test_the_index_holds_every_column_the_sums_read(database: Database) -> None:
    indexes = {i["name"]: i["column_names"] for i in inspect(database.engine).get_indexes("applications")}
    assert indexes[MONEY_INDEX] == ["programme_id", "fiscal_year", "status", "approved_amount", "final_amount",
                                    "paid_amount"]
    assert "ix_applications_programme_year_status" not in indexes  # its three columns lead the new one


def test_sqlite_sums_from_the_index_alone(database: Database) -> None:
    if database.backend != "sqlite":
        pytest.skip("PostgreSQL chooses its plan by the table's statistics; the index is there (test above)")
    # all programme-years (start page, Excel overview) and one programme's (a case's budget check)
    for query in (budget.sums_query(), budget.sums_query(programme_id=1)):
        compiled = query.compile(database.engine, compile_kwargs={"literal_binds": True})
        with database.engine.connect() as connection:
            plan = " ".join(str(row[-1]) for row in connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
        assert f"COVERING INDEX {MONEY_INDEX}" in plan, plan
