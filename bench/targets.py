"""The targets of issue 26, in one place, and how the quick run's targets scale with its size.

A fixed bound (start ≤ 1.0 s, search ≤ 20 ms) holds for every size: a smaller database never allows more.
A time that grows with the amount of work (demo data, import) scales with the size measured: a fixed part
plus a part per case or row, fitted so that the issue's size gives the issue's number.
"""

from __future__ import annotations

from bench.report import Target

START_S = 1.0  # cold start to a filled list, 100,000 cases
SEARCH_MS = 20.0  # one keystroke to an updated list, 100,000 cases
OPEN_MS = 150.0  # open a case
LETTERS_RATIO = 1.0  # ≥ bare reportlab
EXCEL_RATIO = 1.3  # ≤ raw openpyxl write-only
LIST_RATIO = 3.0  # ≤ the raw SQL
MEMORY_MB = 300.0
DEMO_CASES, DEMO_S, DEMO_FIXED_S = 10_000, 60.0, 20.0  # set-up and walked cases are the fixed part (demo.generator)
IMPORT_ROWS, IMPORT_S = 10_000, 30.0


def scaled(size: int, full_size: int, full_seconds: float, fixed_seconds: float = 0.0) -> float:
    """The bound for `size` of a job whose bound at `full_size` is `full_seconds` (`fixed_seconds` of it fixed)."""
    if size <= 0 or full_size <= 0:
        raise ValueError("sizes must be positive")
    return fixed_seconds + (full_seconds - fixed_seconds) * size / full_size


def demo_target(cases: int) -> Target:
    return Target(scaled(cases, DEMO_CASES, DEMO_S, DEMO_FIXED_S))


def import_target(rows: int) -> Target:
    return Target(scaled(rows, IMPORT_ROWS, IMPORT_S))
