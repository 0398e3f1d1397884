"""Sheet "Sozialplan": goals × municipalities — funded projects and approved amounts, gaps marked.

Two matrices (number of projects, approved amount) with the same rows: life phases with their goals
and a row over all goals. A goal or municipality with nothing funded reads "LÜCKE" on a red ground
(text as well as colour). Below: € per inhabitant of each goal's target group, and the target
indicators of the measures. All figures are the database's values (no formulas: nothing to filter).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.i18n import _
from app.social_plan.report import Cell, CoverageReport, GoalRow, PhaseRow
from reports.excel.cells import CellFactory, print_setup, set_widths

GAP = _("LÜCKE")


def write_social_plan(ws: WriteOnlyWorksheet, report: CoverageReport | None, note: str) -> None:
    cells = CellFactory(ws)
    set_widths(ws, [46, 16, 13, 15] + [7] * len(report.municipalities if report else []))
    print_setup(ws)
    if report is None:
        ws.append([cells.label(_("Sozialplan-Abdeckung"), "title")])
        ws.append([cells.label(_("Für die gewählten Jahre ist kein Sozialplan hinterlegt."), "plain")])
        return
    years = ", ".join(str(y) for y in report.years)
    ws.append([cells.label(_("Sozialplan-Abdeckung: {plan} ({years})").format(plan=report.plan_name, years=years),
                           "title")])
    ws.append([cells.label(note, "plain")])
    ws.append([cells.label(_gap_summary(report), "gap-label" if _has_gaps(report) else "plain")])
    ws.append([])
    _matrix(ws, cells, report, _("Zahl der geförderten Projekte"), lambda c: c.count, "count")
    ws.append([])
    _matrix(ws, cells, report, _("Bewilligte Summen (abgeschlossen: endgültige Zuwendung)"), lambda c: c.amount,
            "amount")
    ws.append([])
    _targets(ws, cells, report)


def _has_gaps(report: CoverageReport) -> bool:
    return bool(report.goal_gaps or report.municipality_gaps)


def _gap_summary(report: CoverageReport) -> str:
    goals = ", ".join(f"{g.code} {g.title}" for g in report.goal_gaps) or _("keine")
    places = ", ".join(m.name for m in report.municipality_gaps) or _("keine")
    return _("Lücken – Ziele ohne gefördertes Projekt: {goals}. Gemeinden ohne gefördertes Projekt: {places}.").format(
        goals=goals, places=places)


def _matrix(ws: WriteOnlyWorksheet, cells: CellFactory, report: CoverageReport, title: str,
            value: Callable[[Cell], Any], kind: str) -> None:
    ws.append([cells.label(title, "total")])
    ws.append([cells.label(_("Ziel")), cells.label(_("Zielgruppe")), cells.label(_("Landkreis")),
               cells.label(_("€ je Einwohner Zielgruppe"))]
              + [cells.label(("⚠ " if m.gap else "") + m.name, "header-vertical") for m in report.municipalities])
    goals_by_phase: dict[str | None, list[GoalRow]] = {}
    for goal in report.goals:
        goals_by_phase.setdefault(goal.life_phase_code, []).append(goal)
    for phase in report.phases:
        ws.append(_row(cells, phase.name, phase, value, kind, "total"))
        for goal in goals_by_phase.get(phase.code, []):
            ws.append(_row(cells, f"   {goal.code} {goal.title}", goal, value, kind, "text"))
    ws.append(_row(cells, _("Alle Ziele (jedes Projekt einmal)"), _all_goals(report), value, kind, "total"))


def _all_goals(report: CoverageReport) -> PhaseRow:
    return PhaseRow(None, "", "", len(report.goals), tuple(m.total for m in report.municipalities), report.total)


def _row(cells: CellFactory, name: str, row: GoalRow | PhaseRow, value: Callable[[Cell], Any], kind: str,
         style: str) -> list[Any]:
    label = cells.label(name + (f"  – {GAP}" if row.gap else ""), "gap-label" if row.gap else style)
    head = [label, cells.text(row.target_group), _value(cells, row.total, value, kind),
            cells.amount(row.total.per_inhabitant)]
    return head + [_value(cells, cell, value, kind) for cell in row.cells]


def _value(cells: CellFactory, cell: Cell, value: Callable[[Cell], Any], kind: str) -> Any:
    if cell.gap:
        return cells.label(GAP if kind == "count" else "–", "gap")
    return cells.number(value(cell)) if kind == "count" else cells.amount(value(cell))


def _targets(ws: WriteOnlyWorksheet, cells: CellFactory, report: CoverageReport) -> None:
    ws.append([cells.label(_("Zielindikatoren der Maßnahmen"), "total")])
    ws.append([cells.label(h) for h in (_("Maßnahme"), _("Zielindikator"), _("Soll"), _("Ist"), _("Stand"))])
    for m in report.measures:
        state = "–" if m.met is None else (_("erreicht") if m.met else _("nicht erreicht"))
        ws.append([cells.text(f"{m.goal_code} · {m.code} {m.title}"), cells.text(m.indicator),
                   cells.number(m.target_count), cells.number(m.achieved),
                   cells.label(state, "gap-label" if m.met is False else "plain")])
