"""The decision list (Beschlussliste) as an annex to the committees' proposal: A4 landscape, one row per project
with amounts, Handlungsfeld, municipality and social-plan score, the sums, and lines for the resolution; and the same
rows as a workbook."""

from __future__ import annotations

from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.excel.cells import CellFactory, print_setup, set_widths, setup
from reports.i18n import _
from reports.letters.fonts import BOLD, REGULAR, register_fonts
from reports.state.model import DecisionListDocument
from reports.summary.pdf import eur

GRID = Color(0.62, 0.62, 0.62)
SHADE = Color(0.86, 0.90, 0.95)
TOTAL = Color(0.95, 0.95, 0.95)
PAGE = landscape(A4)
MARGIN = 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN
HEADERS = (_("Nr."), _("Aktenzeichen"), _("Projekt / Träger"), _("Gemeinde"), _("Handlungsfeld"),
           _("Bewertung\nSozialplan"), _("beantragt"), _("Vorschlag"), _("Beschluss"))
SHARES = (0.035, 0.11, 0.21, 0.10, 0.15, 0.08, 0.085, 0.085, 0.145)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("list", fontName=REGULAR, fontSize=8, leading=10)
    return {"base": base, "right": ParagraphStyle("list_right", parent=base, alignment=2),
            "head": ParagraphStyle("list_head", parent=base, fontName=BOLD),
            "head_right": ParagraphStyle("list_head_right", parent=base, fontName=BOLD, alignment=2),
            "office": ParagraphStyle("list_office", parent=base, fontSize=9, leading=12),
            "title": ParagraphStyle("list_title", parent=base, fontName=BOLD, fontSize=14, leading=18,
                                    spaceBefore=2 * mm),
            "subtitle": ParagraphStyle("list_subtitle", parent=base, fontSize=10, leading=13, spaceAfter=4 * mm)}


def render_decision_list_pdf(document: DecisionListDocument) -> bytes:
    register_fonts()
    buffer = BytesIO()
    pdf = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=14 * mm,
                            bottomMargin=16 * mm, title=document.title, author=document.office, creator="FörderDesk",
                            lang="de-DE", initialFontName=REGULAR)
    styles = _styles()
    story: list[Flowable] = [Paragraph(escape(document.office), styles["office"]),
                             Paragraph(escape(document.title), styles["title"]),
                             Paragraph(escape(f"{document.subtitle} · {document.created}"), styles["subtitle"])]
    story.append(_table(document, styles) if document.rows else Paragraph(escape(document.empty_note),
                                                                          styles["base"]))
    story.append(KeepTogether([Spacer(1, 12 * mm), Paragraph(escape(document.signature), styles["base"])]))

    def footer(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(MARGIN, 9 * mm, document.title)
        canvas.drawRightString(PAGE[0] - MARGIN, 9 * mm, _("Seite {page}").format(page=doc.page))
        canvas.restoreState()

    pdf.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _table(document: DecisionListDocument, styles: dict[str, ParagraphStyle]) -> Table:
    right = {0, 5, 6, 7}
    data: list[list[Any]] = [[Paragraph(escape(h).replace("\n", "<br/>"),
                                        styles["head_right" if i in right else "head"]) for i, h in enumerate(HEADERS)]]
    for row in document.rows:
        project = f"{escape(row.title)}<br/><font color='#555555'>{escape(row.applicant)}</font>"
        data.append([Paragraph(str(row.number), styles["right"]), Paragraph(escape(row.file_number), styles["base"]),
                     Paragraph(project, styles["base"]), Paragraph(escape(row.municipality), styles["base"]),
                     Paragraph(escape(row.field_of_action), styles["base"]),
                     Paragraph(escape(row.score), styles["right"]), Paragraph(eur(row.requested), styles["right"]),
                     Paragraph(eur(row.proposed), styles["right"]), Paragraph(escape(row.resolution), styles["base"])])
    data.append([Paragraph("", styles["base"]), Paragraph(escape(_("Summe")), styles["head"]),
                 Paragraph(escape(_("{n} Projekte").format(n=len(document.rows))), styles["head"]), "", "", "",
                 Paragraph(eur(document.requested), styles["head_right"]),
                 Paragraph(eur(document.proposed), styles["head_right"]), ""])
    table = Table(data, colWidths=[WIDTH * s for s in SHARES], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("BACKGROUND", (0, -1), (-1, -1), TOTAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("LINEABOVE", (0, -1), (-1, -1), 1.0, Color(0, 0, 0))]))
    return table


def render_decision_list_xlsx(document: DecisionListDocument) -> bytes:
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "FörderDesk"
    workbook.properties.title = document.title
    workbook.calculation.fullCalcOnLoad = True
    ws = workbook.create_sheet(_("Beschlussliste"))
    cells = CellFactory(ws)
    set_widths(ws, [6, 16, 44, 32, 22, 36, 12, 16, 18, 44])
    ws.freeze_panes = "A5"
    print_setup(ws, "4:4")
    ws.append([cells.label(document.title, "title")])
    ws.append([cells.label(f"{document.subtitle} · {document.created}", "plain")])
    ws.append([])
    ws.append([cells.label(h) for h in (_("Nr."), _("Aktenzeichen"), _("Projekt"), _("Träger"), _("Gemeinde"),
                                        _("Handlungsfeld"), _("Sozialplan-Bewertung"), _("beantragt"),
                                        _("zur Förderung vorgeschlagen"), _("Beschluss"))])
    for row in document.rows:
        ws.append([cells.number(row.number), cells.text(row.file_number), cells.text(row.title),
                   cells.text(row.applicant), cells.text(row.municipality), cells.text(row.field_of_action),
                   cells.text(row.score), cells.amount(row.requested), cells.amount(row.proposed),
                   cells.text(row.resolution)])
    first, last = 5, 4 + len(document.rows)
    setup(ws).auto_filter.ref = f"A4:J{max(last, 4)}"
    ws.append([None, cells.label(_("Summe"), "total"), None, None, None, None, None]
              + [cells.formula(f"=SUM({col}{first}:{col}{last})") for col in "HI"])
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
