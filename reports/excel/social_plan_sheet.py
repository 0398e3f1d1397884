"""Sheet "Sozialplan": goals × municipalities — funded projects and approved amounts, gaps marked.

Two matrices (number of projects, approved amount) with the same rows: life phases with their goals
and a row over all goals. A goal or municipality with nothing funded is marked in words ("LÜCKE" in
the row label, "⚠" before the municipality) and on a red ground; an empty cell reads "–". Below:
€ per inhabitant of each goal's target group and the target indicators of the measures. All figures
are the database's values (no formulas: nothing here is filtered).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from reports.excel.cells import CellFactory, print_setup, set_widths, setup
from reports.excel.model import Cell, CoverageReport, GoalRow, PhaseRow
from reports.i18n import _

GAP = _("LÜCKE")
FIRST_PLACE = 5  # column of the first municipality


class _Sheet:
    """Appends rows and knows the current row number (write-only sheets cannot be revisited)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws, self.cells, self.row = ws, CellFactory(ws), 0

    def add(self, values: list[Any], height: float | None = None) -> None:
        self.row += 1
        if height is not None:
            setup(self.ws).row_dimensions[self.row].height = height
        self.ws.append(values)


def write_social_plan(ws: WriteOnlyWorksheet, report: CoverageReport | None, note: str) -> None:
    sheet = _Sheet(ws)
    set_widths(ws, [50, 13, 14, 12] + [12] * len(report.municipalities if report else []))
    print_setup(ws)
    cells = sheet.cells
    if report is None:
        sheet.add([cells.label(_("Sozialplan-Abdeckung"), "title")])
        sheet.add([cells.label(_("Für die gewählten Jahre ist kein Sozialplan hinterlegt."), "plain")])
        return
    years = ", ".join(str(y) for y in report.years)
    sheet.add([cells.label(_("Sozialplan-Abdeckung: {plan} ({years})").format(plan=report.plan_name,
                                                                              years=years), "title")])
    sheet.add([cells.label(note, "plain")])
    sheet.add([cells.label(_gap_summary(report), "gap-label" if _has_gaps(report) else "plain")])
    sheet.add([])
    _matrix(sheet, report, _("Zahl der geförderten Projekte"), lambda c: c.count, "count")
    sheet.add([])
    _matrix(sheet, report, _("Bewilligte Summen (abgeschlossen: endgültige Zuwendung)"), lambda c: c.amount,
            "amount")
    sheet.add([])
    _targets(sheet, report)


def _has_gaps(report: CoverageReport) -> bool:
    return bool(report.goal_gaps or report.municipality_gaps)


def _gap_summary(report: CoverageReport) -> str:
    goals = ", ".join(f"{g.code} {g.title}" for g in report.goal_gaps) or _("keine")
    places = ", ".join(m.name for m in report.municipality_gaps) or _("keine")
    return _("Lücken – Ziele ohne gefördertes Projekt: {goals}. Gemeinden ohne gefördertes Projekt: {places}.").format(
        goals=goals, places=places)


def _matrix(sheet: _Sheet, report: CoverageReport, title: str, value: Callable[[Cell], Any], kind: str) -> None:
    cells = sheet.cells
    sheet.add([cells.label(title, "total")])
    longest = max((len(m.name) for m in report.municipalities), default=10)
    sheet.add([cells.label(_("Ziel")), cells.label(_("Zielgruppe")), cells.label(_("Landkreis")),
               cells.label(_("€ je Einwohner der Zielgruppe"))]
              + [cells.label(("⚠ " if m.gap else "") + m.name, "header-vertical") for m in report.municipalities],
              height=min(160, 7 * longest + 12))
    gap_places = [m.gap for m in report.municipalities]
    goals_by_phase: dict[str | None, list[GoalRow]] = {}
    for goal in report.goals:
        goals_by_phase.setdefault(goal.life_phase_code, []).append(goal)
    for phase in report.phases:
        sheet.add(_row(cells, phase.name, phase, value, kind, "total", gap_places))
        for goal in goals_by_phase.get(phase.code, []):
            sheet.add(_row(cells, f"   {goal.code} {goal.title}", goal, value, kind, "text", gap_places))
    sheet.add(_row(cells, _("Alle Ziele (jedes Projekt einmal)"), _all_goals(report), value, kind, "total",
                   gap_places))


def _all_goals(report: CoverageReport) -> PhaseRow:
    return PhaseRow(None, "", "", len(report.goals), tuple(m.total for m in report.municipalities), report.total)


def _row(cells: CellFactory, name: str, row: GoalRow | PhaseRow, value: Callable[[Cell], Any], kind: str,
         style: str, gap_places: list[bool]) -> list[Any]:
    label = cells.label(name + (f"  – {GAP}" if row.gap else ""), "gap-label" if row.gap else style)
    head = [label, cells.text(row.target_group), _value(cells, row.total, value, kind, row.gap),
            cells.amount(row.total.per_inhabitant)]
    return head + [_value(cells, cell, value, kind, row.gap or gap)
                   for cell, gap in zip(row.cells, gap_places, strict=True)]


def _value(cells: CellFactory, cell: Cell, value: Callable[[Cell], Any], kind: str, in_gap: bool) -> Any:
    if cell.gap:
        return cells.label("–", "gap" if in_gap else "plain")
    return cells.number(value(cell)) if kind == "count" else cells.amount(value(cell))


def _targets(sheet: _Sheet, report: CoverageReport) -> None:
    cells = sheet.cells
    sheet.add([cells.label(_("Zielindikatoren der Maßnahmen"), "total")])
    sheet.add([cells.label(h) for h in (_("Maßnahme"), _("Zielindikator"), _("Soll"), _("Ist"), _("Stand"))])
    for m in report.measures:
        state = "–" if m.met is None else (_("erreicht") if m.met else _("nicht erreicht"))
        sheet.add([cells.text(f"{m.goal_code} · {m.code} {m.title}"), cells.text(m.indicator),
                   cells.number(m.target_count), cells.number(m.achieved),
                   cells.label(state, "gap-label" if m.met is False else "plain")])
