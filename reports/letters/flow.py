"""The flowing part of a letter (subject, body blocks, closing) as platypus flowables.

reportlab's Paragraph parses its text as XML-like markup, so every text is
escaped here, at the one place where text becomes markup: user input such as
`<b>Fest & Spiel</b> </para>` prints literally and cannot change the layout.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from reports.letters.fonts import BOLD, REGULAR
from reports.letters.layout import GREY, TEXT_WIDTH
from reports.letters.model import Block, Bullet, Facts, Heading, LetterDocument, Para

BODY_SIZE, BODY_LEADING = 10, 13.5


def markup(text: str) -> str:
    """Plain text as safe Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


@cache
def styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=BODY_SIZE, leading=BODY_LEADING,
                          spaceAfter=BODY_LEADING * 0.6, alignment=TA_LEFT)
    return {
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "subject": ParagraphStyle("subject", parent=body, fontName=BOLD, fontSize=10.5, leading=14,
                                  spaceAfter=2 * BODY_LEADING),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, spaceBefore=BODY_LEADING * 0.4,
                                  spaceAfter=BODY_LEADING * 0.3, keepWithNext=1),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=5 * mm, bulletIndent=0,
                                 spaceAfter=BODY_LEADING * 0.25),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", parent=body, spaceAfter=0, alignment=TA_RIGHT),
        "note": ParagraphStyle("note", parent=body, fontSize=8, leading=10.5, textColor=GREY),
    }


def story(letter: LetterDocument) -> list[Flowable]:
    """Subject, body and closing of `letter`."""
    style = styles()
    flowables: list[Flowable] = [Paragraph(markup(letter.subject), style["subject"])]
    for block in letter.blocks:
        flowables.extend(_block(block))
    flowables.append(_closing(letter.closing, letter.note))
    return flowables


def _block(block: Block) -> Iterable[Flowable]:
    style = styles()
    if isinstance(block, Heading):
        return [Paragraph(markup(block.text), style["heading"])]
    if isinstance(block, Para):
        return [Paragraph(markup(block.text), style["bold" if block.bold else "body"])]
    if isinstance(block, Bullet):
        return [Paragraph(markup(block.text), style["bullet"], bulletText="–")]
    if isinstance(block, Facts):
        return [_facts(block), Spacer(1, BODY_LEADING * 0.6)]
    raise TypeError(f"unknown letter block {block!r}")


def _is_figure(value: str) -> bool:
    """Single-line values (amounts, rates, dates) are right-aligned so that their digits line up."""
    return "\n" not in value


def _facts(block: Facts) -> Table:
    style = styles()
    rows = [[Paragraph(markup(label), style["cell"]),
             Paragraph(markup(value), style["cell_right" if _is_figure(value) else "cell"])]
            for label, value in block.rows]
    table = Table(rows, colWidths=[TEXT_WIDTH * 0.6, TEXT_WIDTH * 0.4], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def _closing(lines: tuple[str, ...], note: str) -> Flowable:
    """Greeting, signature space and name kept together on one page."""
    style = styles()
    parts: list[Flowable] = [Spacer(1, BODY_LEADING * 0.4)]
    for index, line in enumerate(lines):
        parts.append(Paragraph(markup(line), style["cell"]))
        if index == 0:
            parts.append(Spacer(1, 10 * mm))
    if note:
        parts += [Spacer(1, BODY_LEADING * 0.6), Paragraph(markup(note), style["note"])]
    return KeepTogether(parts)
