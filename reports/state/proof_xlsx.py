"""The county's proof of use to the Land as workbook: figures, every case by Handlungsfeld and measure, and the
narrative parts, in German formats (frozen header, autofilter, landscape print fitted to the width)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from reports.excel.cells import AMOUNT_FORMAT, is_risky
from reports.i18n import _
from reports.state.proof_model import StateProof
from reports.state.proof_pdf import _source_rows

HEADER = PatternFill("solid", fgColor="DCE6F1")
BOLD = Font(bold=True)


def _text(value: object) -> object:
    if isinstance(value, str) and is_risky(value):
        return "'" + value  # user input never runs as a formula
    return value


def _sheet(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
           amount_columns: Sequence[int] = ()) -> None:
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font, cell.fill = BOLD, HEADER
    for row in rows:
        ws.append([_text(v) for v in row])
    for column in amount_columns:
        for (cell,) in ws.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.number_format = AMOUNT_FORMAT
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"


def render_state_proof_xlsx(proof: StateProof) -> bytes:
    book = Workbook()
    overview = book.active
    assert overview is not None
    overview.title = _("Übersicht")
    rows: list[list[Any]] = []
    for source in proof.sources:
        rows += [[source.programme, label, value] for label, value in _amounts(source)]
    _sheet(overview, [_("Programm"), _("Position"), _("Betrag")], rows, [30, 70, 18], amount_columns=(3,))
    cases = [[field.field, measure.measure, case.file_number, case.applicant, case.title, case.paid, case.claimed,
              case.repaid, case.net]
             for field in proof.fields for measure in field.measures for case in measure.cases]
    _sheet(book.create_sheet(_("Vorgänge")),
           [_("Handlungsfeld"), _("Maßnahme"), _("Aktenzeichen"), _("Träger"), _("Vorhaben"), _("ausgezahlt"),
            _("Rückforderungen"), _("zurückgezahlt"), _("verwendet")],
           cases, [34, 34, 16, 34, 40, 15, 15, 15, 15], amount_columns=(6, 7, 8, 9))
    texts = [[field.field, n.file_number, n.applicant, n.title, n.text]
             for field in proof.fields for n in field.narratives]
    narratives = book.create_sheet(_("Sachberichte"))
    _sheet(narratives, [_("Handlungsfeld"), _("Aktenzeichen"), _("Träger"), _("Vorhaben"), _("Sachbericht")],
           texts, [34, 16, 30, 36, 90])
    for (cell,) in narratives.iter_rows(min_row=2, min_col=5, max_col=5):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _amounts(source: Any) -> list[tuple[str, Any]]:
    """The same rows as the PDF, with the amounts as numbers."""
    values = [source.state_grant, source.received, source.cofinancing, source.net_paid, source.cofinancing_spent,
              source.state_spent, source.unspent]
    return [(label, value) for (label, _shown), value in zip(_source_rows(source), values, strict=True)]
