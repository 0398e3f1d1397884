"""Paragraphs whose parsing and line breaking are done once for all letters that print the same text.

Most paragraphs of a batch are the same in every letter (the Rechtsbehelfsbelehrung, the notes on revocation,
the headings, the closing). A `SharedParagraph` parses its markup once per (text, style, bullet) and breaks its
lines once per width; later paragraphs with the same text take that state instead of computing it again
(issue 26). It is the state reportlab's `Paragraph` computes, so a letter prints exactly the same.

Only wrapping and drawing use the shared state, and neither changes it. Splitting at a page end hands out new
paragraphs, so a split paragraph first parses and breaks its own copy.

Drawing is shared as well, where the font codes allow it (`drawn`).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from reports.letters import drawn

LIMIT = 2048  # entries of each cache; when full it starts afresh (a batch needs far fewer)

_State = dict[str, Any]
_parsed: dict[tuple[Any, ...], tuple[ParagraphStyle, _State]] = {}
_wrapped: dict[tuple[Any, ...], tuple[ParagraphStyle, _State]] = {}
_seen: set[tuple[Any, ...]] = set()  # keys met once: a text only one letter prints is not kept
_drawings: dict[tuple[Any, ...], tuple[ParagraphStyle, drawn.Drawing]] = {}
_UNPLAIN = ("link", "us_lines", "backColor", "cbDefn")  # drawn with absolute positions or extra objects


def _remember(cache: dict[tuple[Any, ...], tuple[ParagraphStyle, Any]], key: tuple[Any, ...],
              style: ParagraphStyle, state: Any) -> None:
    """Keep `state` once its text comes up a second time (the first letter's text may be its own)."""
    if key not in _seen:
        if len(_seen) >= 4 * LIMIT:
            _seen.clear()
        _seen.add(key)
        return
    if len(cache) >= LIMIT:
        cache.clear()
    cache[key] = (style, state)


def _found(cache: dict[tuple[Any, ...], tuple[ParagraphStyle, Any]], key: tuple[Any, ...],
           style: ParagraphStyle) -> Any:
    """The state stored under `key` if it was made with this very style object (ids of dead styles recur)."""
    entry = cache.get(key)
    return entry[1] if entry is not None and entry[0] is style else None


class SharedParagraph(Paragraph):
    """A reportlab `Paragraph` that shares its parse and its line breaks with paragraphs of the same text."""

    def __init__(self, text: str, style: ParagraphStyle, bulletText: str | None = None) -> None:  # noqa: N803 - reportlab's name
        key = (text, id(style), bulletText)
        parsed = _found(_parsed, key, style)
        if parsed is not None:
            self.__dict__.update(parsed)
        else:
            super().__init__(text, style, bulletText=bulletText)
            frags: Any = self.frags  # set by Paragraph.__init__; wrapping regroups them, so read them now
            plain = all(not getattr(frag, name, None) for frag in frags for name in _UNPLAIN)
            bullet = (bulletText, style.bulletFontName) if bulletText else None
            self._characters = drawn.characters(frags, bullet) if plain else None
            _remember(_parsed, key, style, dict(self.__dict__))
        self._source = (text, style, bulletText)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's name
        text, style, bullet = self._source
        key = (text, id(style), bullet, availWidth, getattr(self, "autoLeading", None))
        if self.__dict__.get("_wrapped_as") == key:  # wrapped again in the same place (e.g. in a KeepTogether)
            return self.width, self.height
        self._wrapped_as = key
        wrapped = _found(_wrapped, key, style)
        if wrapped is not None:
            self.__dict__.update(wrapped)
            return self.width, self.height
        before = dict(self.__dict__)
        size = super().wrap(availWidth, availHeight)
        _remember(_wrapped, key, style, {name: value for name, value in self.__dict__.items()
                                         if name not in before or before[name] is not value})  # what wrap set
        return size

    def draw(self) -> None:
        canvas = self.canv
        wrapped_as, chars = self.__dict__.get("_wrapped_as"), self.__dict__.get("_characters")
        if wrapped_as is None or chars is None:
            super().draw()
            return
        key = (*wrapped_as, canvas._fontname, canvas._fontsize, canvas._leading)  # type: ignore[attr-defined]
        kept = _found(_drawings, key, self.style)
        if kept is not None and drawn.replay(kept, canvas):
            return
        seen = drawn.before(chars, canvas)
        start = len(canvas._code)  # type: ignore[attr-defined]
        super().draw()
        if seen is not None:
            code = tuple(canvas._code[start:])  # type: ignore[attr-defined]
            _remember(_drawings, key, self.style, drawn.drawing(code, seen, canvas))

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab's name
        text, style, bullet = self._source
        own = Paragraph(text, style, bulletText=bullet)
        own.wrap(availWidth, availHeight)
        return own.split(availWidth, availHeight)
