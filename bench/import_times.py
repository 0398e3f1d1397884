"""The slowest imports of the window's start (`python -X importtime -c "import foerderdesk.main;
foerderdesk.main.window_module()"`: what the entry point imports before it builds the window, as it imports them),
for the report: what the first screen loads is where a shorter cold start comes from (issue 26). The PDF, Excel and
chart libraries must not be among them: the report says whether they are (tests/architecture/test_cold_start.py fails
if they are)."""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass

START = "foerderdesk.main, ui.application"
# how the entry point imports them: the window's modules with the cycle collector paused (`window_module`)
ENTRY_CODE = "import foerderdesk.main; foerderdesk.main.window_module()"


def _code(module: str) -> str:
    return ENTRY_CODE if module == START else f"import {module}"
# loaded on first use (a letter, a workbook, a chart, a PDF preview), never by the start
LATER = ("reportlab", "openpyxl", "pypdf", "pypdfium2", "PySide6.QtCharts", "PySide6.QtPdf", "app.letters", "app.excel",
         "app.proof")


@dataclass(frozen=True)
class ImportTime:
    module: str
    cumulative_ms: float
    own_ms: float


def parse(stderr: str) -> list[ImportTime]:
    """The lines `import time: self [us] | cumulative | imported package` of `-X importtime`."""
    found = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|", 2)
        found.append(ImportTime(name.strip(), int(cumulative) / 1000, int(own) / 1000))
    return found


def _imports(code: str) -> list[ImportTime]:
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", code], check=False,
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"{code} failed:\n{result.stderr[-2000:]}")
    return parse(result.stderr)


def _median_times(runs: list[list[ImportTime]]) -> list[ImportTime]:
    """Per module, the median of its times over the runs (a shared machine makes single runs noisy)."""
    cumulative: dict[str, list[float]] = defaultdict(list)
    own: dict[str, list[float]] = defaultdict(list)
    for run in runs:
        for t in run:
            cumulative[t.module].append(t.cumulative_ms)
            own[t.module].append(t.own_ms)
    return [ImportTime(m, statistics.median(cumulative[m]), statistics.median(own[m])) for m in cumulative]


def slowest(module: str = START, count: int = 15, runs: int = 3) -> list[ImportTime]:
    """The modules with the largest cumulative import time, in fresh processes (median of `runs`); what every
    interpreter imports before any code runs (site, the editable install's finder) is left out."""
    startup = {t.module for t in _imports("pass")}
    times = [t for t in _median_times([_imports(_code(module)) for _ in range(max(1, runs))])
             if t.module not in startup]
    return sorted(times, key=lambda t: t.cumulative_ms, reverse=True)[:count]


def loaded_later(module: str = START) -> list[str]:
    """Those of `LATER` the start imports after all (empty when the start stays light)."""
    names = {t.module for t in _imports(_code(module))}
    return [name for name in LATER if any(m == name or m.startswith(name + ".") for m in names)]


def markdown(times: list[ImportTime], module: str = START, later: list[str] | None = None) -> list[str]:
    lines = [f"`python -X importtime -c '{_code(module)}'`, largest cumulative times (a package includes what it "
             "imports; median of the runs):", "", "| Module | Cumulative | Own |", "|---|---:|---:|",
             *[f"| {t.module} | {t.cumulative_ms:.1f} ms | {t.own_ms:.1f} ms |" for t in times]]
    if later is not None:
        loaded = ", ".join(later) if later else "none of them"
        lines += ["", f"Imported on first use, not at start ({', '.join(LATER)}); loaded at start: {loaded}."]
    return lines
