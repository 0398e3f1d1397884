"""Demo data at scale: `foerderdesk demo-data --cases N` into a fresh SQLite file, in its own process,
beside the bench's own loader (`bench.bulk_data`, Core inserts without the walked cases) for the same N."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, check=False, capture_output=True, text=True, timeout=3600)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[2:])} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return elapsed


def measure(folder: Path, cases: int) -> tuple[float, float]:
    """(seconds for `demo-data`, seconds for the bench loader), each on a fresh file."""
    demo, loader = folder / f"demo-{cases}.sqlite3", folder / f"loader-{cases}.sqlite3"
    for path in (demo, loader):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    ours = _timed([sys.executable, "-m", "foerderdesk", "--db", f"sqlite:///{demo}", "demo-data",
                   "--cases", str(cases)])
    baseline = _timed([sys.executable, "-m", "bench.bulk_data", "--cases", str(cases), "--out", str(loader)])
    for path in (demo, loader):
        path.unlink(missing_ok=True)
    return ours, baseline
