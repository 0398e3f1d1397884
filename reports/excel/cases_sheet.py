"""Sheet "Anträge": one row per case, streamed, with a totals row that follows the supervisor's filter.

Totals are `SUBTOTAL(109, …)` formulas (103 = count of visible rows), not
values: a supervisor filters the list in Excel (one municipality, one status)
and the totals then show the sums of exactly the visible rows; they also stay
right when rows are edited or deleted. A value would silently keep the sum of
all rows and mislead. The totals row sits above the header (rows 1–4 are
frozen), so it is always in view, is never swept into a sort or the
autofilter range, and needs no scrolling to row 100,005. Excel and LibreOffice
calculate the formulas when the file is opened (the workbook asks for a full
calculation on load); the sheets "Haushalt" and "Auswertung" carry the same
sums as values from the database.
"""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from reports.excel.cells import CellFactory, print_setup, set_widths, setup
from reports.excel.model import OverviewCase, Progress
from reports.i18n import _

COLUMNS: list[tuple[str, float]] = [
    (_("Aktenzeichen"), 16), (_("Titel"), 36), (_("Antragsteller"), 30), (_("Antragstellerart"), 22),
    (_("Gemeinde"), 20), (_("Programm"), 10), (_("Haushaltsjahr"), 9), (_("Status"), 20),
    (_("Lebensphase"), 14), (_("Handlungsfeld"), 28), (_("Eingang"), 11), (_("Beginn"), 11), (_("Ende"), 11),
    (_("beantragt"), 14), (_("bewilligt"), 14), (_("ausgezahlt"), 14), (_("endgültig"), 14),
    (_("nächste Frist"), 11),
]
AMOUNT_COLUMNS = ("N", "O", "P", "Q")
HEADER_ROW = 4
FIRST_DATA_ROW = 5
PROGRESS_STEP = 500


class Cancelled(Exception):
    """The progress callback asked to stop."""


def prepare(ws: WriteOnlyWorksheet, case_count: int) -> None:
    """Layout that must be set before the first row is streamed."""
    set_widths(ws, [width for _label, width in COLUMNS])
    ws.freeze_panes = f"B{FIRST_DATA_ROW}"
    last = HEADER_ROW + max(case_count, 1)
    setup(ws).auto_filter.ref = f"A{HEADER_ROW}:R{last}"
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")


def write(ws: WriteOnlyWorksheet, heading: str, subheading: str, cases: int, rows: Iterable[OverviewCase],
          progress: Progress | None) -> int:
    """Write title, totals, header and the streamed case rows; returns the number of rows written."""
    cells = CellFactory(ws)
    prepare(ws, cases)
    ws.append([cells.label(heading, "title")])
    ws.append([cells.label(subheading, "plain")])
    ws.append(_totals(cells, cases))
    ws.append([cells.label(label) for label, _width in COLUMNS])
    return _rows(ws, cells, rows, cases, progress)


def _rows(ws: WriteOnlyWorksheet, cells: CellFactory, rows: Iterable[OverviewCase], total: int,
          progress: Progress | None) -> int:
    done = 0
    for case in rows:
        ws.append(_row(cells, case))
        done += 1
        if progress is not None and done % PROGRESS_STEP == 0 and not progress(done, total):
            raise Cancelled
    if progress is not None and not progress(done, max(total, done)):
        raise Cancelled
    return done


def _row(c: CellFactory, r: OverviewCase) -> list[object]:
    return [c.text(r.file_number), c.text(r.title), c.text(r.applicant), c.text(r.applicant_type),
            c.text(r.municipality), c.text(r.programme), r.fiscal_year, c.text(r.status),
            c.text(r.life_phase), c.text(r.field_of_action), c.date(r.received_on), c.date(r.start_date),
            c.date(r.end_date), c.amount(r.requested), c.amount(r.approved), c.amount(r.paid),
            c.amount(r.final), c.date(r.next_deadline)]


def _totals(c: CellFactory, cases: int) -> list[object]:
    """Row 3: count and amount sums of the visible (filtered) rows."""
    if cases == 0:
        return [c.label(_("Summe (keine Anträge)"), "total")]
    last = HEADER_ROW + cases
    row: list[object] = [c.label(_("Summe der sichtbaren Zeilen:"), "total"),
                         c.formula(f"=SUBTOTAL(103,A{FIRST_DATA_ROW}:A{last})", "total-count"),
                         c.label(_("Anträge"), "total")]
    row += [None] * (13 - len(row))
    row += [c.formula(f"=SUBTOTAL(109,{col}{FIRST_DATA_ROW}:{col}{last})") for col in AMOUNT_COLUMNS]
    return row


def totals_formula_range(cases: int) -> tuple[int, int]:
    """First and last data row the totals refer to (for tests and readers)."""
    return FIRST_DATA_ROW, HEADER_ROW + cases
