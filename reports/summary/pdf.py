"""The one-page summary as PDF: a page per programme and year, the same rows as the sheet "Überblick"."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.i18n import _
from reports.letters.fonts import BOLD, REGULAR, register_fonts
from reports.summary.lines import GROUP_HEADERS, group_tables, group_values, key_figures
from reports.summary.model import ProgrammeYear, Summary

GRID = Color(0.62, 0.62, 0.62)
SHADE = Color(0.86, 0.90, 0.95)
TOTAL = Color(0.95, 0.95, 0.95)
WIDTH = A4[0] - 35 * mm
HEIGHT = A4[1] - 34 * mm  # the frame inside the margins and its padding


def eur(value: Decimal) -> str:
    """12.345,67 € (German grouping), without Babel: reports/ stays free of locale data."""
    text = f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{text} €"


def count(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=8.5, leading=10.5)
    return {"base": base, "right": ParagraphStyle("right", parent=base, alignment=2),
            "head": ParagraphStyle("head", parent=base, fontName=BOLD),
            "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=14, leading=18, spaceAfter=4),
            "section": ParagraphStyle("section", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=8,
                                      spaceAfter=3),
            "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=Color(0.3, 0.3, 0.3))}


def render_summary(summary: Summary) -> bytes:
    register_fonts()
    buffer = BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                                 bottomMargin=14 * mm, title=summary.heading, author="FörderDesk")
    styles = _styles()
    story: list[Any] = []
    if not summary.blocks:
        story = [Paragraph(escape(summary.heading), styles["title"]),
                 Paragraph(escape(_("Für die gewählten Programme und Jahre gibt es weder Vorgänge noch einen "
                                    "Haushaltsansatz.")), styles["base"])]
    for index, block in enumerate(summary.blocks):
        if index:
            story.append(PageBreak())
        story.extend(_page(summary, block, styles))
    document.build(story)
    return buffer.getvalue()


def _page(summary: Summary, block: ProgrammeYear, styles: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = [Paragraph(escape(f"{summary.heading}: {block.title}"), styles["title"]),
                        Paragraph(escape(summary.created), styles["small"]),
                        Paragraph(escape(summary.note), styles["small"]), Spacer(1, 4 * mm)]
    figures = key_figures(block)
    amounts = [f for f in figures if f[2] == "amount"]
    counts = [f for f in figures if f[2] != "amount"]
    rows = [_figure(left, styles) + _figure(right, styles) for left, right in zip(amounts, counts, strict=True)]
    table = Table(rows, colWidths=[WIDTH * share for share in (0.31, 0.17, 0.35, 0.17)], hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (0, -1), SHADE),
                               ("BACKGROUND", (2, 0), (2, -1), SHADE)]))
    story.append(table)
    for dimension, groups in group_tables(block):
        story.append(Paragraph(escape(_("nach {dimension}").format(dimension=dimension)), styles["section"]))
        story.append(_group_table(dimension, groups, block, styles))
    # one printed page per programme-year: a county with many municipalities gets smaller type, not a 2nd page
    return [KeepInFrame(WIDTH, HEIGHT, story, mode="shrink")]


def _figure(figure: tuple[str, Decimal | int | None, str], styles: dict[str, ParagraphStyle]) -> list[Paragraph]:
    label, value, kind = figure
    shown = "–" if value is None else eur(value) if kind == "amount" and isinstance(value, Decimal) \
        else count(int(value))
    return [Paragraph(escape(label), styles["base"]), Paragraph(shown, styles["right"])]


def _group_table(dimension: str, groups: Any, block: ProgrammeYear, styles: dict[str, ParagraphStyle]) -> Table:
    def cells(values: tuple[int, Decimal, int, Decimal, Decimal, Decimal], style: str) -> list[Paragraph]:
        n, requested, decided, approved, paid, unpaid = values
        return [Paragraph(text, styles[style]) for text in (
            count(n), eur(requested), count(decided), eur(approved), eur(paid), eur(unpaid))]
    data = [[Paragraph(escape(dimension), styles["head"])]
            + [Paragraph(escape(h), styles["head"]) for h in GROUP_HEADERS]]
    data += [[Paragraph(escape(g.key), styles["base"]), *cells(group_values(g), "right")] for g in groups]
    data.append([Paragraph(escape(_("Summe")), styles["head"]), *cells(group_values(block.total), "right")])
    widths = [WIDTH * share for share in (0.23, 0.11, 0.14, 0.12, 0.14, 0.13, 0.13)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("BACKGROUND", (0, -1), (-1, -1), TOTAL), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table
