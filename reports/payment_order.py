"""The Auszahlungsanordnung for the cash office (Kreiskasse) as PDF, from plain values; no database, no Qt.

One A4 page: the office, the order number and file number, the amount in large type, payee and account,
Haushaltsstelle, purpose, the case figures, and the two sign-offs ("sachlich richtig" by one person,
"rechnerisch richtig" and "angeordnet" by another) with name and time. An order that is not yet
ordered carries a watermark, so it is never mistaken for a valid order.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.letters.fonts import BOLD, REGULAR, register_fonts

GRID = Color(0.62, 0.62, 0.62)
SHADE = Color(0.93, 0.94, 0.96)
WATERMARK = Color(0.85, 0.85, 0.85)
WIDTH = A4[0] - 40 * mm


@dataclass(frozen=True)
class OrderSection:
    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Signature:
    label: str  # e.g. "Sachlich richtig"
    name: str  # empty: not yet signed
    when: str


@dataclass(frozen=True)
class PaymentOrderDocument:
    office_lines: tuple[str, ...]
    title: str  # "Auszahlungsanordnung"
    number: str  # "Nr. 12 · LPF-2026-0001"
    amount: str  # "5.000,00 €"
    sections: tuple[OrderSection, ...]
    signatures: tuple[Signature, ...]
    footer: str = ""
    watermark: str = ""  # e.g. "NICHT ANGEORDNET"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12.5)
    return {"base": base, "office": ParagraphStyle("office", parent=base, fontSize=9, leading=11.5),
            "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20),
            "number": ParagraphStyle("number", parent=base, fontSize=10.5, leading=14),
            "amount": ParagraphStyle("amount", parent=base, fontName=BOLD, fontSize=18, leading=22),
            "section": ParagraphStyle("section", parent=base, fontName=BOLD, fontSize=10, leading=13,
                                      spaceBefore=8, spaceAfter=3),
            "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=Color(0.3, 0.3, 0.3))}


def _text(value: str) -> str:
    return "<br/>".join(escape(line) for line in value.split("\n"))


def _rows_table(rows: tuple[tuple[str, str], ...], style: ParagraphStyle) -> Table:
    data = [[Paragraph(_text(label), style), Paragraph(_text(value), style)] for label, value in rows]
    table = Table(data, colWidths=[WIDTH * 0.34, WIDTH * 0.66])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (0, -1), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _signatures(signatures: tuple[Signature, ...], styles: dict[str, ParagraphStyle]) -> Table:
    head = [Paragraph(_text(s.label), styles["section"]) for s in signatures]
    names = [Paragraph(_text(s.name or "—"), styles["base"]) for s in signatures]
    times = [Paragraph(_text(s.when or ""), styles["small"]) for s in signatures]
    width = WIDTH / max(len(signatures), 1)
    table = Table([head, names, times], colWidths=[width] * len(signatures), rowHeights=[18, 26, 14])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GRID), ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _story(document: PaymentOrderDocument) -> list[Any]:
    styles = _styles()
    story: list[Any] = [Paragraph(_text("\n".join(document.office_lines)), styles["office"]), Spacer(1, 8 * mm),
                        Paragraph(_text(document.title), styles["title"]),
                        Paragraph(_text(document.number), styles["number"]), Spacer(1, 3 * mm),
                        Paragraph(_text(document.amount), styles["amount"]), Spacer(1, 2 * mm)]
    for section in document.sections:
        story += [Paragraph(_text(section.title), styles["section"]), _rows_table(section.rows, styles["base"])]
    story += [Spacer(1, 6 * mm), _signatures(document.signatures, styles)]
    if document.footer:
        story += [Spacer(1, 4 * mm), Paragraph(_text(document.footer), styles["small"])]
    return story


def _watermark(text: str) -> Any:
    def draw(canvas: Canvas, _doc: Any) -> None:
        if not text:
            return
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFont(BOLD, 54)
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -20, text)
        canvas.restoreState()
    return draw


def render_payment_order(document: PaymentOrderDocument) -> bytes:
    """The order as PDF bytes (one page for the usual content)."""
    register_fonts()
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=f"{document.title} {document.number}",
                            author=document.office_lines[0] if document.office_lines else "",
                            creator="FörderDesk", producer="FörderDesk", lang="de-DE",
                            initialFontName=REGULAR, initialFontSize=9.5)
    mark = _watermark(document.watermark)
    doc.build(_story(document), onFirstPage=mark, onLaterPages=mark)
    return buffer.getvalue()
