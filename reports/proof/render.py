"""Rendering a `ReportDocument` to PDF bytes: the letters' letterhead and footer on the first page, a short
head on the others, "Seite x von y" on all, and the flowing blocks in between.

Texts are plain and escaped where they become markup (`reports.letters.flow.markup`), so user input such as
"<b>Fest & Spiel</b>" prints literally. Fonts are the embedded DejaVu Sans of the letters.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from io import BytesIO
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reports.letters import layout
from reports.letters.document import CREATOR
from reports.letters.flow import markup, styles
from reports.letters.fonts import BOLD, REGULAR, register_fonts
from reports.letters.model import Bullet, Facts, Heading, Para
from reports.proof.model import Block, Grid, ReportDocument

BODY_TOP_FIRST = 50 * mm
HEADER_FILL = Color(0.90, 0.92, 0.95)
MARK_FILL = Color(0.99, 0.89, 0.87)
GRID_LINE = Color(0.75, 0.75, 0.75)


class NumberedCanvas(Canvas):
    """Keeps finished pages until the total is known, then stamps "Seite x von y" (as the letters do)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's private page reset, not in the stubs

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            layout.draw_page_number(self, self.getPageNumber(), len(self._pages))
            super().showPage()
        super().save()


@cache
def _style(name: str, size: float, bold: bool = False, right: bool = False) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size, leading=size * 1.25,
                          alignment=2 if right else 0, splitLongWords=1)


def _cell(text: str, size: float, bold: bool, right: bool) -> Paragraph:
    return Paragraph(markup(text), _style(f"c{size}{bold}{right}", size, bold, right))


def column_widths(grid: Grid) -> list[float]:
    """Figure columns (`right`) as wide as their longest entry, so amounts and dates never wrap; the rest of the
    width goes to the text columns in proportion to their shares."""
    padding = 7
    fitted = {i: max(stringWidth(text, BOLD, grid.size) for text in [*(row[i] for row in grid.rows), grid.headers[i]])
              + padding for i in grid.right}
    rest = layout.TEXT_WIDTH - sum(fitted.values())
    shares = sum(w for i, w in enumerate(grid.widths) if i not in fitted) or 1.0
    return [fitted[i] if i in fitted else rest * w / shares for i, w in enumerate(grid.widths)]


def grid_table(grid: Grid) -> Table:
    rows = [[_cell(h, grid.size, True, i in grid.right) for i, h in enumerate(grid.headers)]]
    last = len(grid.rows) - 1
    for index, row in enumerate(grid.rows):
        bold = (grid.total and index == last) or index in grid.bold
        rows.append([_cell(text, grid.size, bold, i in grid.right) for i, text in enumerate(row)])
    table = Table(rows, colWidths=column_widths(grid), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID_LINE), ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID_LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    commands += [("BACKGROUND", (0, r + 1), (-1, r + 1), MARK_FILL) for r in grid.marked]
    if grid.total and grid.rows:
        commands.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, layout.INK))
    table.setStyle(TableStyle(commands))
    return table


def facts_table(facts: Facts) -> Table:
    rows = [[_cell(label, 9, False, False), _cell(value, 9, True, False)] for label, value in facts.rows]
    table = Table(rows, colWidths=[layout.TEXT_WIDTH * 0.34, layout.TEXT_WIDTH * 0.66], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _keep_with_next(paragraph: Paragraph) -> Paragraph:
    """A heading never stays alone at the foot of a page."""
    paragraph.keepWithNext = True
    return paragraph


def _block(block: Block) -> list[Flowable]:
    style = styles()
    if isinstance(block, Grid):
        return [grid_table(block), Spacer(1, 3 * mm)]
    if isinstance(block, Facts):
        return [facts_table(block), Spacer(1, 3 * mm)]
    if isinstance(block, Heading):
        return [_keep_with_next(Paragraph(markup(block.text), style["heading"]))]
    if isinstance(block, Bullet):
        return [Paragraph(markup(block.text), style["bullet"], bulletText="–")]
    if isinstance(block, Para):
        paragraph = Paragraph(markup(block.text), style["bold" if block.bold else "body"])
        return [_keep_with_next(paragraph) if block.bold else paragraph]  # a bold paragraph heads what follows
    raise TypeError(f"unknown report block {block!r}")


def _story(doc: ReportDocument) -> list[Flowable]:
    style = styles()
    flowables: list[Flowable] = [Paragraph(markup(doc.title), _style("title", 14, bold=True)), Spacer(1, 4 * mm)]
    if doc.facts:
        flowables += _block(Facts(doc.facts))
    for block in doc.blocks:
        flowables += _block(block)
    if doc.signature:
        lines: list[Flowable] = [Spacer(1, 8 * mm), *(Paragraph(markup(line), style["body"]) for line in doc.signature)]
        flowables.append(KeepTogether(lines))
    return flowables


def _first(doc: ReportDocument) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        layout.draw_letterhead(canvas, doc.letterhead)
        layout.draw_marks(canvas)
        layout.draw_footer(canvas, doc.letterhead)
        canvas.restoreState()
    return draw


def _later(doc: ReportDocument) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        layout.draw_continuation(canvas, doc.letterhead, doc.continuation)
        layout.draw_marks(canvas)
        layout.draw_footer(canvas, doc.letterhead)
        canvas.restoreState()
    return draw


def _frame(top: float, name: str) -> Frame:
    return Frame(layout.LEFT, layout.BODY_BOTTOM, layout.TEXT_WIDTH, layout.PAGE_HEIGHT - top - layout.BODY_BOTTOM,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)


def render_report(doc: ReportDocument) -> bytes:
    """The report as PDF bytes."""
    register_fonts()
    buffer = BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=A4, title=doc.title, author=doc.letterhead.office, subject=doc.subject or doc.title,
        creator=CREATOR, producer=CREATOR, keywords=list(doc.keywords), lang="de-DE", initialFontName=REGULAR,
        initialFontSize=10, leftMargin=layout.LEFT, rightMargin=layout.PAGE_WIDTH - layout.RIGHT,
        topMargin=layout.BODY_TOP_LATER, bottomMargin=layout.BODY_BOTTOM)
    template.addPageTemplates([
        PageTemplate("first", [_frame(BODY_TOP_FIRST, "first")], onPage=_first(doc), autoNextPageTemplate="later"),
        PageTemplate("later", [_frame(layout.BODY_TOP_LATER, "later")], onPage=_later(doc))])
    template.build(_story(doc), canvasmaker=NumberedCanvas)
    return buffer.getvalue()
