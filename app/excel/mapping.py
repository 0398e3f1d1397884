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

import difflib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

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
    Target("file_number", _("Aktenzeichen"), "text", ("Aktenzeichen", "Az", "AZ.", "Akz", "Geschäftszeichen",
                                                      "Zeichen", "Vorgangsnummer")),
    Target("title", _("Titel"), "text", ("Titel", "Projekt", "Projekttitel", "Projektname", "Vorhaben",
                                         "Maßnahme", "Bezeichnung", "Projektbezeichnung")),
    Target("applicant", _("Antragsteller"), "text", ("Antragsteller", "Antragsteller / Träger", "Träger",
                                                     "Antragstellerin", "Zuwendungsempfänger", "Name Träger")),
    Target("applicant_type", _("Antragstellerart"), "text", ("Antragstellerart", "Antragstellertyp", "Trägerart",
                                                             "Art des Trägers", "Art des Antragstellers")),
    Target("municipality", _("Gemeinde"), "text", ("Gemeinde", "Kommune", "Stadt / Gemeinde", "Projektort",
                                                   "Ort der Maßnahme")),
    Target("programme", _("Programm"), "text", ("Programm", "Förderprogramm", "Programmkürzel")),
    Target("fiscal_year", _("Haushaltsjahr"), "year", ("Haushaltsjahr", "HHJ", "Förderjahr", "Jahr")),
    Target("status", _("Status"), "text", ("Status", "Bearbeitungsstand", "Bearbeitungsstatus")),
    Target("life_phase", _("Lebensphase"), "text", ("Lebensphase", "Zielgruppe Lebensphase")),
    Target("field_of_action", _("Handlungsfeld"), "text", ("Handlungsfeld", "HF", "Handlungsfeld LSZ")),
    Target("received_on", _("Eingang"), "date", ("Eingang", "Eingangsdatum", "Antrag vom", "Antragsdatum",
                                                 "eingegangen am", "Antragseingang")),
    Target("start_date", _("Beginn"), "date", ("Beginn", "Projektbeginn", "Laufzeit von", "Zeitraum von")),
    Target("end_date", _("Ende"), "date", ("Ende", "Projektende", "Laufzeit bis", "Zeitraum bis")),
    Target("total_costs", _("Gesamtkosten"), "amount", ("Gesamtkosten", "Gesamtausgaben", "Kosten gesamt")),
    Target("requested", _("beantragt"), "amount", ("beantragt", "beantragte Zuwendung", "Antragssumme",
                                                   "beantragter Betrag", "Fördersumme beantragt")),
    Target("approved", _("bewilligt"), "amount", ("bewilligt", "bewilligte Zuwendung", "Bewilligung",
                                                  "bewilligter Betrag", "Zuwendung")),
    Target("paid", _("ausgezahlt"), "amount", ("ausgezahlt", "Auszahlung", "Auszahlungen", "gezahlt",
                                               "ausgezahlter Betrag")),
    Target("final", _("endgültig"), "amount", ("endgültig", "endgültige Zuwendung", "festgesetzt",
                                               "Endbetrag", "festgesetzte Zuwendung")),
    Target("decided_on", _("Bescheid vom"), "date", ("Bescheid vom", "Bescheiddatum", "Datum Bescheid",
                                                     "Bescheid", "entschieden am", "Bewilligt am")),
    Target("closed_on", _("Abgeschlossen am"), "date", ("Abgeschlossen am", "Abschluss", "Abschlussdatum")),
    Target("proof_received", _("VN eingegangen"), "flag", ("VN eingegangen", "Verwendungsnachweis eingegangen",
                                                           "VN", "Verwendungsnachweis", "VN Eingang")),
    Target("remark", _("Bemerkung"), "text", ("Bemerkung", "Bemerkungen", "Anmerkung", "Anmerkungen",
                                              "Hinweis", "Notiz")),
)
BY_KEY = {t.key: t for t in TARGETS}
REQUIRED = ("title", "applicant", "requested")
SIMILARITY = 0.86


def normalise(text: str) -> str:
    """Text without case, umlauts, ß and punctuation: "Antragsteller / Träger" → "antragsteller traeger"."""
    text = text.casefold().replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


@dataclass(frozen=True)
class FieldTable:
    """The fields that the columns of one kind of list can fill (case lists, receipt lists), with the words
    offices use for them, and which of them a list must have."""

    targets: tuple[Target, ...]
    required: tuple[str, ...]
    similarity: float = SIMILARITY

    @cached_property
    def by_key(self) -> dict[str, Target]:
        return {t.key: t for t in self.targets}

    @cached_property
    def _synonyms(self) -> dict[str, str]:
        return {normalise(s): t.key for t in self.targets for s in (*t.synonyms, t.label)}

    def header_words(self) -> frozenset[str]:
        """Every word (normalised) that names a field: how the header row of a list is recognised."""
        return frozenset(self._synonyms)

    def target_for(self, header: str) -> str | None:
        """The field a header names: exact synonym first, then a close spelling."""
        key = normalise(header)
        if not key:
            return None
        if key in self._synonyms:
            return self._synonyms[key]
        if len(key) < 6:  # short names ("Nr", "HF") only by exact match
            return None
        close = difflib.get_close_matches(key, list(self._synonyms), n=1, cutoff=self.similarity)
        return self._synonyms[close[0]] if close else None

    def suggest(self, headers: Sequence[str]) -> ColumnMapping:
        """A mapping suggested from the header names; the first column naming a field wins."""
        columns: dict[str, str] = {}
        for header in headers:
            key = self.target_for(header)
            if key is not None and key not in columns:
                columns[key] = header
        return ColumnMapping(columns)

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


CASE_FIELDS = FieldTable(TARGETS, REQUIRED)
target_for = CASE_FIELDS.target_for
suggest = CASE_FIELDS.suggest
resolve = CASE_FIELDS.resolve


def header_score(texts: Iterable[str]) -> int:
    """How many different fields a row's texts name (used to find the header row)."""
    return len({t for t in (target_for(text) for text in texts) if t})


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
