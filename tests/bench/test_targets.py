"""The issue's targets in bench/, the quick run's scaled ones, and a missed row that says it ran under load."""

from __future__ import annotations

import os

import pytest

from bench import targets
from bench.report import Report, Row, Target, missed, table
from bench.suite import make_plan


def test_full_sizes_get_the_issues_numbers() -> None:
    assert targets.demo_target(10_000) == Target(60.0)
    assert targets.import_target(10_000) == Target(30.0)
    assert (targets.START_S, targets.SEARCH_MS, targets.LETTERS_RATIO, targets.EXCEL_RATIO) == (1.0, 20.0, 1.0, 1.3)


def test_quick_targets_scale_with_their_size() -> None:
    quick, full = make_plan(None, quick=True), make_plan(None, quick=False)
    assert (full.cases, full.demo_cases, quick.cases) == (100_000, 10_000, 2_000)
    small = targets.demo_target(quick.demo_cases).bound
    assert targets.DEMO_FIXED_S < small < targets.DEMO_S  # the walked cases' fixed part plus the copies' share
    assert small == pytest.approx(20 + 40 * quick.demo_cases / 10_000)
    assert targets.import_target(1_000).bound == pytest.approx(3.0)
    with pytest.raises(ValueError, match="positive"):
        targets.scaled(0, 10_000, 60.0)


def test_a_row_missed_under_load_says_so_and_one_on_a_quiet_machine_does_not() -> None:
    cpus = os.cpu_count() or 1
    report = Report("bench", [])
    report.loads.append(("GUI", cpus + 3.0))
    report.add([Row("search keystroke", 35.0, "ms", 50.0, Target(20))])
    report.loads.append(("letters", cpus / 4))
    report.add([Row("letters: batch", 90.0, "letters/s", 100.0, Target(1.0, on_ratio=True, at_least=True))])

    busy, quiet = table(report.rows)[2:]
    assert busy.endswith(f"| **not met** (under load {cpus + 3.0:.2f} on {cpus} CPUs) |")
    assert quiet.endswith("| **not met** |")
    lines = missed(report)
    assert "Measured under load" in lines[0] and "Measured under load" not in lines[1]


def test_the_slowest_imports_of_the_start_are_listed() -> None:
    from bench import import_times

    sample = ("import time: self [us] | cumulative | imported package\n"
              "import time:       120 |        120 |   encodings.aliases\n"
              "import time:      3000 |      45000 | sqlalchemy\n")
    assert import_times.parse(sample) == [import_times.ImportTime("encodings.aliases", 0.12, 0.12),
                                          import_times.ImportTime("sqlalchemy", 45.0, 3.0)]
    times = import_times.slowest("sqlalchemy", count=3)
    assert times[0].module == "sqlalchemy" and times[0].cumulative_ms >= times[-1].cumulative_ms
    assert not {"site", "encodings"} & {t.module for t in times}  # what every interpreter imports is left out
    lines = import_times.markdown(times, "sqlalchemy")
    assert lines[3] == "|---|---:|---:|" and lines[4].startswith("| sqlalchemy | ")
