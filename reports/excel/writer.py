"""The supervisor workbook: four sheets, streamed, written to a temporary file and renamed when complete.

openpyxl's write-only mode streams each sheet's rows to a temporary XML file,
so memory stays flat however many cases there are. The workbook is saved under
a hidden temporary name in the target folder and moved over the target only
when it is complete (`os.replace`, atomic on one file system): a cancel, an
error or a crash never leaves a half-written or missing overview behind, and an
older file of the same name stays intact until the new one is ready.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from openpyxl import Workbook

from app.excel.model import Overview, Progress
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _
from reports import atomic
from reports.excel import cases_sheet
from reports.excel.social_plan_sheet import write_social_plan
from reports.excel.summary_sheets import write_breakdowns, write_budget, write_deadlines

SHEETS = (_("Anträge"), _("Haushalt"), _("Auswertung"), _("Fristen"), _("Sozialplan"))


class ExportCancelled(FoerderDeskError):
    """The user cancelled; no file was written."""


class ExportFailed(FoerderDeskError):
    """The file could not be written (folder missing, no permission, file open in Excel …)."""


def write_overview(target: Path, overview: Overview, progress: Progress | None = None) -> int:
    """Write the workbook to `target`; returns the number of case rows. Raises ExportCancelled/ExportFailed."""
    target = Path(target)
    if not target.parent.is_dir():
        overview.close()
        raise ExportFailed(_("Der Ordner {folder} existiert nicht.").format(folder=target.parent))
    atomic.remove_stale(target.parent)
    partial = atomic.partial_name(target)
    workbook = Workbook(write_only=True)
    try:
        rows = _fill(workbook, overview, progress)
        workbook.save(partial)
        atomic.replace_atomically(partial, target)
    except cases_sheet.Cancelled:
        raise ExportCancelled(_("Der Export wurde abgebrochen; es wurde keine Datei geschrieben.")) from None
    except OSError as exc:
        raise ExportFailed(_("Die Datei {path} kann nicht geschrieben werden ({error}). Ist sie gerade in Excel "
                             "geöffnet?").format(path=target, error=exc.strerror or exc)) from exc
    finally:
        overview.close()
        _discard(workbook)
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return rows


def _fill(workbook: Workbook, overview: Overview, progress: Progress | None) -> int:
    cases_ws, budget_ws, analysis_ws, deadlines_ws, plan_ws = (workbook.create_sheet(title) for title in SHEETS)
    workbook.properties.creator = "FörderDesk"
    workbook.properties.title = overview.heading
    workbook.calculation.fullCalcOnLoad = True  # totals are formulas: calculate them on opening
    note = _("Stand: {created}. {filters}").format(created=overview.created, filters=overview.filter_text)
    budget_note = note + " " + _("Haushaltszahlen gelten für das ganze Programmjahr, unabhängig von Status- "
                                 "und Gemeindefilter; »bewilligt« ist bei abgeschlossenen Vorgängen der "
                                 "endgültige Betrag.")
    rows = cases_sheet.write(cases_ws, overview.heading, note, overview.case_count, overview.cases, progress)
    write_budget(budget_ws, overview.budgets, budget_note)
    write_breakdowns(analysis_ws, overview.breakdowns, note)
    write_deadlines(deadlines_ws, overview.deadlines, overview.deadline_count, overview.overdue_count, note)
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
