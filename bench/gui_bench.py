"""Benchmark of the caseworker window at 100,000 cases on SQLite, beside raw baselines in the same run.

    .venv/bin/python -m bench.gui_bench [--cases 100000] [--db FILE] [--repeat 5]

* cold start: a fresh process from launch until the list shows its first rows
  (interpreter, imports, database, window) – baseline: a fresh process that only shows an empty
  QMainWindow; target ≤ 1.5 s.
* search keystroke: one key typed into the search field until the list shows the new result
  – baseline: the same SQL through raw sqlite3; target median ≤ 100 ms.
* open a case: row selected until the detail shows it – baseline: the case row and its lines
  through raw sqlite3; target median ≤ 150 ms.
* memory: resident set size of the window process after these steps; target ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD_WINDOW = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from ui.application import GuiSession, open_database
app = QApplication([])
session = GuiSession(open_database(sys.argv[1]), "bench")
window = session.window
def ready(_n):
    window.case_list.model.data(window.case_list.model.index(0, 0))
    app.processEvents()
    print("READY", flush=True)
    app.quit()
window.case_list.loaded.connect(ready)
app.exec()
"""
CHILD_BASELINE = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print("READY", flush=True)
"""


def launch(code: str, *args: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - started
            process.wait(timeout=30)
            return elapsed
    raise RuntimeError("child did not become ready")


def cold_start(db: Path, repeat: int) -> tuple[float, float]:
    url = f"sqlite:///{db}"
    ours = [launch(CHILD_WINDOW, url) for _ in range(repeat)]
    base = [launch(CHILD_BASELINE) for _ in range(repeat)]
    return statistics.median(ours), statistics.median(base)


def raw_search(db: Path, text: str) -> float:
    connection = sqlite3.connect(db)
    started = time.perf_counter()
    pattern = f"%{text}%"
    connection.execute(
        "SELECT id FROM applications WHERE file_number LIKE ? OR title LIKE ? OR applicant_id IN "
        "(SELECT id FROM applicants WHERE name LIKE ?) ORDER BY fiscal_year + 0 DESC, file_number, id DESC",
        (pattern, pattern, pattern)).fetchall()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def raw_open(db: Path, case_id: int) -> float:
    connection = sqlite3.connect(db)
    started = time.perf_counter()
    connection.execute("SELECT * FROM applications WHERE id = ?", (case_id,)).fetchall()
    for table in ("cost_lines", "funding_lines", "status_changes", "deadlines", "payments", "decisions"):
        connection.execute(f"SELECT * FROM {table} WHERE application_id = ?", (case_id,)).fetchall()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def interactive(db: Path) -> dict[str, tuple[float, float]]:
    """Search keystrokes and opening cases in one window process (this one)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.application import GuiSession, open_database

    application = QApplication.instance() or QApplication([])
    session = GuiSession(open_database(f"sqlite:///{db}"), "bench")
    window = session.window
    assert window is not None

    def wait_for(signal: object, action: object) -> float:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(30000, loop.quit)
        started = time.perf_counter()
        action()  # type: ignore[operator]
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]
        return time.perf_counter() - started

    wait_for(window.case_list.loaded, lambda: None) if window.case_list.model.rowCount() == 0 else None
    search = window.case_list.filters.search
    keystrokes, raw_keys = [], []
    for word in ("familie", "sonders", "jugend", "lpf-2026-01", "kyff"):
        search.clear()
        wait_for(window.case_list.loaded, lambda: None)
        for index in range(1, len(word) + 1):
            keystrokes.append(wait_for(window.case_list.loaded, lambda i=index, w=word: search.setText(w[:i])))
            raw_keys.append(raw_search(db, word[:index]))
    search.clear()
    wait_for(window.case_list.loaded, lambda: None)
    opens, raw_opens = [], []
    for row in range(0, 2000, 100):
        case_id = window.case_list.model.id_at(row)
        opens.append(wait_for(window.case_detail.loaded, lambda r=row: window.case_list.view.selectRow(r)))
        raw_opens.append(raw_open(db, case_id or 0))
    memory = rss_mb()
    window.close()
    application.processEvents()
    session.database.dispose()
    return {"search": (statistics.median(keystrokes), statistics.median(raw_keys)),
            "open": (statistics.median(opens), statistics.median(raw_opens)),
            "rss": (memory, 0.0)}


def ensure_db(cases: int, given: str | None) -> Path:
    if given:
        return Path(given)
    path = Path(tempfile.gettempdir()) / f"foerderdesk-bench-{cases}.sqlite3"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "bench.bulk_data", "--cases", str(cases), "--out", str(path)],
                       check=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description="GUI benchmark")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", help="existing bench database (else built with bench.bulk_data)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    db = ensure_db(args.cases, args.db)
    subprocess.run([sys.executable, "-m", "ui.main", "--db", f"sqlite:///{db}", "db", "upgrade"], check=True,
                   capture_output=True)
    start, start_base = cold_start(db, args.repeat)
    results = interactive(db)
    rows = [("cold start to filled list", start, start_base, 1.5, "s"),
            ("search keystroke (median)", *results["search"], 0.100, "s"),
            ("open a case (median)", *results["open"], 0.150, "s"),
            ("resident memory", results["rss"][0], None, 300, "MB")]
    print(f"\nGUI benchmark, {args.cases:,} cases, SQLite ({db})".replace(",", "."))
    print(f"{'figure':30} {'value':>10} {'baseline':>10} {'ratio':>7} {'target':>8}  met")
    met_all = True
    for name, value, base, target, unit in rows:
        scale = 1000 if unit == "s" else 1
        shown_unit = "ms" if unit == "s" else unit
        ratio = f"{value / base:.1f}×" if base else "–"
        met = value <= target
        met_all &= met
        base_text = f"{base * scale:.0f} {shown_unit}" if base else "–"
        print(f"{name:30} {value * scale:>7.0f} {shown_unit:2} {base_text:>10} {ratio:>7} "
              f"{target * scale:>5.0f} {shown_unit:2}  {'yes' if met else 'NO'}")
    return 0 if met_all else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter finalisation: PySide6 may crash tearing down Qt objects at exit
