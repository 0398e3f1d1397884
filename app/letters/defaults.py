"""Default German texts of every letter template, inserted once and never overwritten.

Administrators change the texts in the app; `ensure_letter_templates` only
adds templates that are missing (a new installation, or a kind added by a
later version). Syntax of placeholders and markup: `app.letters.placeholders`,
`app.letters.markup` and `docs/letters/README.md`. A line break in a template
is a line break in the letter, so every paragraph below is one long line
(hence the `noqa: E501` at the end of the texts).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.letters.kinds import REMEDY_BLOCK, LetterKind, template_label
from db.models import LetterTemplate

SYSTEM_USER = "system"


@dataclass(frozen=True)
class DefaultText:
    subject: str
    body: str


_RECEIPT = DefaultText("Eingangsbestätigung – Ihr Antrag „{titel}“", """{anrede}

wir bestätigen den Eingang Ihres Antrags vom {eingangsdatum} auf Gewährung einer Zuwendung aus dem Förderprogramm „{programm}“. Ihr Antrag wird bei uns unter dem Aktenzeichen {aktenzeichen} geführt; bitte geben Sie es bei allen Rückfragen an.

Antragsteller :: {antragsteller}
Projekt :: {titel}
Durchführungszeitraum :: {bewilligungszeitraum}
Beantragte Zuwendung :: {beantragt}

Wir prüfen Ihren Antrag zunächst auf Vollständigkeit und Förderfähigkeit. Fehlen Unterlagen, melden wir uns bei Ihnen.

# Bitte beachten Sie
Mit dem Projekt darf vor der Bewilligung nicht begonnen werden (Verbot des vorzeitigen Maßnahmebeginns). Als Beginn gilt bereits der Abschluss eines der Ausführung zuzurechnenden Lieferungs- oder Leistungsvertrags. Ein vorzeitiger Beginn ist nur mit unserer schriftlichen Zustimmung zulässig; sie begründet keinen Anspruch auf eine Zuwendung.

Diese Bestätigung ist keine Bewilligung. Ein Rechtsanspruch auf eine Zuwendung besteht nicht; wir entscheiden nach pflichtgemäßem Ermessen im Rahmen der verfügbaren Haushaltsmittel.""")  # noqa: E501

_DOCUMENTS = DefaultText("Ihr Antrag „{titel}“ – Nachforderung von Unterlagen", """{anrede}

bei der Prüfung Ihres Antrags vom {eingangsdatum} haben wir festgestellt, dass noch folgende Unterlagen oder Angaben fehlen:

{nachforderung}

Bitte reichen Sie diese bis zum {frist} bei uns ein und geben Sie dabei das Aktenzeichen {aktenzeichen} an.

Liegen die Unterlagen bis zu diesem Tag nicht vor, müssen wir über Ihren Antrag nach Aktenlage entscheiden; das kann zur Ablehnung führen. Für Rückfragen stehen wir Ihnen gern zur Verfügung.""")  # noqa: E501

_HEARING = DefaultText("Anhörung nach § 28 VwVfG – {titel}", """{anrede}

in der oben genannten Angelegenheit beabsichtigen wir, {anhoerung_anlass}. Bevor wir entscheiden, geben wir Ihnen nach § 28 des Verwaltungsverfahrensgesetzes (VwVfG) Gelegenheit, sich zu den für die Entscheidung erheblichen Tatsachen zu äußern.

# Sachverhalt
{anhoerung_gegenstand}

# Ihre Stellungnahme
Sie können sich bis zum {frist} schriftlich oder elektronisch äußern oder Ihre Stellungnahme bei uns zur Niederschrift abgeben. Geht bis dahin keine Stellungnahme ein, entscheiden wir nach Aktenlage.

Dieses Schreiben ist noch keine Entscheidung.""")  # noqa: E501

_GRANT_FIGURES = """Zuwendungsfähige Ausgaben :: {zuwendungsfaehige_ausgaben}
Finanzierungsart :: {finanzierungsart}
Fördersatz :: {foerdersatz}
Zuwendung (Höchstbetrag) :: {betrag}
Bewilligungszeitraum :: {bewilligungszeitraum}
Verwendungsnachweis bis :: {nachweisfrist}"""

_GRANT_TERMS = """2. Zweck der Zuwendung ist die Durchführung des Projekts „{titel}“ nach Maßgabe Ihres Antrags und des Kosten- und Finanzierungsplans (Gesamtkosten {gesamtkosten}, Eigenmittel {eigenmittel}, Drittmittel {drittmittel}). Der Finanzierungsplan ist hinsichtlich des Gesamtergebnisses verbindlich.

3. Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P) sind Bestandteil dieses Bescheides. Besondere Nebenbestimmungen:
{nebenbestimmungen}

4. {zahlungsweise} Nicht rechtzeitig verwendete Beträge sind nach § 49a Abs. 4 VwVfG zu verzinsen.

5. Die Verwendung der Zuwendung ist bis zum {nachweisfrist} mit einem Sachbericht und einem zahlenmäßigen Nachweis nachzuweisen (Verwendungsnachweis)."""  # noqa: E501

_APPROVAL = DefaultText("Zuwendungsbescheid – {titel}", f"""{{anrede}}

auf Ihren Antrag vom {{eingangsdatum}} ergeht folgender

# Bescheid

1. Für das Projekt „{{titel}}“ in {{gemeinde}} wird Ihnen aus Mitteln des Förderprogramms „{{programm}}“ (Haushaltsjahr {{haushaltsjahr}}) eine Zuwendung als Projektförderung in Höhe von höchstens {{betrag}} bewilligt.

{_GRANT_FIGURES}

{_GRANT_TERMS}

# Begründung
Ihr Antrag erfüllt die Fördervoraussetzungen. Die Zuwendung wird nach pflichtgemäßem Ermessen im Rahmen der verfügbaren Haushaltsmittel gewährt; ein Rechtsanspruch besteht nicht.

{{rechtsbehelfsbelehrung}}

Wir wünschen Ihrem Projekt gutes Gelingen.""")  # noqa: E501

_PARTIAL = DefaultText("Zuwendungsbescheid (Teilbewilligung) – {titel}", f"""{{anrede}}

auf Ihren Antrag vom {{eingangsdatum}} ergeht folgender

# Bescheid

1. Für das Projekt „{{titel}}“ in {{gemeinde}} wird Ihnen aus Mitteln des Förderprogramms „{{programm}}“ (Haushaltsjahr {{haushaltsjahr}}) eine Zuwendung als Projektförderung in Höhe von höchstens {{betrag}} bewilligt. Im Übrigen wird Ihr Antrag abgelehnt.

Beantragt :: {{beantragt}}
Nicht bewilligt :: {{nicht_bewilligt}}
{_GRANT_FIGURES}

{_GRANT_TERMS}

# Begründung
{{begruendung}}

Die Zuwendung wird nach pflichtgemäßem Ermessen im Rahmen der verfügbaren Haushaltsmittel gewährt; ein Rechtsanspruch besteht nicht.

{{rechtsbehelfsbelehrung}}""")  # noqa: E501

_REJECTION = DefaultText("Ablehnungsbescheid – {titel}", """{anrede}

auf Ihren Antrag vom {eingangsdatum} ergeht folgender

# Bescheid

Ihr Antrag auf Gewährung einer Zuwendung aus dem Förderprogramm „{programm}“ für das Projekt „{titel}“ in Höhe von {beantragt} wird abgelehnt.

# Begründung
{begruendung}

Zuwendungen sind freiwillige Leistungen, die im Rahmen der verfügbaren Haushaltsmittel nach pflichtgemäßem Ermessen gewährt werden; ein Rechtsanspruch besteht nicht.

{rechtsbehelfsbelehrung}""")  # noqa: E501

_PAYMENT = DefaultText("Auszahlungsmitteilung – {titel}", """{anrede}

auf Grundlage des Zuwendungsbescheids vom {bescheiddatum} haben wir am {auszahlungsdatum} folgenden Betrag an Sie angewiesen:

Auszahlungsbetrag :: {betrag}
Bewilligte Zuwendung :: {bewilligt}
Bisher insgesamt ausgezahlt :: {ausgezahlt}
Noch nicht ausgezahlt :: {restbetrag}
Mittel zu verwenden bis :: {verwenden_bis}

Bitte verwenden Sie die Mittel innerhalb von {verwendungsfrist} nach der Auszahlung für fällige Zahlungen des Projekts. Nicht rechtzeitig verwendete Beträge sind nach § 49a Abs. 4 VwVfG zu verzinsen; bitte zahlen Sie nicht benötigte Beträge umgehend zurück.""")  # noqa: E501

_CLAWBACK = DefaultText("Rückforderungsbescheid – {titel}", """{anrede}

nach Prüfung Ihres Verwendungsnachweises ergeht folgender

# Bescheid

1. Die Zuwendung für das Projekt „{titel}“ wird endgültig auf {endgueltige_zuwendung} festgesetzt. Der Zuwendungsbescheid vom {bescheiddatum} wird insoweit mit Wirkung für die Vergangenheit widerrufen, als die ausgezahlte Zuwendung diesen Betrag übersteigt.

2. Sie haben den zu viel ausgezahlten Betrag von {rueckforderung} zu erstatten (§ 49a Abs. 1 VwVfG). Der Erstattungsbetrag ist nach § 49a Abs. 3 VwVfG zu verzinsen.

Bewilligte Zuwendung :: {bewilligt}
Ausgezahlt :: {ausgezahlt}
Endgültige Zuwendung :: {endgueltige_zuwendung}
Zu erstatten :: {rueckforderung}
Zinsen :: {zinsen}
Insgesamt zu zahlen :: {gesamtforderung}
Zahlbar bis :: {faellig_am}

3. Bitte überweisen Sie {gesamtforderung} bis zum {faellig_am} auf folgendes Konto:

Empfänger :: {behoerde}
Bank :: {behoerde_bank}
IBAN :: {behoerde_iban}
BIC :: {behoerde_bic}
Verwendungszweck :: {aktenzeichen}

{girocode}

# Begründung
Die endgültige Zuwendung ergibt sich aus den im Verwendungsnachweis nachgewiesenen Ausgaben und Einnahmen:
{berechnung}

Zinsen nach § 49a VwVfG für die Zeit vom {zinszeitraum} (Basiszinssatz nach § 247 BGB zuzüglich Zinsaufschlag, taggenau, Tage/365):
{zinsberechnung}

Sie wurden vor dieser Entscheidung nach § 28 VwVfG angehört.

{rechtsbehelfsbelehrung}""")  # noqa: E501

_REMINDER = DefaultText("{mahnstufe} Mahnung – Rückforderung {aktenzeichen}", """{anrede}

mit Rückforderungsbescheid vom {rueckforderungsbescheid_vom} haben wir die Zuwendung für das Projekt „{titel}“ teilweise zurückgefordert. Der Betrag war bis zum {faellig_am} zu zahlen. Bis heute ist die Forderung nicht vollständig beglichen.

Zu erstatten laut Bescheid :: {rueckforderung}
Bisher eingegangen :: {bereits_gezahlt}
Offene Hauptforderung :: {offene_hauptforderung}
Offene Zinsen (§ 49a Abs. 3 VwVfG) :: {offene_zinsen}
Insgesamt offen :: {offener_betrag}

Bitte überweisen Sie {offener_betrag} bis zum {zahlbar_bis} auf folgendes Konto:

Empfänger :: {behoerde}
Bank :: {behoerde_bank}
IBAN :: {behoerde_iban}
BIC :: {behoerde_bic}
Verwendungszweck :: {aktenzeichen}

{girocode}

Bis zum Eingang der Zahlung fallen auf die offene Hauptforderung weiter Zinsen nach § 49a Abs. 3 VwVfG an; sie werden bis zum Tag der Zahlung berechnet. Geht die Zahlung nicht fristgerecht ein, müssen wir die Forderung zwangsweise beitreiben lassen. Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.""")  # noqa: E501

_REMEDY = DefaultText("Rechtsbehelfsbelehrung", """Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form nach § 3a Abs. 2 des Verwaltungsverfahrensgesetzes oder zur Niederschrift beim {behoerde}, {behoerde_anschrift}, zu erheben.""")  # noqa: E501

DEFAULTS: dict[str, DefaultText] = {
    LetterKind.receipt: _RECEIPT,
    LetterKind.documents_request: _DOCUMENTS,
    LetterKind.hearing: _HEARING,
    LetterKind.approval: _APPROVAL,
    LetterKind.partial_approval: _PARTIAL,
    LetterKind.rejection: _REJECTION,
    LetterKind.payment_notice: _PAYMENT,
    LetterKind.clawback: _CLAWBACK,
    LetterKind.reminder: _REMINDER,
    REMEDY_BLOCK: _REMEDY,
}


def ensure_letter_templates(session: Session) -> int:
    """Insert the default template of every kind that has none; returns how many were added."""
    existing = set(session.scalars(select(LetterTemplate.kind)))
    added = 0
    for kind, text in DEFAULTS.items():
        if str(kind) not in existing:
            session.add(LetterTemplate(kind=str(kind), name=template_label(str(kind)), subject=text.subject,
                                       body=text.body, updated_by=SYSTEM_USER))
            added += 1
    return added
