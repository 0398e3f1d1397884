"""`foerderdesk bench`: every main job's speed and memory beside a raw-library baseline, as one report.

    foerderdesk bench [--cases N] [--quick] [-o FILE.md] [--only letters|demo]

Bench databases of N cases (default 100,000) and of the other sizes are made with `bench.bulk_data` in a
temporary folder; then the GUI (`bench.gui_bench`, in its own process), the list query and the scaling
(`bench.scaling_bench`), the letters (`bench.letters_bench`), the Excel overview (`bench.excel_bench`) and
the use cases on SQLite and PostgreSQL (`bench.services_bench`) are measured, several runs each, medians.
The report (figure, value, baseline, ratio, target, met) goes to stdout and, with `-o`, to a Markdown file.

Exit code 0 when the report is complete (whether or not every target is met: the machines are shared and
noisy, so a figure is never a pass/fail check), 1 when a measurement failed, 2 on a wrong call.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import demo_bench, import_bench, import_times, letters_bench, services_bench
from bench import targets as goal
from bench.excel_bench import bench_database
from bench.raw_db import PostgreSQLUnavailable, postgresql_admin_url, postgresql_version
from bench.report import Report, Row, Target, load, load_steps, machine, markdown, median
from bench.scaling_bench import PAGE, Measurements, scaling_table
from cli.parser import EXIT_FAILED, EXIT_OK, GermanArgumentParser

DESCRIPTIONS = [
    "GUI cold start: a fresh process from launch until the case list shows its first row, median of the runs "
    "(imports in the entry point's order; the program's modules byte-compiled, as an installation has them, so a run "
    "under PYTHONDONTWRITEBYTECODE does not compile them anew on every start); baseline a fresh process showing an "
    "empty QMainWindow. The window opens on its start page (the list is the next tab): the row after it times the "
    "same starts until the start page shows its figures (budgets, statuses, decisions, deadlines), which load after "
    "the list's first rows.",
    "Search keystroke / open a case: one key typed until the list is reloaded, a row selected until the detail "
    "shows it (medians); baselines the plain substring scan (LIKE over file number, title and applicant name, what "
    "the search did before its index) and the case's rows through raw sqlite3. The search target (≤ 20 ms at "
    "100,000 cases, issue 26) holds for every size: with the index the time follows the hits, not the cases.",
    "Resident memory: the window process after the searches and openings; baseline the empty-QMainWindow process.",
    f"List query: ids of all cases in the window's default order plus the first page ({PAGE} rows) through the "
    "app's reader; baseline the very SQL SQLAlchemy sent, run through raw sqlite3 (so the ratio is ORM overhead).",
    "Letters: approval letters per second of the batch (database, template, layout, PDF; nothing written) "
    "beside a bare reportlab letter of the same texts and fixed parts, medians of the rounds.",
    "Excel: `load_overview` + `write_overview` (styles, totals, four sheets, chart) beside the same cells written "
    "with openpyxl write-only, each run in a fresh process, alternating; the baseline's values are read from the "
    "database before its clock starts and kept in lists, so its peak resident set (memory row) can exceed ours; "
    "ours sets up the ORM's mappers before its clock (the running program did so at its start, the baseline while "
    "reading its values). The quick run takes the best of five runs each: a fresh process at 1,000 cases needs "
    "0.2 or 0.3 s of CPU time by the luck of its start, in both phases alike. "
    "`python -m bench.excel_bench` also prints the CPU-time ratio, which the load of the machine does not stretch.",
    "Demo data: `foerderdesk demo-data --cases N` on a fresh SQLite file in its own process (cases walked through "
    "the services until every state, situation and warning occurs – about fifty late in a year, at most 200 – the "
    "others copied from them in bulk with a sealed audit event each); baseline the bench's own loader "
    "(`bench.bulk_data`, Core inserts of bare cases) for the same N. Target 60 s at 10,000 cases; a smaller run's "
    "target is 20 s for the walked cases plus the copies' share of the other 40 s (bench/targets.py).",
    "Import: `import_list` of an office list of N rows (title line, the office's own header words, amounts and "
    "dates partly as text, status words, legal forms, every state an import reaches) into a fresh SQLite office, "
    "all rows validated and written in one transaction, in its own process; baseline the same file read raw "
    "with openpyxl (read-only, every cell value). The memory row is each process's peak resident set "
    "(ru_maxrss); the CPU-time row is what the load of the machine does not stretch.",
    "Services: one client, one use case after the other, on a fresh database; baseline the same rows (case, lines, "
    "documents, rule results, payment, status change, audit rows with their hash chain) inserted and updated "
    "through the bare driver (sqlite3 / psycopg) in one transaction each.",
]
HINTS = {  # what would help, from profiling these figures (see docs/benchmarks.md)
    "GUI cold start": "Imports are most of it (`python -X importtime -c 'import foerderdesk.main; "
    "foerderdesk.main.window_module()'`): SQLAlchemy and all models (declared together: the list reads their tables), "
    "then Qt and the window; the domain is imported before Qt (PySide6 reads the source of every module imported "
    "after it), with the cycle collector paused (foerderdesk/collector.py). The list's first page, its rows and the "
    "search read the tables' columns, so they need none of the ORM's mappers, which a worker sets up beside the "
    "list's query (for the start page's figures). The start page's figures are queued ahead of the other jobs once "
    "the list has its first page; its panels, the choices and the list's other ids follow, each importing its "
    "queries in its worker; the budget sums read one covering index (migration 0025). "
    "The case detail below the list and the pages behind the other tabs (deadlines, consultations, micro projects) "
    "are built when first shown; the case tabs of other features, the action dialogs, "
    "letters, Excel, proof of use, the applicant file and the command line's parser load on first use "
    "(tests/architecture/test_cold_start.py). What is left is declaring the models (about 0.15 s) before the "
    "first query: tables of their own for the first screen, with the models loaded after it, would take that off. "
    "The interpreter counts too: one that loads libpython as a shared "
    "library (a plain `--enable-shared` build, as pyenv makes them) runs all of this about a fifth slower than one "
    "with libpython built in (the Python row of the machine table says which ran; the Makefile prefers the "
    "system's).",
    "search keystroke": "The list asks for a search's first page (200 ids) before the rest (app/cases/case_list.py "
    "`first_page`): a query with fewer than 2,000 hits is one look-up (FTS5 trigram index / pg_trgm, one scan of the "
    "search texts for one or two characters) and a sort of those ids; a broad one- or two-letter query walks the list "
    "order year by year and stops after a page; a longer query with many hits (\"fam\") is tested case by case in "
    "the newest year's list order and stops after a page. What remains slowest is a query whose hits start late in "
    "that order (\"lpf\": the year's cases of other programmes come first): the index collects every hit of the "
    "year. The other hits and the sums follow once typing paused.",
    "open a case": "The case's rows take under a millisecond (baseline); the time is in `case_detail`, "
    "`possible_actions` (every guard of every action) and building the tabs – profile those and build hidden tabs "
    "lazily.",
    "GUI resident memory": "The empty QMainWindow already takes the baseline; the rest (not yet broken down) is "
    "the imported modules and the list's cached rows (ui/case_list/model.py keeps MAX_CACHED_PAGES × PAGE) – "
    "measure with tracemalloc before cutting either.",
    "letters": "Compare with the render-only row: what lies between it and the batch is the database and the "
    "template (placeholders per case); what lies between render-only and bare reportlab is the layout code. "
    "Shared across the batch: font subsets, the fixed parts (`reports/letters/prepared.py`), the parse and line "
    "breaks of recurring paragraphs and their drawing where the font codes agree (`reports/letters/drawn.py`). "
    "What remains per letter is mostly reportlab's platypus (frames, tables) and the PDF's objects.",
    "Excel overview": "Rows are rendered as XML text, the bytes openpyxl's own writer makes, without a cell object "
    "and an element per cell (`reports.excel.row_xml`; rows it cannot render take openpyxl's path); styles are "
    "shared per kind, plain text goes in as bare values (`reports.excel.cells`). Beyond the rows remain reading "
    "the cases from the database (the baseline reads before its clock starts), the summary, analysis and "
    "social-plan sheets, the chart and the zip compression.",
    "service start-check": "The rules issue about a dozen SELECTs (applicant type twice, programme, config value, "
    "documents, lines) and write twelve results plus their audit rows; load the case with its lines in one query "
    "and keep reference rows for the unit of work.",
    "service": "Most of it is the ORM unit of work (reads of the actor and reference rows, flush, audit listener); "
    "fewer round trips per use case (one query for the actor and the case) help most on PostgreSQL.",
    "demo data": "About half is the walked cases (about 80 ms each on a quiet machine; demo/coverage.py decides when "
    "they show everything), a fifth the set-up (schema, Argon2 hashes of the demo users' passwords); the copies take "
    "well under a millisecond each (demo/bulk.py: driver-level executemany of the values as read).",
    "list query": "More than a quarter is SQLAlchemy's ORM result for 100,000 ids: running the ids query on the "
    "session's connection (Core) took 51 ms instead of 71 ms at 100,000 cases, the ids from the DB-API cursor 30 ms.",
}


@dataclass(frozen=True)
class Plan:
    cases: int
    gui_repeat: int
    letters: int
    letter_rounds: int
    excel_cases: int
    excel_repeat: int
    service_ops: int
    list_runs: int
    scaling: tuple[int, ...]
    demo_cases: int
    import_rows: int = goal.IMPORT_ROWS


def make_plan(cases: int | None, quick: bool) -> Plan:
    if quick:
        n = cases or 2_000
        # five letter rounds: 50 letters take a quarter second, so one pause of the machine (a full garbage
        # collection, another process) would otherwise decide the median of two. Five Excel runs each: a fresh
        # process at 1,000 cases takes 0.2 or 0.3 s of CPU time by the luck of its start (both phases alike,
        # measured), so one run each let that luck decide the ratio
        return Plan(n, 2, 50, 5, 1_000, 5, 30, 3, tuple(sorted({500, n})), 1_000, 1_000)
    n = cases or 100_000
    return Plan(n, 5, 1_000, 3, 10_000, 3, 200, 7, tuple(sorted({1_000, 10_000, n})), goal.DEMO_CASES,
                goal.IMPORT_ROWS)


def _n(cases: int) -> str:
    return f"{cases:,}"


def gui_rows(db: Path, plan: Plan) -> list[Row]:
    """`bench.gui_bench --json` in its own process (Qt, and so the memory figure is the window's alone)."""
    command = [sys.executable, "-m", "bench.gui_bench", "--db", str(db), "--repeat", str(plan.gui_repeat), "--json"]
    result = subprocess.run(command, check=False, capture_output=True, text=True, timeout=1800)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"bench.gui_bench failed ({result.returncode}):\n{result.stderr[-3000:]}")
    figures = json.loads(lines[-1])
    n = _n(plan.cases)
    return [Row(f"GUI cold start to filled list, {n} cases", figures["start"][0], "s", figures["start"][1],
                Target(goal.START_S)),
            Row(f"GUI cold start to the start page's figures, {n} cases", figures["start_page"][0], "s",
                figures["start_page"][1]),
            Row(f"search keystroke to updated list, {n} cases (median)", figures["search"][0] * 1000, "ms",
                figures["search"][1] * 1000, Target(goal.SEARCH_MS)),
            Row(f"open a case, {n} cases (median)", figures["open"][0] * 1000, "ms", figures["open"][1] * 1000,
                Target(goal.OPEN_MS)),
            Row("GUI resident memory after search and open", figures["rss"][0], "MB", figures["rss"][1],
                Target(goal.MEMORY_MB))]


def letter_rows(plan: Plan) -> list[Row]:
    times, count = letters_bench.measure(plan.letters, plan.letter_rounds)
    ours, bare = count / median(times[letters_bench.BATCH]), count / median(times[letters_bench.BASELINE])
    render = count / median(times[letters_bench.RENDER])
    return [Row(f"letters: {_n(count)} approval letters, batch", ours, "letters/s", bare,
                Target(goal.LETTERS_RATIO, on_ratio=True, at_least=True)),
            Row(f"letters: {_n(count)} approval letters, render_letter only", render, "letters/s", bare)]


def excel_rows(measured: Measurements, plan: Plan) -> list[Row]:
    figures = measured.excel(plan.excel_cases, trace=True)
    n = _n(plan.excel_cases)
    return [Row(f"Excel overview, {n} cases", median(figures.ours), "s", median(figures.raw),
                Target(goal.EXCEL_RATIO, on_ratio=True)),
            Row(f"Excel overview, {n} cases, peak memory", figures.rss_ours, "MB", figures.rss_raw)]


def list_rows(measured: Measurements, plan: Plan) -> list[Row]:
    rows = []
    for cases in sorted({plan.cases, *plan.scaling}):
        ours, raw = measured.list_query(cases)
        target = Target(goal.LIST_RATIO, on_ratio=True) if cases == plan.cases else None
        rows.append(Row(f"list query, {_n(cases)} cases", median(ours) * 1000, "ms", median(raw) * 1000, target))
    return rows


def scaling_rows(measured: Measurements, plan: Plan) -> list[Row]:
    rows = []
    for cases in plan.scaling:
        figures = measured.excel(cases)
        if cases != plan.excel_cases:  # the ratio holds at the run's full size too (100,000 cases)
            target = Target(goal.EXCEL_RATIO, on_ratio=True) if cases == plan.cases else None
            rows.append(Row(f"Excel overview, {_n(cases)} cases", median(figures.ours), "s", median(figures.raw),
                            target))
    return rows


def demo_rows(folder: Path, plan: Plan) -> list[Row]:
    ours, loader = demo_bench.measure(folder, plan.demo_cases)
    return [Row(f"demo data (`demo-data`), {_n(plan.demo_cases)} cases", ours, "s", loader,
                goal.demo_target(plan.demo_cases))]


def import_rows(folder: Path, plan: Plan) -> list[Row]:
    ours, raw = import_bench.measure(folder, plan.import_rows)
    n = _n(plan.import_rows)
    return [Row(f"import: {n} rows validated and written", ours["seconds"], "s", raw["seconds"],
                goal.import_target(plan.import_rows)),
            Row(f"import: {n} rows, CPU time of the process", ours["cpu"], "s", raw["cpu"]),
            Row(f"import: {n} rows, peak memory", ours["rss_mb"], "MB", raw["rss_mb"])]


def service_rows(plan: Plan, postgresql: str | None, reason: str) -> list[Row]:
    rows = services_bench.measure("sqlite", plan.service_ops)
    if postgresql is None:
        return rows + services_bench.unmeasured("postgresql", reason)
    try:
        return rows + services_bench.measure("postgresql", plan.service_ops)
    except PostgreSQLUnavailable as exc:
        return rows + services_bench.unmeasured("postgresql", str(exc))


def _step(report: Report, title: str) -> None:
    """Say what is measured next; note the 1-minute load average then (how noisy the machine was)."""
    report.loads.append((title.split(":", maxsplit=1)[0], os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0))
    print(f"== {title}", file=sys.stderr, flush=True)


def measure_all(report: Report, plan: Plan, folder: Path, postgresql: str | None, reason: str) -> None:
    """Every section in turn; the rows go into `report`."""
    sizes = sorted({plan.cases, plan.excel_cases, *plan.scaling})
    _step(report, f"bench data: {', '.join(_n(n) for n in sizes)} cases")
    for cases in sizes:
        bench_database(folder, cases)
    measured = Measurements(folder, plan.list_runs, plan.excel_repeat)
    _step(report, "GUI")
    report.add(gui_rows(bench_database(folder, plan.cases), plan))
    report.imports = import_times.markdown(import_times.slowest(), later=import_times.loaded_later())
    _step(report, "list query")
    report.add(list_rows(measured, plan))
    _step(report, "letters")
    report.add(letter_rows(plan))
    _step(report, "Excel overview")
    report.add(excel_rows(measured, plan))
    _step(report, "service use cases")
    report.add(service_rows(plan, postgresql, reason))
    _step(report, "demo data")
    report.add(demo_rows(folder, plan))
    _step(report, "Excel import")
    report.add(import_rows(folder, plan))
    _step(report, "scaling")
    report.add(scaling_rows(measured, plan))
    report.scaling = scaling_table(measured, plan.scaling)


def _parser() -> GermanArgumentParser:
    parser = GermanArgumentParser(prog="foerderdesk bench",
                                  description="Messungen: Geschwindigkeit und Speicher neben Rohbibliotheks-Werten")
    parser.add_argument("--cases", type=int, metavar="N", help="Vorgänge in der Messdatenbank (Standard 100.000; "
                        "mit --quick 2.000)")
    parser.add_argument("--quick", action="store_true", help="kleine Zahlen, in unter zwei Minuten (für CI)")
    parser.add_argument("-o", "--output", type=Path, metavar="DATEI.md", help="Bericht zusätzlich als Markdown")
    parser.add_argument("--only", choices=sorted(ONLY), help="nur diesen Teil messen (ohne Messdatenbanken)")
    return parser


# parts that need no bench databases, measured alone with `--only`
ONLY: dict[str, Callable[[Plan, Path], list[Row]]] = {"letters": lambda plan, _folder: letter_rows(plan),
                                                       "demo": lambda plan, folder: demo_rows(folder, plan)}


def run(plan: Plan, command: str, output: Path | None, only: str | None = None) -> Report:
    version, reason = postgresql_version(postgresql_admin_url())
    report = Report(command, machine(version or reason), baselines=DESCRIPTIONS, hints=HINTS)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="foerderdesk-bench-") as folder:
        if only is None:
            measure_all(report, plan, Path(folder), version, reason)
        else:
            _step(report, only)
            report.add(ONLY[only](plan, Path(folder)))
    report.machine += [("Load average at end (1/5/15 min)", load()),
                       ("Load average (1 min) as each step began", load_steps(report)),
                       ("Duration", f"{time.perf_counter() - started:.0f} s")]
    text = markdown(report)
    print(text)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    args = parser.parse_args(arguments)
    if args.cases is not None and args.cases < 100:
        parser.error("--cases braucht mindestens 100 Vorgänge")
    command = " ".join(["foerderdesk bench", *arguments])
    try:
        run(make_plan(args.cases, args.quick), command, args.output, args.only)
    except Exception:
        traceback.print_exc()
        print("Eine Messung ist fehlgeschlagen (Einzelheiten oben).", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
