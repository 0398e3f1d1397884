"""The case list query beside the very same SQL through raw sqlite3, and how it and the overview grow.

    .venv/bin/python -m bench.scaling_bench --cases 1000 10000 100000 [--folder DIR]

List query: what the window runs to show the list – the ordered ids of all cases (no filter, the window's
default order: newest year first; `Reader.case_ids`) and the rows of the first page (`Reader.rows`, 200
rows). The SQL SQLAlchemy sent to the driver is recorded in a first (warm-up) run; the baseline runs
exactly those statements with their parameters through a plain sqlite3 connection and fetches every row,
so the ratio is the cost of the ORM, the sessions and the row objects. Both take turns, `--runs` times;
the medians count.

Overview: `bench.excel_bench` (raw openpyxl write-only of the same cells beside `write_overview`).
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event

from app.cases.case_list import CaseFilter
from app.cases.reader import Reader
from app.kernel.database import Database, connect
from bench.excel_bench import ExcelFigures, bench_database, large_repeat
from bench.excel_bench import measure as measure_excel
from bench.report import median

PAGE = 200  # rows the list model fetches at once (ui/case_list/model.py)


def app_list(database: Database) -> int:
    reader = Reader(database, "bench")
    ids = reader.case_ids(CaseFilter(), "fiscal_year", descending=True)  # as ui/case_list/widget.py starts
    reader.rows(ids[:PAGE])
    return len(ids)


def recorded(database: Database, action: Callable[[], object]) -> list[tuple[str, tuple[Any, ...]]]:
    """The SELECT statements and parameters `action` sends to the driver."""
    statements: list[tuple[str, tuple[Any, ...]]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, tuple(parameters)))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return statements


def raw_list(connection: sqlite3.Connection, statements: Sequence[tuple[str, tuple[Any, ...]]]) -> int:
    """The same statements (the reader's right included); the number of ids the first case query found."""
    results = [connection.execute(sql, parameters).fetchall() for sql, parameters in statements]
    return next(len(rows) for (sql, _p), rows in zip(statements, results, strict=True) if "FROM applications" in sql)


def list_query(db: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds per run of the app's list query and of the same SQL through raw sqlite3, taking turns."""
    database = connect(f"sqlite:///{db}")
    connection = sqlite3.connect(db)
    try:
        statements = recorded(database, lambda: app_list(database))
        if raw_list(connection, statements) != app_list(database):
            raise RuntimeError("raw SQL and list query disagree")
        ours: list[float] = []
        raw: list[float] = []
        for _ in range(runs):
            for into, action in ((ours, lambda: app_list(database)), (raw, lambda: raw_list(connection, statements))):
                started = time.perf_counter()
                action()
                into.append(time.perf_counter() - started)
        return ours, raw
    finally:
        connection.close()
        database.dispose()


@dataclass
class Measurements:
    """List query and overview per number of cases, each measured once per run of the suite."""

    folder: Path
    list_runs: int
    excel_repeat: int
    lists: dict[int, tuple[list[float], list[float]]] = field(default_factory=dict)
    excels: dict[int, ExcelFigures] = field(default_factory=dict)

    def list_query(self, cases: int) -> tuple[list[float], list[float]]:
        if cases not in self.lists:
            self.lists[cases] = list_query(bench_database(self.folder, cases), self.list_runs)
        return self.lists[cases]

    def excel(self, cases: int, trace: bool = False) -> ExcelFigures:
        if cases not in self.excels:
            repeat = large_repeat(cases, self.excel_repeat)
            self.excels[cases] = measure_excel(cases, self.folder, repeat, trace)
        return self.excels[cases]


def _per_thousand(seconds: float, cases: int) -> str:
    return f"{seconds * 1000 / (cases / 1000):.1f} ms"


def scaling_table(measured: Measurements, sizes: Sequence[int]) -> list[str]:
    """Markdown: medians per size, cost per 1,000 cases, and the growth from the smallest to the largest size."""
    lines = ["| Cases | List query | Raw SQL | Ratio | per 1,000 cases | Excel overview | Raw openpyxl | Ratio "
             "| per 1,000 cases |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    growth = {}
    for cases in sizes:
        ours, raw = (median(values) for values in measured.list_query(cases))
        excel = measured.excel(cases)
        x_ours, x_raw = median(excel.ours), median(excel.raw)
        growth[cases] = (ours, x_ours)
        lines.append(f"| {cases:,} | {ours * 1000:.1f} ms | {raw * 1000:.1f} ms | {ours / raw:.2f}× | "
                     f"{_per_thousand(ours, cases)} | {x_ours:.2f} s | {x_raw:.2f} s | {x_ours / x_raw:.2f}× | "
                     f"{_per_thousand(x_ours, cases)} |")
    first, last = min(sizes), max(sizes)
    lines += ["", f"From {first:,} to {last:,} cases ({last / first:.0f}× the cases) the list query took "
              f"{growth[last][0] / growth[first][0]:.1f}× and the overview {growth[last][1] / growth[first][1]:.1f}× "
              "as long (linear growth would be the same factor as the cases)."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description="List query and overview at several sizes")
    parser.add_argument("--cases", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--folder", type=Path, default=Path("/tmp/foerderdesk-bench"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    print("\n".join(scaling_table(Measurements(args.folder, args.runs, 3), sorted(args.cases))))


if __name__ == "__main__":
    main()
