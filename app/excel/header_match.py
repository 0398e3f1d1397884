"""How one column header is recognised as a field, and how sure the guess is (shown in the mapping preview).

Three ways, tried in this order:
* a synonym, after normalising case, umlauts, ß and punctuation ("Az." → Aktenzeichen);
* the words of the header: an amount word ("Fördersumme", "Zuschuss", "Zuwendung", "Betrag" …) with a
  qualifier ("beantragt", "bewilligt", "ausgezahlt" …) names the amount of that step, whatever the
  office calls the money ("Zuschuss bewilligt (€)", "ausgezahlte Fördermittel");
* a close spelling of a synonym (rapidfuzz), for typing errors and small variants ("Antragstellr").
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from app.kernel.i18n import _

SYNONYM, WORDS, SIMILAR, SAVED, GIVEN = "synonym", "words", "similar", "saved", "given"
SHORTEST_FUZZY = 6  # short names ("Nr", "HF", "Ort") only by exact match
DATE_WORDS = frozenset({"am", "vom", "datum", "zum", "seit"})


@dataclass(frozen=True)
class HeaderGuess:
    """The field a header probably names, how it was found and how sure (0–100)."""

    key: str
    how: str
    score: int

    def short(self) -> str:
        """A few words for the mapping preview beside the column."""
        if self.how == SYNONYM:
            return _("erkannt")
        if self.how == WORDS:
            return _("an den Wörtern")
        if self.how == SIMILAR:
            return _("ähnlich {score} %").format(score=self.score)
        if self.how == SAVED:
            return _("gespeichert")
        return _("von Hand")

    def text(self) -> str:
        if self.how == SYNONYM:
            return _("erkannt")
        if self.how == WORDS:
            return _("erkannt an den Wörtern")
        if self.how == SIMILAR:
            return _("ähnlich geschrieben ({score} %)").format(score=self.score)
        if self.how == SAVED:
            return _("gespeicherte Zuordnung")
        return _("von Hand zugeordnet")


def match_words(key: str, nouns: tuple[str, ...], qualifiers: dict[str, tuple[str, ...]]) -> str | None:
    """The field named by a noun and a qualifier word in the header ("zuschuss bewilligt" → approved); a
    header with a date word ("bewilligt am") is a date, not an amount."""
    words = key.split()
    if not nouns or DATE_WORDS.intersection(words) or not any(word.startswith(nouns) for word in words):
        return None
    found = {field for field, stems in qualifiers.items() for word in words if word.startswith(stems)}
    return found.pop() if len(found) == 1 else None


def match_similar(key: str, synonyms: dict[str, str], cutoff: float) -> HeaderGuess | None:
    if len(key) < SHORTEST_FUZZY:
        return None
    best = process.extractOne(key, list(synonyms), scorer=fuzz.token_sort_ratio, score_cutoff=cutoff * 100)
    if best is None:
        return None
    return HeaderGuess(synonyms[best[0]], SIMILAR, round(best[1]))
