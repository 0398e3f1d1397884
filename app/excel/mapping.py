"""Which column of an office list holds which field: suggested from the header names, saved for reuse.

Office lists name their columns in many ways ("Az.", "Antragsteller / Träger",
"beantragt", "Bescheid vom"). Names are compared after normalising case,
umlauts, ß and punctuation, first exactly against the synonyms below, then by
similarity. A mapping names the header TEXT of each column (not its position),
so a saved mapping still fits when the office inserts a column. It may also
carry corrections of values, such as a municipality spelled "Rossleben-Wiehe"
that the user confirmed as "Roßleben-Wiehe".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from app.excel.header_match import GIVEN, SAVED, SYNONYM, WORDS, HeaderGuess, match_similar, match_words
from app.kernel.errors import ValidationError
from app.kernel.i18n import _


@dataclass(frozen=True)
class Target:
    """A field of FörderDesk that a column can fill."""

    key: str
    label: str
    kind: str  # text, amount, date, year, flag
    synonyms: tuple[str, ...]


TARGETS: tuple[Target, ...] = (
    Target("file_number", _("Aktenzeichen"), "text", (
        "Aktenzeichen", "Az", "AZ.", "Akz", "Geschäftszeichen", "Zeichen", "Vorgangsnummer", "Vorgangs-Nr.",
        "Antragsnummer", "Antrags-Nr.", "Antragsnr", "Nr. Antrag", "Kennzeichen", "Förderkennzeichen")),
    Target("title", _("Titel"), "text", (
        "Titel", "Projekt", "Projekttitel", "Projektname", "Vorhaben", "Maßnahme", "Bezeichnung",
        "Projektbezeichnung", "Bezeichnung der Maßnahme", "Bezeichnung des Vorhabens", "Name des Projekts",
        "Maßnahmetitel", "Titel der Maßnahme", "Projekt / Maßnahme", "Maßnahme / Projekt", "Angebot")),
    Target("applicant", _("Antragsteller"), "text", (
        "Antragsteller", "Antragsteller / Träger", "Träger", "Antragstellerin", "Zuwendungsempfänger",
        "Zuwendungsempfängerin", "Name Träger", "Name des Trägers", "Projektträger", "Maßnahmeträger",
        "Träger der Maßnahme", "Antragstellende", "Organisation", "Einrichtung", "Empfänger",
        "Träger / Antragsteller", "Name Antragsteller")),
    Target("applicant_type", _("Antragstellerart"), "text", (
        "Antragstellerart", "Antragstellertyp", "Trägerart", "Art des Trägers", "Art des Antragstellers",
        "Trägertyp", "Rechtsform", "Rechtsform des Trägers")),
    Target("municipality", _("Gemeinde"), "text", (
        "Gemeinde", "Kommune", "Stadt / Gemeinde", "Gemeinde / Stadt", "Projektort", "Ort der Maßnahme", "Ort",
        "Sitz", "Ort / Gemeinde", "Durchführungsort", "Standort", "Stadt", "Sitz des Trägers", "Gemeinde (Ort)")),
    Target("programme", _("Programm"), "text", (
        "Programm", "Förderprogramm", "Programmkürzel", "Förderrichtlinie", "Richtlinie")),
    Target("fiscal_year", _("Haushaltsjahr"), "year", (
        "Haushaltsjahr", "HHJ", "Förderjahr", "Jahr", "Antragsjahr", "HH-Jahr")),
    Target("status", _("Status"), "text", (
        "Status", "Bearbeitungsstand", "Bearbeitungsstatus", "Stand", "Sachstand", "Stand der Bearbeitung",
        "Entscheidung", "Status / Stand")),
    Target("life_phase", _("Lebensphase"), "text", ("Lebensphase", "Zielgruppe Lebensphase")),
    Target("field_of_action", _("Handlungsfeld"), "text", ("Handlungsfeld", "HF", "Handlungsfeld LSZ")),
    Target("received_on", _("Eingang"), "date", (
        "Eingang", "Eingangsdatum", "Antrag vom", "Antragsdatum", "eingegangen am", "Antragseingang",
        "Datum Antrag", "Eingang Antrag", "Datum des Antrags")),
    Target("start_date", _("Beginn"), "date", (
        "Beginn", "Projektbeginn", "Laufzeit von", "Zeitraum von", "Maßnahmebeginn", "Beginn der Maßnahme",
        "von", "Start", "Durchführung von")),
    Target("end_date", _("Ende"), "date", (
        "Ende", "Projektende", "Laufzeit bis", "Zeitraum bis", "Maßnahmeende", "Ende der Maßnahme", "bis",
        "Durchführung bis")),
    Target("period", _("Zeitraum"), "period", (
        "Zeitraum", "Laufzeit", "Projektzeitraum", "Projektlaufzeit", "Durchführungszeitraum", "Förderzeitraum",
        "Bewilligungszeitraum", "Maßnahmezeitraum", "Zeitraum der Maßnahme")),
    Target("total_costs", _("Gesamtkosten"), "amount", (
        "Gesamtkosten", "Gesamtausgaben", "Kosten gesamt", "Projektkosten", "Gesamtvolumen", "Kosten",
        "Gesamtkosten des Projekts", "zuwendungsfähige Gesamtausgaben")),
    Target("requested", _("beantragt"), "amount", (
        "beantragt", "beantragte Zuwendung", "Antragssumme", "beantragter Betrag", "Fördersumme beantragt",
        "Zuschuss beantragt", "Zuwendung beantragt", "beantragte Fördermittel", "beantragte Förderung",
        "Summe Antrag", "Antragsbetrag", "Förderbetrag beantragt")),
    Target("approved", _("bewilligt"), "amount", (
        "bewilligt", "bewilligte Zuwendung", "Bewilligung", "bewilligter Betrag", "Zuwendung",
        "Fördersumme bewilligt", "Zuschuss bewilligt", "Zuwendung bewilligt", "bewilligte Fördermittel",
        "Bewilligungssumme", "Bewilligungsbetrag", "Förderbetrag bewilligt")),
    Target("paid", _("ausgezahlt"), "amount", (
        "ausgezahlt", "Auszahlung", "Auszahlungen", "gezahlt", "ausgezahlter Betrag", "Fördersumme ausgezahlt",
        "Zuschuss ausgezahlt", "Zuwendung ausgezahlt", "Auszahlungsbetrag", "Mittelabruf", "abgerufen",
        "ausgezahlte Fördermittel")),
    Target("final", _("endgültig"), "amount", (
        "endgültig", "endgültige Zuwendung", "festgesetzt", "Endbetrag", "festgesetzte Zuwendung",
        "abgerechnet", "endgültige Fördersumme")),
    Target("decided_on", _("Bescheid vom"), "date", (
        "Bescheid vom", "Bescheiddatum", "Datum Bescheid", "Bescheid", "entschieden am", "Bewilligt am",
        "Bewilligungsdatum", "Datum Bewilligung", "Zuwendungsbescheid vom", "Entscheidung am",
        "Datum des Bescheids", "Bescheid am", "abgelehnt am")),
    Target("closed_on", _("Abgeschlossen am"), "date", (
        "Abgeschlossen am", "Abschluss", "Abschlussdatum", "abgeschlossen zum", "Abschluss am")),
    Target("proof_received", _("VN eingegangen"), "flag", (
        "VN eingegangen", "Verwendungsnachweis eingegangen", "VN", "Verwendungsnachweis", "VN Eingang",
        "VN liegt vor")),
    Target("remark", _("Bemerkung"), "text", (
        "Bemerkung", "Bemerkungen", "Anmerkung", "Anmerkungen", "Hinweis", "Notiz", "Kommentar", "Sonstiges",
        "Hinweise")),
)
# an amount word plus a qualifier names the amount of that step ("Zuschuss bewilligt"), see app.excel.header_match
AMOUNT_NOUNS = ("foerdersumme", "foerderbetrag", "foerdermittel", "foerderung", "zuschuss", "zuwendung", "betrag",
                "summe", "mittel", "eur")
AMOUNT_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "requested": ("beantragt", "antrag", "angefragt"),
    "approved": ("bewilligt", "bewilligung", "zugesagt", "genehmigt"),
    "paid": ("ausgezahlt", "auszahlung", "gezahlt", "abgerufen", "mittelabruf"),
    "final": ("endgueltig", "festgesetzt", "festsetzung", "abgerechnet"),
}
BY_KEY = {t.key: t for t in TARGETS}
REQUIRED = ("title", "applicant", "requested")
SIMILARITY = 0.86


def normalise(text: str) -> str:
    """Text without case, umlauts, ß and punctuation: "Antragsteller / Träger" → "antragsteller traeger"."""
    text = text.casefold().replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


@dataclass(frozen=True)
class FieldTable:
    """The fields that the columns of one kind of list can fill (case lists, receipt lists, applicant lists),
    with the words offices use for them, and which of them a list must have."""

    targets: tuple[Target, ...]
    required: tuple[str, ...]
    similarity: float = SIMILARITY
    nouns: tuple[str, ...] = ()
    qualifiers: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def by_key(self) -> dict[str, Target]:
        return {t.key: t for t in self.targets}

    @cached_property
    def _synonyms(self) -> dict[str, str]:
        return {normalise(s): t.key for t in self.targets for s in (*t.synonyms, t.label)}

    def header_words(self) -> frozenset[str]:
        """Every word (normalised) that names a field: how the header row of a list is recognised."""
        return frozenset(self._synonyms)

    def guess(self, header: str) -> HeaderGuess | None:
        """The field a header names: a synonym, then the words (amount + step), then a close spelling."""
        key = normalise(header)
        if not key:
            return None
        if key in self._synonyms:
            return HeaderGuess(self._synonyms[key], SYNONYM, 100)
        by_words = match_words(key, self.nouns, self.qualifiers)
        if by_words is not None:
            return HeaderGuess(by_words, WORDS, 95)
        return match_similar(key, self._synonyms, self.similarity)

    def target_for(self, header: str) -> str | None:
        found = self.guess(header)
        return found.key if found else None

    def header_score(self, texts: Iterable[str]) -> int:
        """How many different fields a row's texts name (used to find the header row)."""
        return len({t for t in (self.target_for(text) for text in texts) if t})

    def suggest(self, headers: Sequence[str]) -> ColumnMapping:
        """A mapping suggested from the header names; where two columns name a field, the surer guess wins
        (then the first)."""
        best: dict[str, tuple[int, str]] = {}
        for header in headers:
            found = self.guess(header) if header else None
            if found is not None and found.score > best.get(found.key, (-1, ""))[0]:
                best[found.key] = (found.score, header)
        return ColumnMapping({key: best[key][1] for key in self.by_key if key in best})

    def explain(self, mapping: ColumnMapping, saved: bool = False, given: Iterable[str] = ()) -> list[MappingLine]:
        """Every mapped column with its field and how it came to be mapped (for the preview and the CLI):
        `given` are headers the user mapped; `saved` says the mapping was kept from an earlier list."""
        by_hand = {normalise(h) for h in given}
        lines = []
        for target in self.targets:
            header = mapping.columns.get(target.key)
            if header is None:
                continue
            found = self.guess(header)
            if normalise(header) in by_hand or (not saved and (found is None or found.key != target.key)):
                found = HeaderGuess(target.key, GIVEN, 100)
            elif saved:
                found = HeaderGuess(target.key, SAVED, 100)
            assert found is not None
            lines.append(MappingLine(header, target.key, target.label, found))
        return lines

    def resolve(self, mapping: ColumnMapping, headers: Sequence[str]) -> dict[str, int]:
        """Field → column index in this file; refuses unknown fields, columns missing in the file and unmapped
        required fields."""
        positions = {normalise(h): i for i, h in reversed(list(enumerate(headers))) if h}
        result: dict[str, int] = {}
        missing = []
        for key, header in mapping.columns.items():
            if key not in self.by_key:
                raise ValidationError(_("Unbekanntes Feld »{key}« in der Spaltenzuordnung; möglich: {keys}.").format(
                    key=key, keys=", ".join(self.by_key)))
            index = positions.get(normalise(header))
            if index is None:
                missing.append(header)
            else:
                result[key] = index
        if missing:
            raise ValidationError(_("Die Spalten {names} der Zuordnung fehlen in der Datei.").format(
                names=", ".join(f"»{m}«" for m in missing)))
        unmapped = [self.by_key[k].label for k in self.required if k not in result]
        if unmapped:
            raise ValidationError(_("Keine Spalte für: {fields}. Bitte in der Spaltenzuordnung festlegen.").format(
                fields=", ".join(unmapped)))
        return result


CASE_FIELDS = FieldTable(TARGETS, REQUIRED, nouns=AMOUNT_NOUNS, qualifiers=AMOUNT_QUALIFIERS)
target_for = CASE_FIELDS.target_for
suggest = CASE_FIELDS.suggest
resolve = CASE_FIELDS.resolve
header_score = CASE_FIELDS.header_score


@dataclass(frozen=True)
class MappingLine:
    """One mapped column in the preview: its header, the field, and the guess that mapped it."""

    header: str
    key: str
    label: str
    guess: HeaderGuess


@dataclass(frozen=True)
class ColumnMapping:
    """Field key → header text of the column; plus confirmed corrections of municipality names."""

    columns: dict[str, str]
    municipalities: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"columns": self.columns, "municipalities": self.municipalities}, ensure_ascii=False,
                          sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        data = json.loads(text)
        columns = {k: str(v) for k, v in data.get("columns", {}).items() if k in BY_KEY}
        return cls(columns, {str(k): str(v) for k, v in data.get("municipalities", {}).items()})


def describe(mapping: ColumnMapping) -> list[tuple[str, str]]:
    """(column header, FörderDesk field) pairs in field order, for the mapping step and the CLI."""
    return [(mapping.columns[t.key], t.label) for t in TARGETS if t.key in mapping.columns]


def field_for_label(text: str, fields: FieldTable = CASE_FIELDS) -> str | None:
    """The field a user names by its key ("municipality") or its German label ("Gemeinde")."""
    key = normalise(text)
    return next((t.key for t in fields.targets if key in (normalise(t.key), normalise(t.label))), None)


def overrule(mapping: ColumnMapping, pairs: dict[str, str | None]) -> ColumnMapping:
    """The mapping with columns (header → field key, or None to leave the column out) set by the user."""
    columns = dict(mapping.columns)
    for header, key in pairs.items():
        columns = {k: h for k, h in columns.items() if normalise(h) != normalise(header)}
        if key is not None:
            columns[key] = header
    return ColumnMapping(columns, dict(mapping.municipalities))
