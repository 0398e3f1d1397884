"""The benchmark report: rows of figure, value, baseline, ratio, target, met; the machine; Markdown.

A row's ratio is always value ÷ baseline, measured in the same run. A target bounds either the value
itself (e.g. ≤ 100 ms) or the ratio (e.g. ≤ 3× raw SQL, ≥ 0.67× bare reportlab).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import platform
import sqlite3
import statistics
import sys
import sysconfig
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path

CLOSE = 0.9  # share of a target's allowance above which a met target counts as close
UNIT_FORMAT = {"ms": "{:.1f} ms", "s": "{:.2f} s", "MB": "{:.0f} MB", "letters/s": "{:.1f} letters/s"}


@dataclass(frozen=True)
class Target:
    bound: float
    on_ratio: bool = False  # the bound applies to value ÷ baseline instead of the value
    at_least: bool = False  # ≥ instead of ≤

    def text(self, unit: str) -> str:
        sign = "≥" if self.at_least else "≤"
        if self.on_ratio:
            return f"ratio {sign} {self.bound:.2f}×"
        return f"{sign} {fmt(self.bound, unit)}"

    def met(self, value: float, ratio: float | None) -> bool | None:
        measured = ratio if self.on_ratio else value
        if measured is None:
            return None
        return measured >= self.bound if self.at_least else measured <= self.bound

    def use(self, value: float, ratio: float | None) -> float | None:
        """How much of the allowance is used: 1.0 exactly at the bound, above 1.0 missed."""
        measured = ratio if self.on_ratio else value
        if measured is None or measured <= 0:
            return None
        return self.bound / measured if self.at_least else measured / self.bound


@dataclass(frozen=True)
class Row:
    figure: str
    value: float | None  # None: not measured (see `note`)
    unit: str
    baseline: float | None
    target: Target | None = None
    note: str = ""
    load: float | None = None  # the 1-minute load average as the row's step began

    @property
    def under_load(self) -> bool:
        """The machine had more runnable work than CPUs while this row was measured."""
        return self.load is not None and self.load > (os.cpu_count() or 1)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.target.met(self.value, self.ratio)

    @property
    def close(self) -> bool:
        """Met, but with less than 10 % to spare: the next noisy run may miss it."""
        if self.target is None or self.value is None or not self.met:
            return False
        use = self.target.use(self.value, self.ratio)
        return use is not None and use > CLOSE


@dataclass
class Report:
    command: str
    machine: list[tuple[str, str]]
    rows: list[Row] = field(default_factory=list)
    scaling: list[str] = field(default_factory=list)  # Markdown lines
    baselines: list[str] = field(default_factory=list)  # one sentence per baseline
    hints: dict[str, str] = field(default_factory=dict)  # figure prefix → what would fix a missed target
    loads: list[tuple[str, float]] = field(default_factory=list)  # (step, 1-minute load average as it began)
    imports: list[str] = field(default_factory=list)  # Markdown lines: the slowest imports of the start

    def add(self, rows: Sequence[Row]) -> None:
        """Add rows measured in the step begun last; they carry its load average."""
        step_load = self.loads[-1][1] if self.loads else None
        self.rows.extend(row if row.load is not None else replace(row, load=step_load) for row in rows)


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    return UNIT_FORMAT.get(unit, "{:.3g} " + unit).format(value)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (p95 of 200 values is the 190th smallest)."""
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(share * len(ordered))))
    return ordered[rank - 1]


def cell(text: str) -> str:
    """One line, no column separator: safe inside a Markdown table."""
    return " ".join(text.split()).replace("|", "/")


def table(rows: Sequence[Row]) -> list[str]:
    lines = ["| Figure | Value | Baseline | Ratio | Target | Met |", "|---|---:|---:|---:|---|---|"]
    for row in rows:
        ratio = "–" if row.ratio is None else f"{row.ratio:.2f}×"
        met = {True: "met", False: "**not met**", None: "–"}[row.met]
        if row.met is False and row.under_load:
            met += f" (under load {row.load:.2f} on {os.cpu_count()} CPUs)"
        value = fmt(row.value, row.unit) if row.value is not None else f"– ({cell(row.note)})"
        lines.append(f"| {row.figure} | {value} | {fmt(row.baseline, row.unit)} | {ratio} | "
                     f"{row.target.text(row.unit) if row.target else '–'} | {met} |")
    return lines


def _hint(report: Report, row: Row) -> str:
    return next((text for prefix, text in report.hints.items() if row.figure.startswith(prefix)), "")


def _line(report: Report, row: Row) -> str:
    ratio = "" if row.ratio is None else f", {row.ratio:.2f}× the baseline"
    target = row.target.text(row.unit) if row.target else "–"
    load = f" Measured under load ({row.load:.2f} on {os.cpu_count()} CPUs)." if row.under_load else ""
    value = fmt(row.value, row.unit)
    return f"- **{row.figure}**: {value}{ratio}; target {target}.{load} {_hint(report, row)}".rstrip()


def missed(report: Report) -> list[str]:
    """Markdown: every target not met, then those met with less than 10 % to spare, each with what would help."""
    lines = [_line(report, row) for row in report.rows if row.met is False] or ["Every target was met in this run."]
    close = [_line(report, row) for row in report.rows if row.close]
    if close:
        lines += ["", "Met, but with less than 10 % to spare (a noisier run may miss them):", "", *close]
    busy = [step for step, value in report.loads if value > (os.cpu_count() or 1)]
    if busy:
        lines += ["", f"The 1-minute load average was above the {os.cpu_count()} CPUs when these steps began: "
                  f"{', '.join(busy)} – other work shared the machine, so their figures are noisier than the rest."]
    return lines


def load_steps(report: Report) -> str:
    return ", ".join(f"{step} {value:.2f}" for step, value in report.loads)


def markdown(report: Report) -> str:
    lines = ["# FörderDesk benchmarks", "", f"Command: `{report.command}` (from the repository root after the "
             "README set-up; `foerderdesk bench --quick` is the small run CI makes). Generated by `bench/suite.py`; "
             "a new run replaces this file.", "", "## Machine", "",
             "| | |", "|---|---|", *[f"| {key} | {cell(value)} |" for key, value in report.machine], "",
             "## Figures", "", "Every baseline is measured in the same run, alternating with the figure where "
             "possible; the ratio is value ÷ baseline.", "", *table(report.rows), ""]
    if report.scaling:
        lines += ["## Scaling", "", *report.scaling, ""]
    if report.imports:
        lines += ["## Slowest imports at start", "", *report.imports, ""]
    if report.baselines:
        lines += ["## What is measured", "", *[f"- {text}" for text in report.baselines], ""]
    lines += ["## Targets not met", "", *missed(report), ""]
    return "\n".join(lines)


def cpu() -> str:
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return f"{platform.processor() or platform.machine()} × {os.cpu_count()}"
    models = [line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("model name")]
    return f"{models[0] if models else platform.machine()} × {len(models) or os.cpu_count()} (logical CPUs)"


def ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def load() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def versions() -> str:
    found = []
    for name in ("SQLAlchemy", "PySide6-Essentials", "reportlab", "openpyxl", "psycopg"):
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return ", ".join(found)


def interpreter() -> str:
    """Version and build of the interpreter under the virtual environment: a libpython loaded as a shared library
    (a plain `--enable-shared` build, as pyenv makes them) runs the program's Python code markedly slower than an
    interpreter with libpython built in (distribution and python.org builds), so a report says which one it ran on."""
    base = getattr(sys, "_base_executable", sys.executable)
    shared = bool(sysconfig.get_config_var("Py_ENABLE_SHARED")) and _links_libpython(base)
    return f"{sys.version.split()[0]} ({base}, libpython {'shared' if shared else 'built in'})"


def _links_libpython(executable: str) -> bool:
    """True when `executable` loads libpython as a shared library (Linux: its dynamic section names it)."""
    try:
        with open(os.path.realpath(executable), "rb") as binary:
            return b"libpython" in binary.read()
    except OSError:
        return True


def machine(postgresql: str) -> list[tuple[str, str]]:
    """The machine as (label, text) pairs; the load average is taken again at the end of the run."""
    return [("CPU", cpu()), ("RAM", ram()), ("System", f"{platform.system()} {platform.release()}"),
            ("Python", interpreter()), ("SQLite", sqlite3.sqlite_version), ("PostgreSQL", postgresql),
            ("Libraries", versions()),
            ("Started", dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
            ("Load average at start (1/5/15 min)", load())]
