"""Is a visible text still German? Judged against our own catalogues and a few tell-tale signs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from translations.build import TS_FILE, read_catalog

# German by nature: the product, demo people in titles and the status bar, names of laws
ALLOWED = ("FörderDesk", "Maria Müller", "Amt Administration", "ThürArchivG")
# where data never appears, an umlaut or one of these words betrays a forgotten translation
CHROME = {"title", "button", "tab", "header", "action", "menu", "group", "placeholder", "formlabel", "tooltip", "label"}
GERMAN_WORDS = {
    "und", "oder", "der", "die", "das", "den", "dem", "des", "nicht", "bitte", "Bitte", "mit", "für", "von", "zum",
    "zur", "ein", "eine", "ist", "sind", "wird", "werden", "kein", "keine", "alle", "Alle", "neu", "Neu", "Neuer",
    "Antrag", "Anträge", "Vorgang", "Vorgänge", "Speichern", "Abbrechen", "Schließen", "Datei", "Ansicht", "Suchen",
    "Frist", "Fristen", "Betrag", "Datum", "Entscheidung", "Prüfung", "Unterlagen", "Notizen", "Verlauf",
    "Schreiben", "Auszahlung", "Zahlungen", "Bescheid", "Stammdaten", "Finanzierungsplan", "Gemeinde", "Träger",
    "Sozialplan", "Bewilligt", "Antragsteller", "Aktenzeichen", "Haushaltsjahr", "Programm", "Begründung",
    "Zuwendung", "Nachweis", "Verwendungsnachweis", "Rückforderung", "Anhörung", "Widerspruch", "Wiedervorlage",
    "Gesamtkosten", "Eigenmittel", "Drittmittel", "Bearbeiter", "Jahr", "Jahre", "Titel", "Aktualisieren", "Kontakt",
    "Seite", "Zeile", "Spalte", "Summe", "offen", "am", "bis", "vom", "noch", "Stand", "TT", "JJJJ",
}
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")


def normalise(text: str) -> str:
    text = TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).strip(" …:")


@dataclass(frozen=True)
class GermanText:
    sources: frozenset[str]  # German source texts whose English differs
    data: tuple[str, ...] = ()  # values stored in the database (names, titles …): German by nature, longest first

    @classmethod
    def load(cls) -> GermanText:
        pairs = [(m.id, m.string) for m in read_catalog() if m.id and m.string]
        for message in ET.parse(TS_FILE).getroot().iter("message"):
            pairs.append((message.findtext("source") or "", message.findtext("translation") or ""))
        english = {normalise(target) for _source, target in pairs}
        return cls(frozenset(normalise(source) for source, target in pairs
                             if normalise(source) != normalise(target) and normalise(source) not in english
                             and len(normalise(source)) > 2))

    def with_data(self, values: set[str]) -> GermanText:
        return GermanText(self.sources, tuple(sorted((normalise(v) for v in values if len(v.strip()) > 2),
                                                     key=len, reverse=True)))

    def reason(self, kind: str, text: str) -> str | None:
        plain = normalise(text)
        if plain in self.data:
            return None
        if plain in self.sources:
            return "German source text"
        if kind not in CHROME:
            return None
        for part in re.split(r" · |: |\n| – | \(|\) ", plain):
            if len(part) > 6 and part.strip(" …:()") in self.sources and part.strip(" …:()") not in self.data:
                return f"contains German source text {part!r}"
        if kind not in CHROME:
            return None
        for allowed in (*self.data, *ALLOWED):
            plain = plain.replace(allowed, "")
        if re.search("[äöüÄÖÜß]", plain):
            return "umlaut"
        words = set(WORD.findall(plain)) & GERMAN_WORDS
        return f"German words {sorted(words)}" if words else None
