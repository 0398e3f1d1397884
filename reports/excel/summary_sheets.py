"""Sheets "Haushalt", "Auswertung" and "Fristen": small tables of values computed by the database.

Their group rows are values (the database's sums, exact to the cent); their
totals rows are `SUM` formulas over those values, so a supervisor who corrects
or deletes a line in the workbook still gets a matching total. Nothing here is
filtered in Excel, hence plain SUM rather than SUBTOTAL.
"""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from reports.excel.cells import CellFactory, print_setup, set_widths, setup
from reports.excel.model import Breakdown, BudgetLine, DeadlineLine
from reports.i18n import _

BUDGET_HEADERS = [_("Programm"), _("Bezeichnung"), _("Haushaltsjahr"), _("Haushaltsansatz"), _("bewilligt"),
                  _("ausgezahlt"), _("verfügbar"), _("Auslastung")]
BREAKDOWN_HEADERS = [_("Anträge"), _("beantragt"), _("bewilligt"), _("ausgezahlt"), _("Ideen (gesondert)"),
                     _("zurückgezogen (gesondert)")]
DEADLINE_HEADERS = [_("Fällig am"), _("Art"), _("Betreff"), _("Aktenzeichen"), _("Vorhaben"), _("zuständig"),
                    _("Tage bis Fälligkeit")]
CHARTED = (_("Status"), _("Gemeinde"))


def _head(ws: WriteOnlyWorksheet, cells: CellFactory, title: str, note: str) -> None:
    ws.append([cells.label(title, "title")])
    ws.append([cells.label(note, "plain")])
    ws.append([])


def write_budget(ws: WriteOnlyWorksheet, lines: list[BudgetLine], note: str) -> None:
    cells = CellFactory(ws)
    set_widths(ws, [10, 36, 12, 16, 16, 16, 16, 11])
    ws.freeze_panes = "A5"
    print_setup(ws, "4:4")
    _head(ws, cells, _("Haushalt je Programm und Haushaltsjahr"), note)
    ws.append([cells.label(h) for h in BUDGET_HEADERS])
    for line in lines:
        ws.append([cells.text(line.programme), cells.text(line.programme_name), cells.number(line.fiscal_year, "year"),
                   cells.amount(line.allocation), cells.amount(line.approved), cells.amount(line.paid),
                   cells.amount(line.available), cells.percent(line.utilisation)])
    if not lines:
        ws.append([cells.label(_("Für die gewählten Programme und Jahre ist kein Haushaltsansatz angelegt."),
                               "plain")])
        return
    first, last = 5, 4 + len(lines)
    total = last + 1
    ws.append([cells.label(_("Summe"), "total"), None, None]
              + [cells.formula(f"=SUM({col}{first}:{col}{last})") for col in "DEFG"]
              + [cells.formula(f'=IF(D{total}>0,E{total}/D{total},"")', "total-percent")])


def write_breakdowns(ws: WriteOnlyWorksheet, breakdowns: list[Breakdown], note: str) -> None:
    """One table per dimension, a totals row each, and bar charts for status and municipality."""
    cells = CellFactory(ws)
    set_widths(ws, [44, 10, 16, 16, 16, 12, 14])
    print_setup(ws)
    _head(ws, cells, _("Auswertung nach Status, Lebensphase, Handlungsfeld, Gemeinde und Antragstellerart"), note)
    row = 4
    for breakdown in breakdowns:
        ws.append([cells.label(breakdown.title, "total")])
        ws.append([cells.label(breakdown.dimension)]
                  + [cells.label(h) for h in BREAKDOWN_HEADERS])
        first = row + 2
        for group in breakdown.groups:
            ws.append([cells.text(group.key), cells.number(group.count), cells.amount(group.requested),
                       cells.amount(group.approved), cells.amount(group.paid), cells.number(group.ideas),
                       cells.number(group.withdrawn)])
        last = first + len(breakdown.groups) - 1
        ws.append([cells.label(_("Summe"), "total"), _sum(cells, "B", first, last, "total-count")]
                  + [_sum(cells, col, first, last) for col in "CDE"]
                  + [_sum(cells, col, first, last, "total-count") for col in "FG"])
        ws.append([])
        if breakdown.dimension in CHARTED and breakdown.groups:
            setup(ws).add_chart(_chart(ws, breakdown.title, first, last), f"I{row}")
        row = last + 3


def _sum(cells: CellFactory, col: str, first: int, last: int, kind: str = "total-amount") -> object:
    if last < first:
        return cells.number(0, kind)
    return cells.formula(f"=SUM({col}{first}:{col}{last})", kind)


def _chart(ws: WriteOnlyWorksheet, title: str, first: int, last: int) -> BarChart:
    chart = BarChart()
    chart.type = "bar"
    chart.title = _("Beträge {title}").format(title=title)
    chart.y_axis.title = "€"
    chart.y_axis.number_format = '#,##0 "€"'
    chart.x_axis.delete = chart.y_axis.delete = False  # openpyxl 3.1 hides the axes otherwise
    chart.height, chart.width = 9, 18
    data = Reference(ws, min_col=3, max_col=5, min_row=first - 1, max_row=last)
    categories = Reference(ws, min_col=1, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    return chart


def write_deadlines(ws: WriteOnlyWorksheet, deadlines: Iterable[DeadlineLine], count: int, overdue: int,
                    note: str, until: str = "") -> None:
    cells = CellFactory(ws)
    set_widths(ws, [11, 20, 44, 16, 36, 20, 12])
    ws.freeze_panes = "A5"
    setup(ws).auto_filter.ref = f"A4:G{4 + max(count, 1)}"
    print_setup(ws, "4:4")
    title = (_("Offene Fristen bis {until}: {count}, davon überfällig: {overdue}") if until
             else _("Offene Fristen: {count}, davon überfällig: {overdue}"))
    _head(ws, cells, title.format(until=until, count=count, overdue=overdue), note)
    ws.append([cells.label(h) for h in DEADLINE_HEADERS])
    for d in deadlines:
        ws.append([cells.date(d.due_on), cells.text(d.kind), cells.text(d.title), cells.text(d.file_number),
                   cells.text(d.case_title), cells.text(d.assigned_to), cells.number(d.days_left)])
