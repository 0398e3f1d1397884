"""The search text: what a case or an applicant is found by, and how a typed query is read.

One rule for both sides, so storing and searching always agree (a search matches when a form of the query is a
substring of a form of the stored text):

- case and accents do not count: letters are case-folded, accents dropped (é → e, ç → c, å → a), ß → ss,
  and the letters NFKD cannot split are spelled out (æ → ae, œ → oe, ø → o, ł → l, đ/ð → d, þ → th);
- everything that is not a letter or a digit (hyphens, underscores, slashes, dots, runs of spaces) is one space;
- umlauts count both ways: every text has a *transcribed* form (ä → ae, ö → oe, ü → ue, as in "Mueller") and,
  when it has umlauts, a *plain* form (ä → a …, as in "Muller"). "Müller" therefore finds "Mueller", "Muller" and
  "Müller"; "Mueller" finds "Müller"; only "Muller" and "Mueller" – two spellings without any umlaut – stay apart;
- a file number is also stored with the leading zeros of its numbers dropped ("LPF-2026-0042" also as
  "lpf 2026 42"), so it is found with or without them; the query itself is taken as typed, so the full
  "LPF-2026-0042" finds that case alone (a half-padded "LPF-2026-042" finds nothing).

The forms of one record are joined with "|", a character no query form can contain, so a query never matches
across two fields. Pure functions, no database: `app.kernel.search_index` stores and queries the texts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

SEPARATOR = "|"
_TRANSCRIBED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
_SPELLED = str.maketrans({"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
                          "ħ": "h", "ŧ": "t"})
_NOT_WORD = re.compile(r"[\W_]+")
_LEADING_ZEROS = re.compile(r"\b0+(?=\d)")


def _fold(text: str, umlauts: dict[int, str]) -> str:
    folded = unicodedata.normalize("NFC", text).casefold().translate(umlauts).translate(_SPELLED)
    decomposed = unicodedata.normalize("NFKD", folded)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", letters).split())


def normalise(text: str) -> str:
    """The transcribed form: "Blau-Weiß e.V." → "blau weiss e v", "Müller" → "mueller"."""
    return _fold(text, _TRANSCRIBED)


def forms(text: str) -> tuple[str, ...]:
    """The transcribed form and, when different, the plain form ("Müller" → ("mueller", "muller"))."""
    return _unique((normalise(text), _fold(text, _PLAIN)))


def without_leading_zeros(form: str) -> str:
    """ "lpf 2026 0042" → "lpf 2026 42" (a number that is all zeros keeps one)."""
    return _LEADING_ZEROS.sub("", form)


def file_number_forms(file_number: str | None) -> tuple[str, ...]:
    if not file_number:
        return ()
    return _unique(f for form in forms(file_number) for f in (form, without_leading_zeros(form)))


def record_text(*parts: tuple[str, ...]) -> str:
    """The stored text of one record: every form of every field, each once, joined by the separator."""
    return SEPARATOR.join(_unique(form for part in parts for form in part if form))


def case_text(file_number: str | None, title: str | None) -> str:
    return record_text(file_number_forms(file_number), forms(title or ""))


def applicant_text(name: str | None) -> str:
    return record_text(forms(name or ""))


def query_forms(query: str) -> tuple[str, ...]:
    """The forms a typed query is searched by (empty when it holds no letter or digit)."""
    return tuple(form for form in forms(query) if form)


def matches(query: str, stored: str) -> bool:
    """The rule the database applies, in Python (for tests and small lists)."""
    return any(form in stored for form in query_forms(query))


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
