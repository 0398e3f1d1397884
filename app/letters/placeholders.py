"""Placeholders in letter templates: which exist, and how they are filled.

Syntax: `{name}` with a lower-case name (`a`–`z`, digits, `_`), e.g.
`{aktenzeichen}`; `{{` and `}}` write literal braces. Anything else in braces,
or a lone brace, is a syntax error. A name that does not exist for the letter
kind is *unknown*; a known name without a value for the case (e.g. `{frist}`
when no deadline is set) is *missing*. Both are reported, in German, before a
letter is issued; a preview marks them in the text instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from app.kernel.i18n import _
from app.letters.kinds import GIROCODE_BLOCK, REMEDY_BLOCK, LetterKind

K = LetterKind
ALL = frozenset(LetterKind)
GRANTS = frozenset({K.approval, K.partial_approval})
MONEY_BACK = frozenset({K.clawback, K.reminder})


@dataclass(frozen=True)
class Placeholder:
    name: str
    description: str
    kinds: frozenset[LetterKind] = ALL


def _p(name: str, description: str, kinds: Iterable[LetterKind] = ALL) -> Placeholder:
    return Placeholder(name, description, frozenset(kinds))


PLACEHOLDERS: dict[str, Placeholder] = {p.name: p for p in [
    _p("aktenzeichen", _("Aktenzeichen des Vorgangs")),
    _p("antragsteller", _("Name des Antragstellers (Träger)")),
    _p("anrede", _("Anrede, z. B. „Sehr geehrte Frau Beispiel,“ oder „Sehr geehrte Damen und Herren,“")),
    _p("titel", _("Titel des Projekts")),
    _p("programm", _("Förderprogramm")),
    _p("haushaltsjahr", _("Haushaltsjahr")),
    _p("gemeinde", _("Gemeinde der Maßnahme")),
    _p("datum", _("Datum des Schreibens")),
    _p("eingangsdatum", _("Eingang des Antrags")),
    _p("beantragt", _("Beantragte Zuwendung")),
    _p("bewilligungszeitraum", _("Durchführungs- bzw. Bewilligungszeitraum „TT.MM.JJJJ bis TT.MM.JJJJ“")),
    _p("behoerde", _("Name der Behörde aus dem Briefkopf")),
    _p("amt", _("Amt aus dem Briefkopf")),
    _p("behoerde_anschrift", _("Anschrift der Behörde, z. B. „Markt 8, 99706 Sondershausen“")),
    _p(REMEDY_BLOCK, _("Textbaustein Rechtsbehelfsbelehrung (allein in einem Absatz)")),
    _p("rechtsgrundlage", _("Rechtsgrundlage der Förderung laut Programm (§§ 23, 44 ThürLHO, Förderrichtlinie)")),
    _p("frist", _("Frist (Nachforderung: Unterlagen; Anhörung: Stellungnahme)"), [K.documents_request, K.hearing]),
    _p("nachforderung", _("Nachgeforderte Unterlagen und Angaben"), [K.documents_request]),
    _p("anhoerung_anlass", _("Anlass der Anhörung"), [K.hearing]),
    _p("anhoerung_gegenstand", _("Gegenstand der Anhörung"), [K.hearing]),
    _p("beabsichtigte_entscheidung", _("Beabsichtigte Entscheidung; vor einer Rückforderung mit endgültiger "
                                       "Zuwendung, Erstattungsbetrag, Zinshinweis und Berechnung"), [K.hearing]),
    _p("bescheiddatum", _("Datum des Zuwendungs- bzw. Ablehnungsbescheids"),
       [K.approval, K.partial_approval, K.rejection, K.payment_notice, K.clawback]),
    _p("begruendung", _("Begründung der Entscheidung"), [K.approval, K.partial_approval, K.rejection]),
    _p("betrag", _("Bewilligte Zuwendung bzw. ausgezahlter Betrag"), [*GRANTS, K.payment_notice]),
    _p("nicht_bewilligt", _("Beantragt, aber nicht bewilligt (im Finanzierungsplan zusätzlicher Eigenanteil)"),
       GRANTS),
    _p("finanzierungsart", _("Finanzierungsart"), GRANTS),
    _p("foerdersatz", _("Fördersatz (Anteil an den zuwendungsfähigen Ausgaben)"), GRANTS),
    _p("zuwendungsfaehige_ausgaben", _("Zuwendungsfähige Ausgaben"), GRANTS),
    _p("gesamtkosten", _("Gesamtkosten laut Finanzierungsplan"), GRANTS),
    _p("eigenmittel", _("Eigenmittel des bewilligten Finanzierungsplans (einschließlich des nicht bewilligten "
                        "Teils)"), GRANTS),
    _p("eigenmittel_antrag", _("Eigenmittel laut Antrag"), GRANTS),
    _p("drittmittel", _("Drittmittel laut Finanzierungsplan"), GRANTS),
    _p("sonstige_einnahmen", _("Sonstige Einnahmen laut Finanzierungsplan"), GRANTS),
    _p("finanzierung_summe", _("Summe der Finanzierung (gleich den Gesamtkosten)"), GRANTS),
    _p("nachweisfrist", _("Frist für den Verwendungsnachweis"), GRANTS),
    _p("verwendungsfrist", _("Frist zur Verwendung ausgezahlter Mittel, z. B. „2 Monaten“"),
       [*GRANTS, K.payment_notice]),
    _p("nebenbestimmungen", _("Besondere Nebenbestimmungen der Entscheidung"), GRANTS),
    _p("auszahlungsdatum", _("Tag der Auszahlung"), [K.payment_notice]),
    _p("verwenden_bis", _("Mittel zu verwenden bis"), [K.payment_notice]),
    _p("bewilligt", _("Bewilligte Zuwendung"), [K.payment_notice, K.clawback]),
    _p("ausgezahlt", _("Bisher insgesamt ausgezahlt"), [K.payment_notice, K.clawback]),
    _p("restbetrag", _("Noch nicht ausgezahlter Teil der Zuwendung"), [K.payment_notice]),
    _p("endgueltige_zuwendung", _("Endgültig festgesetzte Zuwendung"), MONEY_BACK),
    _p("berechnung", _("Berechnung der endgültigen Zuwendung (Zeilen)"), MONEY_BACK),
    _p("rueckforderung", _("Zu erstattender Betrag"), MONEY_BACK),
    _p("rueckforderung_sachverhalt", _("Sachverhalt der Rückforderung: Bewilligung, Auszahlungen, "
                                       "Verwendungsnachweis, Anhörung"), [K.clawback]),
    _p("rueckforderung_gruende", _("Ermessenserwägungen der Rückforderung (erfasste Begründung, sonst "
                                   "Standardtext)"), [K.clawback]),
    _p("zinszeitraum", _("Zinszeitraum „TT.MM.JJJJ bis TT.MM.JJJJ“"), MONEY_BACK),
    _p("zinsberechnung", _("Zinsberechnung nach § 49a VwVfG (Zeilen) oder Zinsverzicht"), MONEY_BACK),
    _p("zinsen", _("Zinsen insgesamt"), MONEY_BACK),
    _p("gesamtforderung", _("Erstattungsbetrag zuzüglich Zinsen"), MONEY_BACK),
    _p("faellig_am", _("Fälligkeit der Zahlung"), MONEY_BACK),
    _p("behoerde_bank", _("Bank der Behörde"), MONEY_BACK),
    _p("behoerde_iban", _("IBAN der Behörde"), MONEY_BACK),
    _p("behoerde_bic", _("BIC der Behörde"), MONEY_BACK),
    _p("zahlungsweise", _("Auszahlung: Raten des Zahlungsplans oder auf Anforderung (Mittelabruf)"), GRANTS),
    _p(GIROCODE_BLOCK, _("GiroCode zum Überweisen (allein in einem Absatz)"), MONEY_BACK),
    _p("rueckforderungsbescheid_vom", _("Datum des Rückforderungsbescheids"), [K.reminder]),
    _p("bereits_gezahlt", _("Bisher eingegangene Rückzahlungen"), [K.reminder]),
    _p("offene_hauptforderung", _("Noch offene Hauptforderung"), [K.reminder]),
    _p("offene_zinsen", _("Noch offene Zinsen bis zum Tag der Mahnung"), [K.reminder]),
    _p("offener_betrag", _("Insgesamt noch offen am Tag der Mahnung"), [K.reminder]),
    _p("zahlbar_bis", _("Neue Zahlungsfrist der Mahnung"), [K.reminder]),
    _p("mahnstufe", _("Die wievielte Mahnung, z. B. „1.“"), [K.reminder]),
]}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"[a-z][a-z0-9_]*")


def known_names(kind: str) -> frozenset[str]:
    """Names a template of `kind` may use; the Rechtsbehelfsbelehrung block may use those of every kind."""
    if kind == REMEDY_BLOCK:
        return frozenset(name for name in PLACEHOLDERS if name != REMEDY_BLOCK)
    letter_kind = LetterKind(kind)
    return frozenset(p.name for p in PLACEHOLDERS.values() if letter_kind in p.kinds)


@dataclass
class Problems:
    """What stops a template from being filled for a case."""

    malformed: set[str] = field(default_factory=set)
    unknown: set[str] = field(default_factory=set)
    missing: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.malformed or self.unknown or self.missing)

    def messages(self) -> list[str]:
        """One German sentence per kind of problem, naming the placeholders."""
        result = []
        if self.malformed:
            result.append(_("Ungültige Platzhalter-Schreibweise: {items} (richtig: {{name}}, "
                            "geschweifte Klammer als Text: {{{{ bzw. }}}}).").format(items=_join(self.malformed)))
        if self.unknown:
            result.append(_("Unbekannte Platzhalter: {items}.").format(
                items=_join("{" + n + "}" for n in self.unknown)))
        if self.missing:
            result.append(_("Für diesen Vorgang fehlen Angaben zu: {items}.").format(
                items=_join("{" + n + "}" for n in self.missing)))
        return result


def _join(items: Iterable[str]) -> str:
    return ", ".join(sorted(items))


def fill(text: str, values: Mapping[str, str | None], known: frozenset[str], problems: Problems,
         *, mark: bool = False) -> str:
    """`text` with its placeholders replaced; problems are collected, and marked in the text if `mark`."""
    parts: list[str] = []
    for literal, token, name in _pieces(text):
        parts.append(literal)
        if token:
            parts.append(_replacement(token, name, values, known, problems, mark))
    return "".join(parts)


@lru_cache(maxsize=4096)  # a batch fills the same template texts for every letter
def _pieces(text: str) -> tuple[tuple[str, str, str | None], ...]:
    """`text` cut at its tokens: (text before the token, token, the name in it if it is a valid name)."""
    pieces = []
    start = 0
    for match in _TOKEN.finditer(text):
        name = match.group(1)
        pieces.append((text[start:match.start()], match.group(0),
                       name if name is not None and _NAME.fullmatch(name) else None))
        start = match.end()
    pieces.append((text[start:], "", None))
    return tuple(pieces)


def _replacement(token: str, name: str | None, values: Mapping[str, str | None], known: frozenset[str],
                 problems: Problems, mark: bool) -> str:
    if token in ("{{", "}}"):
        return token[0]
    if name is None:
        problems.malformed.add(token)
        return f"[{token}?]" if mark else token
    if name not in known:
        problems.unknown.add(name)
        return _("[unbekannt: {name}]").format(name=name) if mark else token
    value = values.get(name)
    if value is None or not value.strip():
        problems.missing.add(name)
        return _("[fehlt: {name}]").format(name=name) if mark else token
    return value


def check(text: str, known: frozenset[str]) -> Problems:
    """Syntax errors and unknown names of a template text (values are not looked at)."""
    problems = Problems()
    fill(text, {name: name for name in known}, known, problems)
    return problems
