"""The supervisor workbook: four sheets, streamed into the file or stream it is given.

openpyxl's write-only mode streams each sheet's rows to a temporary XML file,
so memory stays flat however many cases there are. Where the workbook goes is
the caller's choice: `app.excel.export` hands a hidden partial file beside the
target and renames it when complete, so a cancel, an error or a crash never
leaves a half-written or missing overview behind.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from openpyxl import Workbook

from reports.excel import cases_sheet
from reports.excel.model import Overview, Progress
from reports.excel.social_plan_sheet import write_social_plan
from reports.excel.summary_sheet import write_summary
from reports.excel.summary_sheets import write_breakdowns, write_budget, write_deadlines
from reports.i18n import _
from reports.summary.model import Summary

SHEETS = (_("Überblick"), _("Anträge"), _("Haushalt"), _("Auswertung"), _("Fristen"), _("Sozialplan"))


def write_workbook(target: Path | IO[bytes], overview: Overview, progress: Progress | None = None) -> int:
    """Write the workbook into `target`; returns the number of case rows.

    Raises `cases_sheet.Cancelled` when `progress` says stop, OSError when `target` cannot be written. The overview's
    database resources are released (`overview.close()`) in any case.
    """
    workbook = Workbook(write_only=True)
    try:
        rows = _fill(workbook, overview, progress)
        workbook.save(target)
    finally:
        overview.close()
        _discard(workbook)
    return rows


def _fill(workbook: Workbook, overview: Overview, progress: Progress | None) -> int:
    summary_ws, cases_ws, budget_ws, analysis_ws, deadlines_ws, plan_ws = (
        workbook.create_sheet(title) for title in SHEETS)
    workbook.properties.creator = "FörderDesk"
    workbook.properties.title = overview.heading
    workbook.calculation.fullCalcOnLoad = True  # totals are formulas: calculate them on opening
    note = _("Stand: {created}. {filters}").format(created=overview.created, filters=overview.filter_text)
    budget_note = note + " " + _("Haushaltszahlen gelten für das ganze Programmjahr, unabhängig von Status- "
                                 "und Gemeindefilter; »bewilligt« ist bei abgeschlossenen Vorgängen der "
                                 "endgültige Betrag.")
    write_summary(summary_ws, overview.summary or Summary(overview.heading, overview.created, note, ()))
    rows = cases_sheet.write(cases_ws, overview.heading, note, overview.case_count, overview.cases, progress)
    write_budget(budget_ws, overview.budgets, budget_note)
    write_breakdowns(analysis_ws, overview.breakdowns, note)
    write_deadlines(deadlines_ws, overview.deadlines, overview.deadline_count, overview.overdue_count, note,
                    overview.deadlines_until)
    write_social_plan(plan_ws, overview.coverage, note + " " + _(
        "Je Ziel und Gemeinde: geförderte Projekte (bewilligt, in Förderung, im Nachweis, abgeschlossen) und "
        "bewilligte Summen; unabhängig von Status- und Gemeindefilter. LÜCKE: nichts gefördert."))
    return rows


def _discard(workbook: Workbook) -> None:
    """Remove the per-sheet temporary files openpyxl keeps until save (they remain after a cancel)."""
    for ws in workbook.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None and os.path.exists(writer.out):
            with contextlib.suppress(OSError, ValueError):
                writer.cleanup()
