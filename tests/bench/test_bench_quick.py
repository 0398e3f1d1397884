"""`foerderdesk bench --quick` end to end, so the benchmark code cannot rot. No timing is asserted: the
figures depend on the machine; what must hold is that every figure is measured beside its baseline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.report import Row, Target, percentile
from foerderdesk.main import main

NUMBER = r"\d+(?:\.\d+)? (?:ms|s|MB|letters/s)"
QUICK_FIGURES = [
    "GUI cold start to filled list, 2,000 cases",
    "search keystroke to updated list, 2,000 cases (median)",
    "open a case, 2,000 cases (median)",
    "GUI resident memory after search and open",
    "list query, 2,000 cases",
    "list query, 500 cases",
    "letters: 50 approval letters, batch",
    "letters: 50 approval letters, render_letter only",
    "Excel overview, 1,000 cases",
    "Excel overview, 1,000 cases, peak memory",
    "Excel overview, 500 cases",
    "Excel overview, 2,000 cases",
    "demo data (`demo-data`), 1,000 cases",
    "import: 1,000 rows validated and written",
    "import: 1,000 rows, CPU time of the process",
    "import: 1,000 rows, peak memory",
    *[f"service {use_case}, SQLite, {p}" for use_case in ("register", "start-check", "pay") for p in ("p50", "p95")],
]
POSTGRESQL_FIGURES = [f"service {use_case}, PostgreSQL, {p}" for use_case in ("register", "start-check", "pay")
                      for p in ("p50", "p95")]
WITH_TARGET = {"GUI cold start to filled list, 2,000 cases", "list query, 2,000 cases", "Excel overview, 1,000 cases",
               "letters: 50 approval letters, batch", "service pay, SQLite, p95", "open a case, 2,000 cases (median)",
               "demo data (`demo-data`), 1,000 cases", "import: 1,000 rows validated and written"}


def figures(report: str) -> dict[str, list[str]]:
    """Figure → [value, baseline, ratio, target, met] from the report's Figures table."""
    section = report.split("## Figures", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip("|").split("|") for line in section.splitlines() if line.startswith("| ")]
    return {cells[0].strip(): [cell.strip() for cell in cells[1:]] for cells in rows[1:]}


@pytest.mark.slow
@pytest.mark.xdist_group("processes")  # spawns processes that load both cores: one such test at a time
def test_quick_run_reports_every_figure_beside_its_baseline(tmp_path: Path, pg_server: object) -> None:
    target = tmp_path / "bench.md"

    assert main(["bench", "--quick", "-o", str(target)]) == 0

    report = target.read_text(encoding="utf-8")
    for label in ("CPU", "RAM", "Python", "SQLite", "PostgreSQL", "Load average at start", "Load average at end"):
        assert re.search(rf"^\| {label}[^|]* \| \S", report, re.MULTILINE), label
    found = figures(report)
    expected = QUICK_FIGURES + (POSTGRESQL_FIGURES if pg_server.url else [])  # type: ignore[attr-defined]
    for name in expected:
        value, baseline, ratio, target_text, met = found[name]
        assert re.fullmatch(NUMBER, value), (name, value)
        assert re.fullmatch(NUMBER, baseline), (name, baseline)
        assert re.fullmatch(r"\d+\.\d\d×", ratio), (name, ratio)
        if name in WITH_TARGET:
            assert target_text != "–" and met.startswith(("met", "**not met**")), (name, target_text, met)
    assert "| 500 |" in report and "| 2,000 |" in report  # the scaling table, one line per size
    assert "## Targets not met" in report and "## Slowest imports at start" in report


@pytest.mark.parametrize("args", [["--no-such-option"], ["--cases", "zehn"], ["--cases", "5"]])
def test_bench_usage_errors_are_german_with_exit_code_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["bench", *args])

    assert exited.value.code == 2
    assert "Fehlerhafter Aufruf von »foerderdesk bench«" in capsys.readouterr().err


def test_ratio_targets_and_percentiles() -> None:
    letters = Row("letters", 60.0, "letters/s", 100.0, Target(2 / 3, on_ratio=True, at_least=True))
    excel = Row("excel", 1.2, "s", 1.0, Target(1.5, on_ratio=True))
    search = Row("search", 120.0, "ms", 1.0, Target(100))

    assert (letters.ratio, letters.met) == (0.6, False)
    assert excel.met is True
    assert search.met is False
    assert Row("memory", 50.0, "MB", None).met is None
    assert percentile(list(range(1, 201)), 0.95) == 190
    assert percentile([3.0], 0.95) == 3.0


def test_an_unmeasured_figure_stays_one_table_row_with_its_reason() -> None:
    from bench.report import table

    lines = table([Row("service pay, PostgreSQL, p95", None, "ms", None, Target(100),
                       "PostgreSQL nicht erreichbar:\nconnection refused | port 1")])

    assert len(lines) == 3
    assert lines[2].split(" | ")[1] == "– (PostgreSQL nicht erreichbar: connection refused / port 1)"
    assert lines[2].endswith("| – |")  # neither met nor missed


@pytest.mark.slow
@pytest.mark.xdist_group("processes")
def test_only_one_part_is_measured_with_only(tmp_path: Path) -> None:
    target = tmp_path / "bench.md"

    assert main(["bench", "--quick", "--only", "letters", "-o", str(target)]) == 0

    found = figures(target.read_text(encoding="utf-8"))
    assert set(found) == {"letters: 50 approval letters, batch", "letters: 50 approval letters, render_letter only"}
    value, baseline, _ratio, _target, _met = found["letters: 50 approval letters, batch"]
    assert re.fullmatch(NUMBER, value) and re.fullmatch(NUMBER, baseline)
