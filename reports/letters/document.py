"""Rendering a `LetterDocument` to PDF bytes with reportlab platypus.

Two page templates: the first page with letterhead, window and information
block, and the continuation pages with a short head. Fixed parts are drawn by
onPage callbacks (`layout`), the flowing text by the frames (`flow`); what every
page repeats (fold marks, footer, the draft's watermark) is drawn once per letter
as a form XObject and placed on each page, and the parts every letter of the office
shares are drawn once and replayed (`prepared`). The
total page count for "Seite x von y" is known only at the end, so the canvas
keeps each finished page and stamps the numbers when the document is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from reports.letters import layout, prepared
from reports.letters.flow import KeepTogether, story
from reports.letters.fonts import REGULAR, register_fonts
from reports.letters.model import LetterDocument

CREATOR = "FörderDesk"

# Binary (Flate only) streams instead of reportlab's default ASCII85 on top: a fifth smaller
# stored letters and no pure-Python encoding step. Process-wide: FörderDesk's only reportlab output.
rl_config.useA85 = 0


class _NumberedCanvas(Canvas):
    """Holds finished pages back until the total is known, then adds "Seite x von y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._finished: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._finished.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's private page reset, not in the stubs

    def save(self) -> None:
        total = len(self._finished)
        for state in self._finished:
            self.__dict__.update(state)
            layout.draw_page_number(self, self.getPageNumber(), total)
            super().showPage()
        super().save()


def _frame(top: float, frame_id: str) -> Frame:
    return Frame(layout.LEFT, layout.BODY_BOTTOM, layout.TEXT_WIDTH, layout.PAGE_HEIGHT - top - layout.BODY_BOTTOM,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=frame_id)


def _first_page(letter: LetterDocument) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        prepared.draw_head(canvas, letter.letterhead, letter.draft)
        layout.draw_logo(canvas, letter.letterhead)
        layout.draw_window(canvas, letter.letterhead, letter.recipient)
        layout.draw_reference(canvas, letter.reference)
        prepared.place_footer(canvas, letter.letterhead)
        canvas.restoreState()
    return draw


def _later_page(letter: LetterDocument) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        if letter.draft:
            prepared.place_watermark(canvas)
        layout.draw_continuation(canvas, letter.letterhead, letter.continuation)
        prepared.place_footer(canvas, letter.letterhead)
        canvas.restoreState()
    return draw


def _template(buffer: BytesIO, letter: LetterDocument) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        buffer, pagesize=A4, title=letter.title or letter.subject, author=letter.letterhead.office,
        subject=letter.subject, creator=CREATOR, producer=CREATOR, keywords=list(letter.keywords), lang="de-DE",
        leftMargin=layout.LEFT, rightMargin=layout.PAGE_WIDTH - layout.RIGHT,
        topMargin=layout.BODY_TOP_LATER, bottomMargin=layout.BODY_BOTTOM,
        initialFontName=REGULAR, initialFontSize=10,  # else every page lists an unembedded Helvetica
        keepTogetherClass=KeepTogether,  # a heading with what follows it
    )
    doc.addPageTemplates([
        PageTemplate("first", [_frame(layout.BODY_TOP_FIRST, "first")], onPage=_first_page(letter),
                     autoNextPageTemplate="later"),
        PageTemplate("later", [_frame(layout.BODY_TOP_LATER, "later")], onPage=_later_page(letter)),
    ])
    return doc


def render_letter(letter: LetterDocument, annex: Sequence[Flowable] = ()) -> bytes:
    """The letter as PDF bytes; raises `LetterLayoutError` if fixed parts do not fit. `annex`: flowables after the
    closing (e.g. the tables of the application to the Land), on the letter's continuation pages."""
    register_fonts()
    layout.recipient_lines(letter.recipient)  # fail before building, with a clear reason
    buffer = BytesIO()
    _template(buffer, letter).build([*story(letter), *annex], canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
