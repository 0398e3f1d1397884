"""Is a text the program wrote in the other language? Judged against our own gettext catalogue: a German source
text (or one filled in from a template with `{placeholders}`) in the English interface, an English translation in
the German one. Texts people typed are neither, and pass."""

from __future__ import annotations

import re
from dataclasses import dataclass

from translations.build import read_catalog

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
PARTS = re.compile(r" · |: |\n| – | — | \(|\) |; ")


def _normal(text: str) -> str:
    return " ".join(text.split()).strip(" …:.()")


def _template(text: str) -> re.Pattern[str] | None:
    """A message with placeholders as a pattern; None when too little of it is fixed text to be telling."""
    literal = PLACEHOLDER.sub("", text)
    if len(re.sub(r"[^A-Za-zÄÖÜäöüß]", "", literal)) < 12:
        return None
    parts = [re.escape(p) for p in PLACEHOLDER.split(text)]
    return re.compile(".+?".join(parts) + r"\.?\Z", re.DOTALL)


@dataclass(frozen=True)
class Catalogue:
    exact: frozenset[str]
    templates: tuple[re.Pattern[str], ...]

    @classmethod
    def of(cls, language: str) -> Catalogue:
        """The texts that betray `language` ("de": German sources, "en": their English translations)."""
        pairs = [(str(m.id), str(m.string)) for m in read_catalog() if m.id and isinstance(m.id, str) and m.string]
        pairs = [(de, en) for de, en in pairs if _normal(de) != _normal(en)]
        other = {_normal(en if language == "de" else de) for de, en in pairs}
        chosen = [de if language == "de" else en for de, en in pairs]
        exact = {_normal(t) for t in chosen if "{" not in t and len(_normal(t)) > 3} - other
        templates = tuple(p for t in chosen if "{" in t and (p := _template(t)) is not None)
        return cls(frozenset(exact), templates)

    def betrays(self, text: str) -> str | None:
        """The part of `text` that is one of the catalogue's texts, or None."""
        whole = _normal(text)
        for part in (whole, *(_normal(p) for p in PARTS.split(text))):
            if part in self.exact:
                return part
        for pattern in self.templates:
            if pattern.match(whole):
                return pattern.pattern
        return None
