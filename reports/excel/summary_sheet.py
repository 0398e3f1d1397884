"""Sheet "Überblick": one printed page per programme and year for the Landrat and the Kreistag.

Key figures first (budget, committed, available, paid, open; applications, decided, rejected; ideas and
withdrawn applications apart), then the same money by Handlungsfeld and by municipality. Values come exact from
the database; each block ends with a page break, and the page is fitted to the paper's width.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.pagebreak import Break

from reports.excel.cells import CellFactory, print_setup, set_widths, setup
from reports.i18n import _
from reports.summary.lines import GROUP_HEADERS, group_tables, group_values, key_figures
from reports.summary.model import ProgrammeYear, Summary


def write_summary(ws: WriteOnlyWorksheet, summary: Summary) -> None:
    cells = CellFactory(ws)
    set_widths(ws, [40, 10, 16, 12, 16, 16, 16])
    print_setup(ws, orientation="portrait")
    sheet = setup(ws)
    row = 0
    if not summary.blocks:
        ws.append([cells.label(summary.heading, "title")])
        ws.append([cells.label(_("Für die gewählten Programme und Jahre gibt es weder Vorgänge noch einen "
                                 "Haushaltsansatz."), "plain")])
        return
    for block in summary.blocks:
        row = _block(ws, cells, summary, block, row)
        sheet.row_breaks.append(Break(id=row))


def _block(ws: WriteOnlyWorksheet, cells: CellFactory, summary: Summary, block: ProgrammeYear, row: int) -> int:
    ws.append([cells.label(f"{summary.heading}: {block.title}", "title")])
    ws.append([cells.label(summary.created, "plain")])
    ws.append([cells.label(summary.note, "plain")])
    ws.append([])
    row += 4
    for label, value, kind in key_figures(block):
        ws.append([cells.label(label, "plain"), None,
                   cells.amount(value, "amount") if kind == "amount" and isinstance(value, Decimal)
                   else cells.number(value if isinstance(value, int) else None)])
        row += 1
    for dimension, groups in group_tables(block):
        ws.append([])
        ws.append([cells.label(_("nach {dimension}").format(dimension=dimension), "total")])
        ws.append([cells.label(dimension)] + [cells.label(h) for h in GROUP_HEADERS])
        row += 3
        for group in groups:
            count, requested, decided, approved, paid, unpaid = group_values(group)
            ws.append([cells.text(group.key), cells.number(count), cells.amount(requested), cells.number(decided),
                       cells.amount(approved), cells.amount(paid), cells.amount(unpaid)])
            row += 1
        count, requested, decided, approved, paid, unpaid = group_values(block.total)
        ws.append([cells.label(_("Summe"), "total"), cells.number(count, "total-count"),
                   cells.amount(requested, "total-amount"), cells.number(decided, "total-count"),
                   cells.amount(approved, "total-amount"), cells.amount(paid, "total-amount"),
                   cells.amount(unpaid, "total-amount")])
        row += 1
    ws.append([])
    return row + 1
