"""Benchmark: importing an office's Excel list of N rows, beside reading the same file raw with openpyxl.

    .venv/bin/python -m bench.import_bench --rows 10000

Set-up (not timed): a fresh SQLite database with the office of `bench.letters_bench` (programme LPF with
a large budget) and a list of N rows written like an office keeps it (a title line, the office's own
header words, amounts and dates partly typed as text, status words, legal forms in the names, every
state an import can reach: received, approved, in funding, rejected, closed, withdrawn).

Timed, each in a fresh process so that its peak resident memory (ru_maxrss) is its own:

* raw   – `load_workbook(read_only=True)` and every cell value of the sheet read, nothing else;
* ours  – `import_list`: header recognition, every row validated, all cases, applicants, status history,
          payments, notes, deadlines and audit rows written in one transaction.

Target (issue 26): 10,000 rows in ≤ 30 s; the peak memory of both is reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

TOWNS = ("Sondershausen", "Artern", "Greußen", "Ebeleben", "Clingen", "Gehofen", "Kyffhäuserland", "Helbedündorf")
FORMS = ("Förderverein Kita {n} e.V.", "Familienhilfe {n} gGmbH", "Ev. Kirchengemeinde {n}", "Bürgerstiftung {n}",
         "Heimatverein {n} e.V.", "AWO Ortsverein {n}")
HEADER = ["Az.", "Maßnahme", "Zuwendungsempfänger", "Ort", "Zeitraum", "Zuschuss beantragt", "Zuschuss bewilligt",
          "ausgezahlt", "festgesetzt", "Bescheid vom", "abgeschlossen am", "Stand"]


def _row(n: int) -> list[object]:
    applicant = FORMS[n % len(FORMS)].format(n=n % 400)
    requested = 1000 + (n % 37) * 100
    base: list[object] = [f"LPF-2026-{n:05d}", f"Angebot für Familien {n}", applicant, TOWNS[n % len(TOWNS)],
                          "01.03.2026 – 31.12.2026"]
    kind = n % 6
    day = dt.date(2026, 1, 1 + n % 28)
    if kind == 0:
        return [*base, f"{requested:,}".replace(",", ".") + ",00 €", None, None, None, None, None, "offen"]
    if kind == 1:
        return [*base, requested, requested - 100, None, None, day, None, "bewilligt"]
    if kind == 2:
        return [*base, requested, requested, requested // 2, None, day.strftime("%d.%m.%Y"), None, "ausgezahlt"]
    if kind == 3:
        return [*base, requested, 0, None, None, day, None, "abgelehnt"]
    if kind == 4:
        return [*base, requested, requested, requested, requested, day, dt.date(2026, 1, 30), "abgeschlossen"]
    return [*base, requested, None, None, None, None, None, "zurückgezogen"]


def write_list(path: Path, rows: int) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Förderliste 2026")
    ws.append(["Förderliste Landesprogramm Familie 2026"])
    ws.append([])
    ws.append(HEADER)
    for n in range(1, rows + 1):
        ws.append(_row(n))
    wb.save(path)
    return path


def prepare(folder: Path, rows: int) -> tuple[Path, Path]:
    """(database, list) in `folder`: the office of the letters benchmark and a list of `rows` rows."""
    from app.administration.reference_data import ensure_reference_data
    from app.kernel.database import connect, upgrade_schema
    from bench.letters_bench import office

    db = folder / f"import-{rows}.sqlite3"
    database = connect(f"sqlite:///{db}")
    upgrade_schema(database)
    ensure_reference_data(database)
    office(database)
    database.dispose()
    return db, write_list(folder / f"liste-{rows}.xlsx", rows)


def _raw(path: Path) -> int:
    wb = load_workbook(path, read_only=True)
    cells = sum(len(row) for row in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return cells


def _ours(db: Path, path: Path) -> int:
    from app.excel.import_service import import_list
    from app.excel.records import ImportOptions
    from app.kernel import clock
    from app.kernel.database import connect
    from app.kernel.uow import UnitOfWork

    clock.set_today(lambda: dt.date(2026, 2, 2))
    database = connect(f"sqlite:///{db}")
    result = import_list(UnitOfWork(database, "sabine"), path, ImportOptions())
    return len(result.file_numbers)


def worker(kind: str, db: Path, path: Path) -> dict[str, float]:
    """Run one side in this process: seconds, count, peak resident memory in MB."""
    if kind == "ours":  # the imports of the product are not part of the import's time
        import app.excel.import_service  # noqa: F401
    started, cpu = time.perf_counter(), time.process_time()
    count = _ours(db, path) if kind == "ours" else _raw(path)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "count": count,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _in_process(kind: str, db: Path, path: Path) -> dict[str, float]:
    command = [sys.executable, "-m", "bench.import_bench", "--worker", kind, "--db", str(db), "--file", str(path)]
    result = subprocess.run(command, check=False, capture_output=True, text=True, timeout=3600)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"bench.import_bench {kind} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    figures: dict[str, float] = json.loads(lines[-1])
    return figures


def measure(folder: Path, rows: int) -> tuple[dict[str, float], dict[str, float]]:
    """(ours, raw) for a list of `rows` rows, each in its own process."""
    db, path = prepare(folder, rows)
    raw = _in_process("raw", db, path)
    ours = _in_process("ours", db, path)
    if ours["count"] != rows:
        raise RuntimeError(f"import wrote {ours['count']} of {rows} rows")
    return ours, raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--worker", choices=("ours", "raw"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--file", type=Path)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.db, args.file)))
        return
    with tempfile.TemporaryDirectory(prefix="foerderdesk-import-") as folder:
        ours, raw = measure(Path(folder), args.rows)
    print(f"import of {args.rows:,} rows: {ours['seconds']:.1f} s, CPU {ours['cpu']:.1f} s "
          f"(raw openpyxl read {raw['seconds']:.2f} s), "
          f"peak memory {ours['rss_mb']:.0f} MB (raw {raw['rss_mb']:.0f} MB)")


if __name__ == "__main__":
    main()
