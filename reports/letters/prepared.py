"""The fixed parts of a letter drawn once per letterhead and replayed as PDF content in every further letter.

A letter's first page begins with what is the same in every letter of the office: the draft's watermark, the
letterhead's texts and rule, and the form with the fold marks and the footer (made here, placed at the end of
the page, as before). They are the first texts of every document, so reportlab gives their characters the same
codes in the embedded font subsets in every letter (the first 128 codes are always ASCII; the others are
numbered by first use). The first letter
draws them and keeps the content it made and the fonts' state after it; every further letter of that letterhead
starts from a copy of that state and takes the content as it is (issue 26: "draw the fixed parts once per batch
and reuse them"). A letter reads and prints exactly as if it had drawn them itself; a test compares the bytes.

Before the fixed parts, the characters of German letters beyond ASCII (umlauts, ß, €, §, dashes and quotes) are
given their codes, so a recipient's "Müller" does not shift the codes of the texts after it: a paragraph every
letter prints then uses the same codes in every letter, and its drawing can be shared (`paragraphs`).

Only a document in which nothing has been drawn yet takes the prepared parts; any other draws them itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from reports.letters import layout
from reports.letters.fonts import BOLD, REGULAR
from reports.letters.model import Letterhead

FIXED_FORM, DRAFT_FORM = "fdMarksFooter", "fdDraft"  # drawn once per letter, placed on each of its pages
FONTS = (REGULAR, BOLD)
COMMON = "äöüÄÖÜß€§–„“"  # coded first, in both fonts, in every letter
KEPT = 8  # letterheads (with and without the draft's watermark) kept per process

enabled = True  # False: every letter draws its fixed parts itself (the tests compare both)


@dataclass(frozen=True)
class _FontState:
    """A font's per-document state in reportlab (`TTFont.State`): the codes given to characters so far."""

    assignments: dict[int, int]
    next_code: int
    subsets: tuple[tuple[int, ...], ...]
    internal_name: str | None

    @classmethod
    def of(cls, state: Any) -> _FontState:
        return cls(dict(state.assignments), state.nextCode, tuple(tuple(s) for s in state.subsets),
                   state.internalName)

    def restore(self, font: Any, doc: Any) -> None:
        state: Any = TTFont.State(getattr(font, "_asciiReadable", None), font)
        font.state[doc] = state
        state.assignments = dict(self.assignments)
        state.nextCode = self.next_code
        state.subsets = [list(s) for s in self.subsets]
        state.internalName = self.internal_name


@dataclass(frozen=True)
class _Prepared:
    draft: tuple[str, ...] | None  # the watermark form's content
    page: tuple[str, ...]  # letterhead texts and rule
    form: tuple[str, ...]  # fold marks and footer
    fonts: dict[str, _FontState]
    font_mapping: dict[str, str]
    delayed_fonts: tuple[str, ...]


_lock = threading.Lock()
_prepared: dict[tuple[Letterhead, bool], _Prepared] = {}


def draw_head(canvas: Canvas, head: Letterhead, draft: bool) -> None:
    """Watermark (if `draft`), letterhead texts and rule, and the form of fold marks and footer (placed by
    `place_footer`): prepared content where it can."""
    key = (head, draft)
    prepared = _prepared.get(key) if enabled else None
    if prepared is not None and _untouched(canvas):
        _replay(canvas, prepared)
        return
    fresh = _untouched(canvas)
    recorded = _record(canvas, head, draft)
    if fresh and enabled:
        with _lock:
            if len(_prepared) >= KEPT:
                _prepared.clear()
            _prepared[key] = recorded


def place_watermark(canvas: Canvas) -> None:
    """The draft's watermark on a continuation page (the form made on the first page)."""
    _define(canvas, DRAFT_FORM, lambda: layout.draw_draft(canvas))
    canvas.doForm(DRAFT_FORM)


def place_footer(canvas: Canvas, head: Letterhead) -> None:
    """Fold marks and footer (the form made by `draw_head` on the first page)."""
    _define(canvas, FIXED_FORM, lambda: _marks_and_footer(canvas, head))
    canvas.doForm(FIXED_FORM)


def _marks_and_footer(canvas: Canvas, head: Letterhead) -> None:
    layout.draw_marks(canvas)
    layout.draw_footer(canvas, head)


def _define(canvas: Canvas, name: str, draw: Callable[[], None]) -> tuple[str, ...]:
    """Make form `name` unless this document has it; the form's content as drawn."""
    code: tuple[str, ...] = ()
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        draw()
        code = tuple(_code(canvas))
        canvas.endForm()
    return code


def _code(canvas: Canvas) -> list[str]:
    return canvas._code  # type: ignore[attr-defined,no-any-return]  # reportlab's content of the page or form


def _font(name: str) -> Any:
    return pdfmetrics.getFont(name)


def _doc(canvas: Canvas) -> Any:
    return canvas._doc  # type: ignore[attr-defined]


def _untouched(canvas: Canvas) -> bool:
    """Nothing drawn in this document yet: no font used, no form made."""
    doc = _doc(canvas)
    return (not doc.fontMapping and not doc.delayedFonts and not canvas.hasForm(FIXED_FORM)
            and not canvas.hasForm(DRAFT_FORM) and all(doc not in _font(name).state for name in FONTS))


def _record(canvas: Canvas, head: Letterhead, draft: bool) -> _Prepared:
    doc = _doc(canvas)
    for name in FONTS:
        _font(name).splitString(COMMON, doc)
    canvas.saveState()
    draft_code = None
    if draft:
        draft_code = _define(canvas, DRAFT_FORM, lambda: layout.draw_draft(canvas))
        canvas.doForm(DRAFT_FORM)
    start = len(_code(canvas))
    layout.draw_letterhead_text(canvas, head)
    page = tuple(_code(canvas)[start:])
    form = _define(canvas, FIXED_FORM, lambda: _marks_and_footer(canvas, head))
    canvas.restoreState()
    fonts = {name: _FontState.of(font.state[doc]) for name in FONTS
             if doc in (font := _font(name)).state}
    return _Prepared(draft_code, page, form, fonts, dict(doc.fontMapping),
                     tuple(font.fontName for font in doc.delayedFonts))


def _replay(canvas: Canvas, prepared: _Prepared) -> None:
    """The same content, forms and font state as `_record` makes, from what it kept."""
    doc = _doc(canvas)
    for name, state in prepared.fonts.items():
        state.restore(_font(name), doc)
    doc.fontMapping.update(prepared.font_mapping)
    doc.delayedFonts.extend(_font(name) for name in prepared.delayed_fonts)
    canvas.saveState()
    if prepared.draft is not None:
        _define(canvas, DRAFT_FORM, lambda: _code(canvas).extend(prepared.draft or ()))
        canvas.doForm(DRAFT_FORM)
    _code(canvas).extend(prepared.page)
    _define(canvas, FIXED_FORM, lambda: _code(canvas).extend(prepared.form))
    canvas.restoreState()
