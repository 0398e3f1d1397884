"""A paragraph's drawing kept with the font codes it used, and put on a later page instead of drawing again.

A paragraph draws relative to its own origin, so the PDF operators it appends to a page are the same wherever it
stands, as long as its characters have the same codes in the document's font subsets (reportlab numbers the
characters beyond ASCII by first use in each document). A `Drawing` keeps the operators and, per font, the codes
its characters had before it was drawn and the characters it coded itself, in order. A later document may take
the operators when every known character has the same code there and the characters the drawing coded are still
free with the same next code: it then codes them the same way, and its bytes are those drawing would make.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

NO_BREAK_SPACE = 0xA0  # reportlab prints it as a space (code 32)

Characters = Mapping[str, frozenset[int]]  # font name -> characters printed in that font


@dataclass(frozen=True)
class FontCodes:
    """One font's codes as a drawing relies on them."""

    name: str
    internal_name: str
    next_code: int  # the next free code before the drawing
    known: tuple[tuple[int, int | None], ...]  # characters coded before the drawing (None: not in the font)
    new: tuple[int, ...]  # characters the drawing coded, in the order it coded them


@dataclass(frozen=True)
class Drawing:
    code: tuple[str, ...]
    fonts: tuple[FontCodes, ...]


@dataclass(frozen=True)
class Before:
    """The fonts' codes of a paragraph's characters just before it is drawn."""

    states: dict[str, tuple[str, int, dict[int, int | None]]]


def characters(frags: Any, bullet: tuple[str, str] | None) -> Characters:
    """The characters of parsed paragraph fragments by font (with the bullet's text and font)."""
    found: dict[str, set[int]] = {}
    for frag in frags:
        found.setdefault(frag.fontName, set()).update(map(ord, frag.text))
    if bullet is not None:
        found.setdefault(bullet[1], set()).update(map(ord, bullet[0]))
    return {name: frozenset(32 if char == NO_BREAK_SPACE else char for char in chars)
            for name, chars in found.items()}


def _font(name: str) -> Any:
    return pdfmetrics.getFont(name)


def _state(name: str, doc: Any) -> Any:
    font = _font(name)
    return font.state.get(doc) if getattr(font, "_dynamicFont", False) else None


def before(chars: Characters, canvas: Canvas) -> Before | None:
    """The codes now, or None when a drawing could not be kept (a font not yet used in this document, or one
    that is not embedded as subsets)."""
    doc = canvas._doc  # type: ignore[attr-defined]
    states: dict[str, tuple[str, int, dict[int, int | None]]] = {}
    for name, font_chars in chars.items():
        state = _state(name, doc)
        if state is None or state.internalName is None:
            return None
        assignments = state.assignments
        states[name] = (state.internalName, state.nextCode, {char: assignments.get(char) for char in font_chars})
    return Before(states)


def drawing(code: tuple[str, ...], seen: Before, canvas: Canvas) -> Drawing:
    """What `code`, drawn after `seen`, relies on."""
    doc = canvas._doc  # type: ignore[attr-defined]
    fonts = []
    for name, (internal_name, next_code, codes) in sorted(seen.states.items()):
        assignments = _state(name, doc).assignments
        new = sorted((char for char, code_before in codes.items() if code_before is None and char in assignments),
                     key=assignments.__getitem__)
        known = tuple(sorted((char, code_before) for char, code_before in codes.items() if char not in new))
        fonts.append(FontCodes(name, internal_name, next_code, known, tuple(new)))
    return Drawing(code, tuple(fonts))


def replay(kept: Drawing, canvas: Canvas) -> bool:
    """Put `kept` on the canvas if its codes hold in this document (True), else leave everything as it is."""
    doc = canvas._doc  # type: ignore[attr-defined]
    for font in kept.fonts:
        state = _state(font.name, doc)
        if state is None or state.internalName != font.internal_name:
            return False
        assignments = state.assignments
        if any(assignments.get(char) != code for char, code in font.known):
            return False
        if font.new and (state.nextCode != font.next_code or any(char in assignments for char in font.new)):
            return False
    for font in kept.fonts:
        if font.new:  # the same characters in the same order from the same next code: the same codes
            _font(font.name).splitString("".join(map(chr, font.new)), doc)
    canvas._code.extend(kept.code)  # type: ignore[attr-defined]
    return True
