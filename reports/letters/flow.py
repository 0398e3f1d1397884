"""The flowing part of a letter (subject, body blocks, closing) as platypus flowables.

reportlab's Paragraph parses its text as XML-like markup, so every text is
escaped here, at the one place where text becomes markup: user input such as
`<b>Fest & Spiel</b> </para>` prints literally and cannot change the layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from reports.letters.fonts import BOLD, REGULAR
from reports.letters.layout import GREY, TEXT_WIDTH
from reports.letters.model import Block, Bullet, Facts, Heading, LetterDocument, Para, QrCode
from reports.letters.paragraphs import SharedParagraph

BODY_SIZE, BODY_LEADING = 10, 13.5


# "§ 28", "Abs. 3", "Nr. 1", "12.345,67 €" and "80 %" never break at the line end.
_GLUE = re.compile(r"(?:(?<=§)|(?<=\bAbs\.)|(?<=\bNr\.)) (?=\d)|(?<=\d) (?=[€%])")
NO_BREAK_SPACE = "\u00a0"


@lru_cache(maxsize=4096)  # a batch prints most texts in every letter
def markup(text: str) -> str:
    """Plain text as safe Paragraph markup: escaped, line breaks kept, no break inside legal citations and amounts."""
    return "<br/>".join(escape(_GLUE.sub(NO_BREAK_SPACE, line)) for line in text.split("\n"))


@cache
def styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=BODY_SIZE, leading=BODY_LEADING,
                          spaceAfter=BODY_LEADING * 0.6, alignment=TA_LEFT, allowWidows=0)  # no lone last line
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


class KeepTogether(platypus.KeepTogether):
    """reportlab's `KeepTogether`, measuring its content without reportlab's copy of the frame. The copy guards
    the frame against content that adds to it while measured; paragraphs, tables and spacers never do, and
    the copy cost more than all else in measuring a letter's plan."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        doc: Any = getattr(self.canv, "_doctemplate", None)
        frame = getattr(doc, "frame", None)
        if frame is None:
            return super().wrap(aW, aH)
        doc.frame = None
        try:
            return super().wrap(aW, aH)
        finally:
            doc.frame = frame


def story(letter: LetterDocument) -> list[Flowable]:
    """Subject, body and closing of `letter`."""
    style = styles()
    flowables: list[Flowable] = [SharedParagraph(markup(letter.subject), style["subject"])]
    lead_in: SharedParagraph | None = None
    for block, following in zip(letter.blocks, (*letter.blocks[1:], None), strict=True):
        if isinstance(block, Para) and not block.bold and isinstance(following, Facts) and block.text.endswith(":"):
            # "… auf folgendes Konto:" stays with its table
            lead_in = SharedParagraph(markup(block.text), style["body"])
        elif lead_in is not None and isinstance(block, Facts):
            flowables += [KeepTogether([lead_in, _facts(block)]), Spacer(1, BODY_LEADING * 0.6)]
            lead_in = None
        else:
            flowables.extend(_block(block))
    flowables.append(_closing(letter.closing, letter.note))
    return flowables


def _block(block: Block) -> Iterable[Flowable]:
    style = styles()
    if isinstance(block, Heading):
        return [SharedParagraph(markup(block.text), style["heading"])]
    if isinstance(block, Para):
        return [SharedParagraph(markup(block.text), style["bold" if block.bold else "body"])]
    if isinstance(block, Bullet):
        return [SharedParagraph(markup(block.text), style["bullet"], bulletText="–")]
    if isinstance(block, Facts):
        return [KeepTogether([_facts(block)]), Spacer(1, BODY_LEADING * 0.6)]  # a plan never splits from its sum
    if isinstance(block, QrCode):
        return [_qr_with_caption(block), Spacer(1, BODY_LEADING * 0.6)]
    raise TypeError(f"unknown letter block {block!r}")


def _is_figure(value: str) -> bool:
    """Single-line values (amounts, rates, dates) are right-aligned so that their digits line up."""
    return "\n" not in value


FACT_WIDTHS = (TEXT_WIDTH * 0.6, TEXT_WIDTH * 0.4)
CELL_PADDING = 6


def _fits(text: str, width: float) -> bool:
    return "\n" not in text and stringWidth(text, REGULAR, BODY_SIZE) <= width - CELL_PADDING


@lru_cache(maxsize=4096)  # a batch prints most labels, and many figures, in every letter
def _plain_cells(label: str, value: str) -> tuple[str, str, bool]:
    """Label and value with their glued spaces, and whether both fit on one line."""
    label, value = _GLUE.sub(NO_BREAK_SPACE, label), _GLUE.sub(NO_BREAK_SPACE, value)
    return label, value, _fits(label, FACT_WIDTHS[0]) and _fits(value, FACT_WIDTHS[1])


def _fact_row(label: str, value: str) -> list[str] | list[Flowable]:
    """Plain strings when both fit on one line (fast, drawn literally, no markup); else paragraphs."""
    label, value, fit = _plain_cells(label, value)
    if fit:
        return [label, value]
    style = styles()
    cells: list[Flowable] = [SharedParagraph(markup(label), style["cell"]),
                             SharedParagraph(markup(value), style["cell_right" if _is_figure(value) else "cell"])]
    return cells


def _facts(block: Facts) -> Table:
    table = Table([_fact_row(label, value) for label, value in block.rows], colWidths=list(FACT_WIDTHS),
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the table's own default would add Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
        ("LEADING", (0, 0), (-1, -1), BODY_LEADING),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        *(command for row in sorted(block.totals) for command in (
            ("FONTNAME", (0, row), (-1, row), BOLD), ("LINEABOVE", (1, row), (1, row), 0.6, colors.black),
            ("TOPPADDING", (0, row), (-1, row), 3))),
    ]))
    return table


def _closing(lines: tuple[str, ...], note: str) -> Flowable:
    """Greeting (and "Im Auftrag"), space for a signature, the name; kept together on one page."""
    style = styles()
    parts: list[Flowable] = [Spacer(1, BODY_LEADING * 0.4)]
    if len(lines) > 1:
        parts += [SharedParagraph("<br/>".join(markup(line) for line in lines[:-1]), style["cell"]),
                  Spacer(1, 10 * mm)]
    parts += [SharedParagraph(markup(line), style["cell"]) for line in lines[-1:]]
    if note:
        parts += [Spacer(1, BODY_LEADING * 0.6), SharedParagraph(markup(note), style["note"])]
    return KeepTogether(parts)


QR_SIZE = 32 * mm  # with the quiet zone; scans well from paper (EPC: error correction level M)
QR_QUIET = 4  # modules of white border on each side, as the QR standard asks


class QrFlowable(Flowable):
    """Draws QR modules as filled squares: sharp at any zoom, no image library needed."""

    def __init__(self, modules: tuple[str, ...], size: float = QR_SIZE) -> None:
        super().__init__()
        self.modules, self.size = modules, size
        self.width = self.height = size

    def draw(self) -> None:
        count = len(self.modules) + 2 * QR_QUIET
        cell = self.size / count
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        for row_index, row in enumerate(self.modules):
            y = self.size - (row_index + QR_QUIET + 1) * cell
            for column, dark in enumerate(row):
                if dark == "1":
                    canvas.rect((column + QR_QUIET) * cell, y, cell, cell, stroke=0, fill=1)
        canvas.restoreState()


def _qr_with_caption(block: QrCode) -> Flowable:
    table = Table([[QrFlowable(block.modules), SharedParagraph(markup(block.caption), styles()["cell"])]],
                  colWidths=[QR_SIZE + 4 * mm, TEXT_WIDTH - QR_SIZE - 4 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([table])
