"""The slowest imports of the window's start (`python -X importtime -c "import ui.application"`), for the report:
what the first screen loads is where a shorter cold start comes from (issue 26)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass


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


def slowest(module: str = "ui.application", count: int = 12) -> list[ImportTime]:
    """The modules with the largest cumulative import time, in a fresh process; what every interpreter imports
    before any code runs (site, the editable install's finder) is left out."""
    startup = {t.module for t in _imports("pass")}
    times = [t for t in _imports(f"import {module}") if t.module not in startup]
    return sorted(times, key=lambda t: t.cumulative_ms, reverse=True)[:count]


def markdown(times: list[ImportTime], module: str = "ui.application") -> list[str]:
    return [f"`python -X importtime -c 'import {module}'`, largest cumulative times (a package includes what it "
            "imports):", "", "| Module | Cumulative | Own |", "|---|---:|---:|",
            *[f"| {t.module} | {t.cumulative_ms:.1f} ms | {t.own_ms:.1f} ms |" for t in times]]
