"""An import's validation report as table rows (row, column, kind, problem) and its summary sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.excel.records import CheckedRows, Problem
from app.excel.validation import ImportPlan
from ui.widgets.text_table import TextRow

ERROR_COLOUR = "#b3261e"
HINT_COLOUR = "#44505e"


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportReport", text)


def problem_rows(plan: CheckedRows, *, errors_only: bool = False) -> list[TextRow]:
    """Problems in the order of the file (errors before hints of the same row), as the CLI prints them."""
    return [_row(p) for p in plan.in_file_order() if p.error or not errors_only]


def _row(problem: Problem) -> TextRow:
    kind = tr("Fehler") if problem.error else tr("Hinweis")
    return TextRow((str(problem.row) if problem.row else "–", problem.column or "–", kind, problem.message),
                   problem.row, colour=ERROR_COLOUR if problem.error else HINT_COLOUR)


def summary(plan: ImportPlan) -> str:
    text = tr("Blatt »{sheet}«, Kopfzeile in Zeile {header}: {rows} Datenzeilen, {valid} gültig, {invalid} mit "
              "Fehlern.").format(sheet=plan.sheet, header=plan.header_row, rows=plan.data_rows,
                                 valid=len(plan.cases), invalid=len(plan.invalid_rows))
    if plan.invalid_rows:
        text += " " + tr("Fehlerhafte Zeilen: {rows}.").format(rows=", ".join(map(str, plan.invalid_rows)))
    elif plan.errors:
        text += " " + tr("{n} Fehler betreffen die ganze Datei.").format(n=len(plan.errors))
    return text
