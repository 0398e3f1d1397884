"""Use cases one after another (single client) on SQLite and PostgreSQL, p50/p95, beside raw DB-API writes.

    .venv/bin/python -m bench.services_bench [--ops 200] [--backend sqlite postgresql]

Set-up (not timed): a fresh database (a temporary SQLite file; on PostgreSQL a throw-away database on the
server of FOERDERDESK_TEST_PG, default the local one, dropped afterwards), the office of
`bench.letters_bench` and one case taken along the whole path, whose rows are the templates of the baseline.

Timed, `--ops` times each, the use case and its baseline taking turns:

* register     – `register_application` with the signed application and the financing plan;
* start-check  – the workflow transition `start-check` (stores the eligibility rules' results);
* pay          – `book_paid`: the cash office's confirmation of an exported payment order of an approved case
                 (the cases are approved, their orders signed by two people and exported in between, not timed).

Baseline: the rows the use case writes, inserted and updated through the bare driver (sqlite3 / psycopg)
in one transaction each – the same tables and row counts, the file-number counter and the audit rows with
their hash chain – but no reads, rules, permission checks or ORM.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from app.administration.reference_data import ensure_reference_data
from app.cases import checking, decisions
from app.cases import intake as applications
from app.kernel import clock
from app.kernel.database import Database, connect, upgrade_schema
from app.kernel.uow import UnitOfWork
from app.payments.cash_export import export_orders
from app.payments.orders import OrderInput, book_paid, create_order, sign_arithmetic, sign_factual
from bench.letters_bench import YEAR, approval_input, office
from bench.raw_db import Raw, insert, postgresql_admin_url, throwaway_postgresql
from bench.report import Row, Target, median, percentile

USE_CASES = ("register", "start-check", "pay")
RECEIVED = ("application_signed", "financing_plan")
DAY = dt.date(YEAR, 3, 2)
PAID_ON = DAY + dt.timedelta(days=7)  # after the notification of a decision posted on DAY (§ 43 Abs. 1 VwVfG)
TARGET_MS = {"sqlite": 50.0, "postgresql": 100.0}
T = TypeVar("T")


@dataclass
class Templates:
    """Rows of one case that went the whole way, copied by the baseline (ids dropped)."""

    application: dict[str, Any]
    children: dict[str, list[dict[str, Any]]]  # table → rows (cost_lines, funding_lines, documents, …)
    status_changes: dict[str, dict[str, Any]]  # action → row
    audits: dict[str, list[dict[str, Any]]]  # action → the audit rows that use case wrote


@dataclass
class Timings:
    ours: dict[str, list[float]] = field(default_factory=lambda: {name: [] for name in USE_CASES})
    raw: dict[str, list[float]] = field(default_factory=lambda: {name: [] for name in USE_CASES})


def timed(into: list[float], action: Callable[[], T]) -> T:
    started = time.perf_counter()
    result = action()
    into.append(time.perf_counter() - started)
    return result


def _approve(database: Database, file_number: str) -> None:
    anna, sabine = UnitOfWork(database, "anna"), UnitOfWork(database, "sabine")
    checking.confirm_eligible(anna, file_number)
    decisions.propose(anna, file_number, "approve", amount="10000.00", reasons="Bedarfsgerechtes Angebot.")
    decisions.confirm_decision(sabine, file_number, decision_date=DAY)


def _whole_way(database: Database, applicant: int) -> str:
    anna = UnitOfWork(database, "anna")
    file_number = applications.register_application(anna, approval_input(applicant, 0), RECEIVED)
    checking.start_check(anna, file_number)
    _approve(database, file_number)
    book_paid(anna, _exported_orders(database, [file_number])[0], PAID_ON)
    return file_number


def _exported_orders(database: Database, file_numbers: list[str]) -> list[int]:
    """An order of 2,500.00 € per case, signed by anna and sabine and exported in one run (not timed)."""
    anna, sabine = UnitOfWork(database, "anna"), UnitOfWork(database, "sabine")
    ids = []
    for file_number in file_numbers:
        order_id = create_order(anna, file_number, OrderInput(amount="2500.00")).record_id
        assert order_id is not None
        sign_factual(anna, order_id)
        sign_arithmetic(sabine, order_id)
        ids.append(order_id)
    with tempfile.TemporaryDirectory() as folder:
        export_orders(anna, "csv", Path(folder) / "zahlungslauf.csv")
    return ids


def _without_ids(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{key: value for key, value in row.items() if key != "id"} for row in rows]


def load_templates(raw: Raw, file_number: str) -> Templates:
    application = raw.rows("SELECT * FROM applications WHERE file_number = ?", (file_number,))[0]
    case_id = application["id"]
    children = {table: _without_ids(raw.rows(f"SELECT * FROM {table} WHERE application_id = ? ORDER BY id",
                                             (case_id,)))
                for table in ("cost_lines", "funding_lines", "documents", "eligibility_results", "payments")}
    status_changes = {action: _without_ids(raw.rows(
        "SELECT * FROM status_changes WHERE application_id = ? AND action = ?", (case_id, action)))[0]
        for action in USE_CASES}
    audits = {action: [{key: value for key, value in row.items()
                        if key not in ("id", "chain_seq", "prev_hash", "hash")} for row in raw.rows(
        "SELECT * FROM audit_events WHERE application_id = ? AND action = ? ORDER BY id", (case_id, action))]
        for action in USE_CASES}
    raw.end_read()
    application.pop("id")
    application.update(status="received", version=1, approved_amount=None, paid_amount=0, decided_on=None)
    return Templates(application, children, status_changes, audits)


def _children(rows: list[dict[str, Any]], case_id: int) -> list[dict[str, Any]]:
    return [{**row, "application_id": case_id} for row in rows]


def _sealed_audits(raw: Raw, rows: list[dict[str, Any]], case_id: int) -> None:
    """The audit rows, chained behind the locked head like `app.kernel.audit_chain.seal` (hash over the content)."""
    seq, previous = raw.execute("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1" + raw.lock_clause()
                                ).fetchone()
    sealed = []
    for row in rows:
        seq += 1
        content = {**row, "application_id": case_id, "entity_id": str(case_id)}
        digest = hashlib.sha256(f"{previous or ''}|{json.dumps(list(content.values()), default=str)}".encode())
        sealed.append({**content, "chain_seq": seq, "prev_hash": previous, "hash": digest.hexdigest()})
        previous = sealed[-1]["hash"]
    insert(raw, "audit_events", sealed)
    raw.execute("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1", (seq, previous))


def raw_register(raw: Raw, t: Templates, number: int) -> int:
    with raw.transaction():
        last = raw.execute("UPDATE file_number_counters SET last_number = last_number + 1 "
                           "WHERE programme_id = ? AND fiscal_year = ? RETURNING last_number",
                           (t.application["programme_id"], t.application["fiscal_year"])).fetchone()[0]
        case_id = insert(raw, "applications", [{**t.application, "file_number": f"LPF-{YEAR}-{last:04d}",
                                                "title": f"Rohvergleich {number}"}], returning=True)
        assert case_id is not None
        for table in ("cost_lines", "funding_lines", "documents"):
            insert(raw, table, _children(t.children[table], case_id))
        insert(raw, "status_changes", _children([t.status_changes["register"]], case_id))
        _sealed_audits(raw, t.audits["register"], case_id)
    return case_id


def raw_start_check(raw: Raw, t: Templates, case_id: int) -> None:
    with raw.transaction():
        raw.execute("UPDATE applications SET status = ?, version = version + 1, updated_at = ? "
                    "WHERE id = ? AND version = ?", ("eligibility_check", t.application["updated_at"], case_id, 1))
        insert(raw, "status_changes", _children([t.status_changes["start-check"]], case_id))
        insert(raw, "eligibility_results", _children(t.children["eligibility_results"], case_id))
        _sealed_audits(raw, t.audits["start-check"], case_id)


def raw_pay(raw: Raw, t: Templates, case_id: int) -> None:
    payment = t.children["payments"][0]
    with raw.transaction():
        raw.execute("UPDATE applications SET status = ?, paid_amount = paid_amount + ?, version = version + 1, "
                    "updated_at = ? WHERE id = ? AND version = ?",
                    ("funding", payment["amount"], t.application["updated_at"], case_id, 2))
        insert(raw, "payments", _children([payment], case_id))
        insert(raw, "status_changes", _children([t.status_changes["pay"]], case_id))
        _sealed_audits(raw, t.audits["pay"], case_id)


def run(url: str, ops: int) -> Timings:
    """Set up, then each use case `ops` times beside its baseline on the database at `url` (empty or new)."""
    database = connect(url)
    upgrade_schema(database)
    ensure_reference_data(database)
    applicant = office(database)
    raw = Raw(url)
    try:
        t = load_templates(raw, _whole_way(database, applicant))
        return _timed_runs(database, raw, t, applicant, ops)
    finally:
        raw.close()
        database.dispose()


def _timed_runs(database: Database, raw: Raw, t: Templates, applicant: int, ops: int) -> Timings:
    anna, times = UnitOfWork(database, "anna"), Timings()
    file_numbers, raw_ids = [], []
    for n in range(1, ops + 1):
        file_numbers.append(timed(times.ours["register"], lambda n=n: applications.register_application(
            anna, approval_input(applicant, n), RECEIVED)))
        raw_ids.append(timed(times.raw["register"], lambda n=n: raw_register(raw, t, n)))
    for file_number, case_id in zip(file_numbers, raw_ids, strict=True):
        timed(times.ours["start-check"], lambda r=file_number: checking.start_check(anna, r))
        timed(times.raw["start-check"], lambda c=case_id: raw_start_check(raw, t, c))
    for file_number in file_numbers:
        _approve(database, file_number)
    for order_id, case_id in zip(_exported_orders(database, file_numbers), raw_ids, strict=True):
        timed(times.ours["pay"], lambda o=order_id: book_paid(anna, o, PAID_ON))
        timed(times.raw["pay"], lambda c=case_id: raw_pay(raw, t, c))
    return times


@contextmanager
def backend_url(backend: str) -> Iterator[str]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'services.sqlite3'}"
    else:
        with throwaway_postgresql(postgresql_admin_url()) as url:
            yield url


def measure(backend: str, ops: int) -> list[Row]:
    """p50 and p95 of each use case on `backend` ("sqlite" or "postgresql") beside the raw writes."""
    saved = clock.provider()
    clock.set_today(lambda: DAY)
    try:
        with backend_url(backend) as url:
            times = run(url, ops)
    finally:
        clock.set_today(saved)
    name = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[backend]
    rows = []
    for use_case in USE_CASES:
        ours, raw = times.ours[use_case], times.raw[use_case]
        rows.append(Row(f"service {use_case}, {name}, p50", median(ours) * 1000, "ms", median(raw) * 1000))
        rows.append(Row(f"service {use_case}, {name}, p95", percentile(ours, 0.95) * 1000, "ms",
                        percentile(raw, 0.95) * 1000, Target(TARGET_MS[backend])))
    return rows


def unmeasured(backend: str, reason: str) -> list[Row]:
    name = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[backend]
    return [Row(f"service {use_case}, {name}, {p}", None, "ms", None,
                Target(TARGET_MS[backend]) if p == "p95" else None, reason)
            for use_case in USE_CASES for p in ("p50", "p95")]


def main() -> None:
    parser = argparse.ArgumentParser(description="Use cases p50/p95 beside raw DB-API writes")
    parser.add_argument("--ops", type=int, default=200)
    parser.add_argument("--backend", nargs="+", choices=["sqlite", "postgresql"], default=["sqlite", "postgresql"])
    args = parser.parse_args()
    from bench.report import table

    for backend in args.backend:
        print("\n".join(table(measure(backend, args.ops))), flush=True)


if __name__ == "__main__":
    main()
