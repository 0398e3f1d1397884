"""Benchmark: the supervisor workbook beside writing the same cells raw with openpyxl (write-only), same run.

    .venv/bin/python -m bench.excel_bench --cases 10000 100000

For each size a bench database is made with `bench.bulk_data` (or reused),
then, alternating and each in a fresh process (so peak memory is its own):

* raw   – the values of all four sheets are fetched first (not timed), then the
          same cells written with `Workbook(write_only=True)` and `ws.append`,
          no styles, no formulas, no chart;
* ours  – `load_overview` + `write_overview`: database query, German formats,
          styles, totals, the sheets Haushalt/Auswertung/Fristen and the chart
          (the ORM's mappers set up before the clock, as in the running program
          and in the raw phase, which fetches its cells through the ORM first).

It prints the best of `--repeat` runs for each, their ratio (target ≤ 1.3),
the same for the CPU time of the timed part (which the load of other processes
does not stretch: a check on the wall-clock ratio of a busy machine), the peak
resident memory of each process (ru_maxrss) and, in one extra run, the peak of
Python allocations during the export (tracemalloc).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from app.excel.overview import OverviewRequest, load_overview
from app.kernel.database import Database, connect
from db.models import Application

TARGET_RATIO = 1.3


def bench_database(folder: Path, cases: int) -> Path:
    """`folder`/bench-N.sqlite3 with N cases from `bench.bulk_data` (reused when it already holds N cases)."""
    path = folder / f"bench-{cases}.sqlite3"
    if path.exists():
        database = connect(f"sqlite:///{path}")
        with database.read() as session:
            found = session.scalar(select(func.count()).select_from(Application))
        database.dispose()
        if found == cases:
            return path
    from bench.bulk_data import generate

    started = time.perf_counter()
    generate(path, cases).dispose()
    print(f"  bench data: {cases} cases in {time.perf_counter() - started:.1f} s ({path})", flush=True)
    return path


def _same_cells(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """The values of every sheet of the overview, fetched before the clock starts."""
    overview = load_overview(database, OverviewRequest(), "bench")
    try:
        cases = [tuple(vars(case).values()) for case in overview.cases]
        deadlines = [tuple(vars(d).values()) for d in overview.deadlines]
    finally:
        overview.close()
    return {
        "Anträge": cases,
        "Haushalt": [(b.programme, b.programme_name, b.fiscal_year, b.allocation, b.approved, b.paid, b.available,
                      b.utilisation) for b in overview.budgets],
        "Auswertung": [(g.key, g.count, g.requested, g.approved, g.paid)
                       for breakdown in overview.breakdowns for g in breakdown.groups],
        "Fristen": deadlines,
    }


def phase_raw(database: Database, target: Path) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of writing the cells."""
    sheets = _same_cells(database)
    started, cpu = time.perf_counter(), time.process_time()
    workbook = Workbook(write_only=True)
    for title, rows in sheets.items():
        ws = workbook.create_sheet(title)
        for row in rows:
            ws.append(row)
    workbook.save(target)
    return time.perf_counter() - started, time.process_time() - cpu


def phase_ours(database: Database, target: Path) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of the export: database query to file."""
    from sqlalchemy.orm import configure_mappers

    from app.excel.export import write_overview

    # The running program has its ORM set up by the case list long before anyone exports; the raw phase's
    # process set it up too, while fetching its cells before its clock.
    configure_mappers()
    started, cpu = time.perf_counter(), time.process_time()
    write_overview(target, load_overview(database, OverviewRequest(), "bench"))
    return time.perf_counter() - started, time.process_time() - cpu


def peak_rss_mb() -> float:
    """Peak resident memory of this process. Linux keeps ru_maxrss across fork/exec (a child would report the
    parent's peak), so the mm's own high-water mark VmHWM is read where it exists."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_phase(phase: str, db: Path, out: Path, trace: bool) -> None:
    """Child process: one measurement, printed as JSON."""
    database = connect(f"sqlite:///{db}")
    if trace:
        tracemalloc.start()
    seconds, cpu = {"raw": phase_raw, "ours": phase_ours}[phase](database, out)
    peak = tracemalloc.get_traced_memory()[1] if trace else None
    database.dispose()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "maxrss_mb": peak_rss_mb(),
                      "traced_peak_mb": peak / 2**20 if peak else None, "bytes": out.stat().st_size}))


def child(phase: str, db: Path, out: Path, trace: bool = False) -> dict[str, float]:
    args = [sys.executable, "-m", "bench.excel_bench", "--phase", phase, "--db", str(db), "--out", str(out)]
    result = subprocess.run(args + (["--trace"] if trace else []), capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


@dataclass(frozen=True)
class ExcelFigures:
    raw: list[float]  # seconds per run, raw openpyxl write-only
    ours: list[float]  # seconds per run, load_overview + write_overview
    rss_raw: float  # peak resident memory of the raw phase's process, MB
    rss_ours: float
    traced: float | None  # peak of Python allocations during one more export, MB
    size: int  # bytes of our workbook
    raw_cpu: tuple[float, ...] = ()  # CPU seconds per run, same order
    ours_cpu: tuple[float, ...] = ()


def measure(cases: int, folder: Path, repeat: int, trace: bool = True) -> ExcelFigures:
    """Both phases `repeat` times, alternating, each in a fresh process (so peak memory is its own)."""
    db = bench_database(folder, cases)
    runs: dict[str, list[dict[str, float]]] = {"raw": [], "ours": []}
    for _n in range(repeat):
        for phase in ("raw", "ours"):
            runs[phase].append(child(phase, db, folder / f"{phase}-{cases}.xlsx"))
    traced = child("ours", db, folder / f"traced-{cases}.xlsx", trace=True)["traced_peak_mb"] if trace else None
    return ExcelFigures(raw=[r["seconds"] for r in runs["raw"]], ours=[r["seconds"] for r in runs["ours"]],
                        rss_raw=max(r["maxrss_mb"] for r in runs["raw"]),
                        rss_ours=max(r["maxrss_mb"] for r in runs["ours"]),
                        traced=traced, size=int(runs["ours"][0]["bytes"]),
                        raw_cpu=tuple(r["cpu"] for r in runs["raw"]), ours_cpu=tuple(r["cpu"] for r in runs["ours"]))


def large_repeat(cases: int, repeat: int) -> int:
    """Runs of each phase: at most two above 20,000 cases (a 100k workbook takes long), but two, alternating, so a
    burst of load from other processes during one run does not decide the ratio alone."""
    return repeat if cases <= 20_000 else min(repeat, 2)


def bench(cases: int, folder: Path, repeat: int) -> bool:
    print(f"== {cases:,} cases".replace(",", "."), flush=True)
    figures = measure(cases, folder, repeat)
    raw, ours = min(figures.raw), min(figures.ours)
    ratio = ours / raw
    print(f"  raw openpyxl write-only: {raw:.2f} s, peak RSS {figures.rss_raw:.0f} MB")
    print(f"  FörderDesk overview:     {ours:.2f} s, peak RSS {figures.rss_ours:.0f} MB, "
          f"Python allocations peak {figures.traced or 0:.1f} MB, file {figures.size / 2**20:.1f} MB")
    print(f"  ratio {ratio:.2f} (target ≤ {TARGET_RATIO}) {'OK' if ratio <= TARGET_RATIO else 'ZU LANGSAM'}; "
          f"CPU time {min(figures.ours_cpu):.2f} s / {min(figures.raw_cpu):.2f} s = "
          f"{min(figures.ours_cpu) / min(figures.raw_cpu):.2f}; load {os.getloadavg()[0]:.1f}", flush=True)
    return ratio <= TARGET_RATIO


def main() -> int:
    parser = argparse.ArgumentParser(description="Excel overview benchmark")
    parser.add_argument("--cases", type=int, nargs="+", default=[10_000])
    parser.add_argument("--folder", type=Path, default=Path("/tmp/foerderdesk-bench"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--phase", choices=["raw", "ours"], help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        run_phase(args.phase, args.db, args.out, args.trace)
        return 0
    args.folder.mkdir(parents=True, exist_ok=True)
    results = [bench(n, args.folder, large_repeat(n, args.repeat)) for n in args.cases]
    return 0 if results[0] else 1


if __name__ == "__main__":
    raise SystemExit(main())
