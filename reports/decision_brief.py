"""The decision brief (Entscheidungsvorlage) as a one-page PDF, from plain values; no database, no Qt.

A head with office, title and file number, the key figures (outcome, amount, funding rate, budget left) in a
box, then sections of label/value rows, the checks with their marks (✓ passed, ⚠ overridden, ✗ failed), the
proposer's reason and a line for the supervisor's signature. Texts print literally (escaped).
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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.letters.fonts import BOLD, REGULAR, register_fonts

GRID = Color(0.62, 0.62, 0.62)
SHADE = Color(0.93, 0.94, 0.96)
FAILED = Color(0.99, 0.89, 0.87)
WIDTH = A4[0] - 36 * mm
MAX_REASON_CHARS = 1800  # the page stays one page; the full text is in the case file


@dataclass(frozen=True)
class BriefSection:
    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class BriefCheck:
    mark: str  # "✓", "⚠" or "✗"
    label: str
    detail: str
    failed: bool = False


@dataclass(frozen=True)
class DecisionBriefDocument:
    office: str
    title: str  # "Entscheidungsvorlage"
    subtitle: str  # file number, project, applicant
    key_figures: tuple[tuple[str, str], ...]  # shown large at the top
    sections: tuple[BriefSection, ...]
    checks_title: str
    checks: tuple[BriefCheck, ...]
    reason_title: str
    reason: str
    signature: str  # e.g. "Bestätigt (Vier-Augen-Prinzip): ____ Datum, Unterschrift"
    footer: str = ""


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=8, leading=9.8)
    return {"base": base,
            "office": ParagraphStyle("office", parent=base, fontSize=8, textColor=Color(0.3, 0.3, 0.3)),
            "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=15, leading=19),
            "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9.5, leading=12),
            "key_label": ParagraphStyle("key_label", parent=base, fontSize=7.5, leading=9),
            "key": ParagraphStyle("key", parent=base, fontName=BOLD, fontSize=10.5, leading=13),
            "section": ParagraphStyle("section", parent=base, fontName=BOLD, fontSize=9.5, leading=12,
                                      spaceBefore=5, spaceAfter=2),
            "small": ParagraphStyle("small", parent=base, fontSize=7, leading=8.5, textColor=Color(0.3, 0.3, 0.3))}


def _text(value: str) -> str:
    return "<br/>".join(escape(line) for line in value.split("\n"))


def _key_box(figures: tuple[tuple[str, str], ...], styles: dict[str, ParagraphStyle]) -> Table:
    label_style, value_style = styles["key_label"], styles["key"]
    needed = [max(stringWidth(label, label_style.fontName, label_style.fontSize),
                  stringWidth(value, value_style.fontName, value_style.fontSize)) + 14 for label, value in figures]
    spare = (WIDTH - sum(needed)) / max(len(needed), 1)  # shared out evenly; shrinks in proportion if too wide
    widths = [w + spare for w in needed] if spare >= 0 else [WIDTH * w / sum(needed) for w in needed]
    table = Table([[Paragraph(_text(label), label_style) for label, _v in figures],
                   [Paragraph(_text(value), value_style) for _l, value in figures]], colWidths=widths)
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, GRID), ("INNERGRID", (0, 0), (-1, -1), 0.3, GRID),
                               ("BACKGROUND", (0, 0), (-1, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _rows(rows: tuple[tuple[str, str], ...], style: ParagraphStyle, width: float) -> Table:
    data = [[Paragraph(_text(label), style), Paragraph(_text(value), style)] for label, value in rows]
    table = Table(data, colWidths=[width * 0.42, width * 0.58])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, GRID), ("BACKGROUND", (0, 0), (0, -1), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def _sections(sections: tuple[BriefSection, ...], styles: dict[str, ParagraphStyle]) -> Table:
    """The first section on the left, the others stacked on the right: the page stays one page."""
    half = WIDTH / 2 - 2 * mm

    def column(parts: tuple[BriefSection, ...]) -> list[Any]:
        cells: list[Any] = []
        for section in parts:
            cells += [Paragraph(_text(section.title), styles["section"]), _rows(section.rows, styles["base"], half)]
        return cells

    table = Table([[column(sections[:1]), column(sections[1:])]], colWidths=[WIDTH / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _checks(checks: tuple[BriefCheck, ...], style: ParagraphStyle) -> Table:
    data = [[Paragraph(escape(c.mark), style), Paragraph(_text(c.label), style), Paragraph(_text(c.detail), style)]
            for c in checks]
    table = Table(data, colWidths=[WIDTH * 0.04, WIDTH * 0.38, WIDTH * 0.58])
    commands: list[Any] = [("GRID", (0, 0), (-1, -1), 0.3, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    commands += [("BACKGROUND", (0, i), (-1, i), FAILED) for i, c in enumerate(checks) if c.failed]
    table.setStyle(TableStyle(commands))
    return table


def _shortened(text: str) -> str:
    return text if len(text) <= MAX_REASON_CHARS else text[:MAX_REASON_CHARS].rstrip() + " …"


def _story(document: DecisionBriefDocument) -> list[Any]:
    styles = _styles()
    story: list[Any] = [Paragraph(_text(document.office), styles["office"]), Spacer(1, 3 * mm),
                        Paragraph(_text(document.title), styles["title"]),
                        Paragraph(_text(document.subtitle), styles["subtitle"]), Spacer(1, 3 * mm),
                        _key_box(document.key_figures, styles)]
    story.append(_sections(document.sections, styles))
    if document.checks:
        story += [Paragraph(_text(document.checks_title), styles["section"]), _checks(document.checks, styles["base"])]
    story += [Paragraph(_text(document.reason_title), styles["section"]),
              Paragraph(_text(_shortened(document.reason)), styles["base"]), Spacer(1, 7 * mm),
              Paragraph(_text(document.signature), styles["base"])]
    if document.footer:
        story += [Spacer(1, 3 * mm), Paragraph(_text(document.footer), styles["small"])]
    return story


def render_decision_brief(document: DecisionBriefDocument) -> bytes:
    """The brief as PDF bytes (one A4 page for the usual content)."""
    register_fonts()
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=14 * mm,
                            bottomMargin=12 * mm, title=f"{document.title} {document.subtitle.splitlines()[0]}",
                            author=document.office, creator="FörderDesk", producer="FörderDesk", lang="de-DE",
                            initialFontName=REGULAR, initialFontSize=8.5)
    doc.build(_story(document))
    return buffer.getvalue()
