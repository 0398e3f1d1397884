"""The county's application to the Land: a DIN 5008 letter to the ministry for signature, followed by its annex
tables (the measures by Handlungsfeld, the sums by Sozialraum); and the same rows as an xlsx annex.

Totals in the PDF are the sums the caller computed; in the workbook they are SUM formulas over the rows, so a
corrected row still adds up. Texts print literally (escaped).
"""

from __future__ import annotations

from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from reports.excel.cells import CellFactory, print_setup, set_widths, setup
from reports.i18n import _
from reports.letters.document import render_letter
from reports.letters.fonts import BOLD, REGULAR, register_fonts
from reports.letters.layout import TEXT_WIDTH
from reports.state.model import AmountRow, FieldGroup, GroupTotal, LandApplicationDocument
from reports.summary.pdf import eur

GRID = Color(0.62, 0.62, 0.62)
SHADE = Color(0.86, 0.90, 0.95)
TOTAL = Color(0.95, 0.95, 0.95)
AMOUNT_HEADERS = (_("zuwendungsfähige Ausgaben (Träger)"), _("Zuwendung"), _("Landesanteil"),
                  _("Kofinanzierung Landkreis"))
PDF_AMOUNT_HEADERS = (_("zuwendungs-\nfähige Ausgaben\n(Träger)"), _("Zuwendung"), _("Landes-\nanteil"),
                      _("Kofinan-\nzierung Landkreis"))
WIDTHS = (49 * mm, 28 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("annex", fontName=REGULAR, fontSize=7.5, leading=9.2)
    return {"base": base, "right": ParagraphStyle("annex_right", parent=base, alignment=2),
            "head": ParagraphStyle("annex_head", parent=base, fontName=BOLD),
            "head_right": ParagraphStyle("annex_head_right", parent=base, fontName=BOLD, alignment=2),
            "title": ParagraphStyle("annex_title", parent=base, fontName=BOLD, fontSize=11, leading=14,
                                    spaceAfter=2 * mm),
            "section": ParagraphStyle("annex_section", parent=base, fontName=BOLD, fontSize=9, leading=12,
                                      spaceBefore=4 * mm, spaceAfter=1.5 * mm),
            "note": ParagraphStyle("annex_note", parent=base, textColor=Color(0.3, 0.3, 0.3))}


def render_application_pdf(document: LandApplicationDocument) -> bytes:
    register_fonts()  # before the annex's paragraphs are made
    return render_letter(document.letter, annex=_annex(document))


def _annex(document: LandApplicationDocument) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = [PageBreak(),
                             Paragraph(escape(_("Anlage: Geplante Maßnahmen {title}").format(title=document.title)),
                                       styles["title"]),
                             Paragraph(escape(document.note), styles["note"]),
                             Paragraph(escape(_("1. Maßnahmen nach Handlungsfeldern")), styles["section"]),
                             _measures_table(document.groups, document.total, styles),
                             Paragraph(escape(_("2. Summen nach Sozialraum")), styles["section"]),
                             _totals_table(_("Sozialraum"), document.by_social_area, document.total, styles)]
    return story


def _amount_cells(row: AmountRow, style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(eur(value), style) for value in
            (row.eligible_costs, row.funding, row.state_share, row.county_share)]


def _head(first: str, second: str, styles: dict[str, ParagraphStyle]) -> list[Paragraph]:
    return [Paragraph(escape(first), styles["head"]), Paragraph(escape(second), styles["head"])] + \
        [Paragraph(escape(h).replace("\n", "<br/>"), styles["head_right"]) for h in PDF_AMOUNT_HEADERS]


def _measures_table(groups: tuple[FieldGroup, ...], total: AmountRow, styles: dict[str, ParagraphStyle]) -> Table:
    data: list[list[Any]] = [_head(_("Maßnahme, Träger"), _("Gemeinde (Sozialraum)"), styles)]
    commands: list[tuple[Any, ...]] = []
    for group in groups:
        commands.append(("BACKGROUND", (0, len(data)), (-1, len(data)), SHADE))
        commands.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append([Paragraph(escape(group.name), styles["head"]), "", "", "", "", ""])
        for m in group.measures:
            label = " · ".join(part for part in (m.reference or m.kind, m.title) if part)
            data.append([Paragraph(f"{escape(label)}<br/><font color='#555555'>{escape(m.applicant)}</font>",
                                   styles["base"]), Paragraph(escape(m.place), styles["base"]),
                         *_amount_cells(m.amounts, styles["right"])])
        commands.append(("BACKGROUND", (0, len(data)), (-1, len(data)), TOTAL))
        data.append([Paragraph(escape(_("Summe {name}").format(name=group.name)), styles["head"]), "",
                     *_amount_cells(group.total, styles["head_right"])])
    commands.append(("BACKGROUND", (0, len(data)), (-1, len(data)), TOTAL))
    commands.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 1.0, Color(0, 0, 0)))
    data.append([Paragraph(escape(_("Gesamtsumme")), styles["head"]), "", *_amount_cells(total, styles["head_right"])])
    return _table(data, commands)


def _totals_table(dimension: str, groups: tuple[GroupTotal, ...], total: AmountRow,
                  styles: dict[str, ParagraphStyle]) -> Table:
    data: list[list[Any]] = [_head(dimension, _("Maßnahmen"), styles)]
    for group in groups:
        data.append([Paragraph(escape(group.name), styles["base"]), Paragraph(str(group.count), styles["base"]),
                     *_amount_cells(group.amounts, styles["right"])])
    commands: list[tuple[Any, ...]] = [("BACKGROUND", (0, len(data)), (-1, len(data)), TOTAL),
                                       ("LINEABOVE", (0, len(data)), (-1, len(data)), 1.0, Color(0, 0, 0))]
    data.append([Paragraph(escape(_("Gesamtsumme")), styles["head"]),
                 Paragraph(str(sum(g.count for g in groups)), styles["head"]),
                 *_amount_cells(total, styles["head_right"])])
    return _table(data, commands)


def _table(data: list[list[Any]], commands: list[tuple[Any, ...]]) -> Table:
    assert abs(sum(WIDTHS) - TEXT_WIDTH) < 1  # the annex fills the letter's text width
    table = Table(data, colWidths=list(WIDTHS), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3), *commands]))
    return table


# -- the workbook ---------------------------------------------------------------------------------------------

MEASURE_HEADERS = (_("Handlungsfeld"), _("Art"), _("Aktenzeichen"), _("Maßnahme"), _("Träger"),
                   _("Gemeinde (Sozialraum)"), *AMOUNT_HEADERS)


def render_application_xlsx(document: LandApplicationDocument) -> bytes:
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "FörderDesk"
    workbook.properties.title = document.title
    workbook.calculation.fullCalcOnLoad = True
    _measures_sheet(workbook.create_sheet(_("Maßnahmen")), document)
    _groups_sheet(workbook.create_sheet(_("Handlungsfelder")), document, _("Handlungsfeld"),
                  tuple(GroupTotal(g.name, len(g.measures), g.total) for g in document.groups))
    _groups_sheet(workbook.create_sheet(_("Sozialräume")), document, _("Sozialraum"), document.by_social_area)
    _checks_sheet(workbook.create_sheet(_("Prüfungen")), document)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _title(ws: WriteOnlyWorksheet, cells: CellFactory, title: str, note: str) -> None:
    ws.append([cells.label(title, "title")])
    ws.append([cells.label(note, "plain")])
    ws.append([])


def _amounts(cells: CellFactory, row: AmountRow) -> list[Any]:
    return [cells.amount(v) for v in (row.eligible_costs, row.funding, row.state_share, row.county_share)]


def _measures_sheet(ws: WriteOnlyWorksheet, document: LandApplicationDocument) -> None:
    cells = CellFactory(ws)
    set_widths(ws, [34, 18, 16, 40, 32, 28, 16, 16, 16, 16])
    ws.freeze_panes = "A5"
    print_setup(ws, "4:4")
    _title(ws, cells, document.title, document.note)
    ws.append([cells.label(h) for h in MEASURE_HEADERS])
    count = 0
    for group in document.groups:
        for m in group.measures:
            ws.append([cells.text(group.name), cells.text(m.kind), cells.text(m.reference), cells.text(m.title),
                       cells.text(m.applicant), cells.text(m.place), *_amounts(cells, m.amounts)])
            count += 1
    first, last = 5, 4 + count
    setup(ws).auto_filter.ref = f"A4:J{max(last, 4)}"
    ws.append([cells.label(_("Summe"), "total"), None, None, None, None, None]
              + [cells.formula(f"=SUM({col}{first}:{col}{last})") for col in "GHIJ"])


def _groups_sheet(ws: WriteOnlyWorksheet, document: LandApplicationDocument, dimension: str,
                  groups: tuple[GroupTotal, ...]) -> None:
    cells = CellFactory(ws)
    set_widths(ws, [44, 12, 18, 18, 18, 18])
    ws.freeze_panes = "A5"
    print_setup(ws, "4:4")
    _title(ws, cells, document.title, document.note)
    ws.append([cells.label(h) for h in (dimension, _("Maßnahmen"), *AMOUNT_HEADERS)])
    for group in groups:
        ws.append([cells.text(group.name), cells.number(group.count), *_amounts(cells, group.amounts)])
    first, last = 5, 4 + len(groups)
    ws.append([cells.label(_("Summe"), "total")]
              + [cells.formula(f"=SUM({col}{first}:{col}{last})", "total-count" if col == "B" else "total-amount")
                 for col in "BCDEF"])


def _checks_sheet(ws: WriteOnlyWorksheet, document: LandApplicationDocument) -> None:
    cells = CellFactory(ws)
    set_widths(ws, [10, 120])
    print_setup(ws, None, "portrait")
    _title(ws, cells, _("Prüfungen"), document.title)
    ws.append([cells.label(h) for h in (_("Ergebnis"), _("Hinweis"))])
    for ok, message in document.checks:
        ws.append([cells.label(_("erfüllt") if ok else _("offen"), "plain"), cells.text(message, "wrap")])
