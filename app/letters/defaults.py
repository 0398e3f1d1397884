"""Default German texts of every letter template, inserted once and never overwritten.

Administrators change the texts in the app; `ensure_letter_templates` only
adds templates that are missing (a new installation, or a kind added by a
later version). Syntax of placeholders and markup: `app.letters.placeholders`,
`app.letters.markup` and `docs/letters/README.md`. A line break in a template
is a line break in the letter, so every paragraph below is one long line
(hence the `noqa: E501` at the end of the texts).
"""

from __future__ import annotations

import hashlib
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

_HEARING = DefaultText("Anhörung nach § 28 ThürVwVfG – {titel}", """{anrede}

in der oben genannten Angelegenheit beabsichtigen wir, {anhoerung_anlass}. Bevor wir entscheiden, geben wir Ihnen nach § 28 des Thüringer Verwaltungsverfahrensgesetzes (ThürVwVfG) Gelegenheit, sich zu den für die Entscheidung erheblichen Tatsachen zu äußern.

# Sachverhalt
{anhoerung_gegenstand}

# Beabsichtigte Entscheidung
{beabsichtigte_entscheidung}

# Ihre Stellungnahme
Sie können sich bis zum {frist} schriftlich oder elektronisch äußern oder Ihre Stellungnahme bei uns zur Niederschrift abgeben. Geht bis dahin keine Stellungnahme ein, entscheiden wir nach Aktenlage.

Dieses Schreiben ist noch keine Entscheidung.""")  # noqa: E501

_GRANT_FIGURES = """Zuwendungsfähige Ausgaben :: {zuwendungsfaehige_ausgaben}
Finanzierungsart :: {finanzierungsart}
Fördersatz :: {foerdersatz}
Zuwendung (Höchstbetrag) :: {betrag}
Bewilligungszeitraum :: {bewilligungszeitraum}
Verwendungsnachweis bis :: {nachweisfrist}"""

_PLAN = """Gesamtkosten :: {gesamtkosten}
Eigenmittel :: {eigenmittel}
Drittmittel :: {drittmittel}
Sonstige Einnahmen :: {sonstige_einnahmen}
Zuwendung :: {betrag}
= Finanzierung insgesamt :: {finanzierung_summe}"""

_PARTIAL_PLAN = """Gesamtkosten :: {gesamtkosten}
Eigenmittel laut Antrag :: {eigenmittel_antrag}
Eigenanteil für den nicht bewilligten Teil :: {nicht_bewilligt}
Drittmittel :: {drittmittel}
Sonstige Einnahmen :: {sonstige_einnahmen}
Zuwendung :: {betrag}
= Finanzierung insgesamt :: {finanzierung_summe}"""

_PURPOSE = """2. Zweck der Zuwendung ist die Durchführung des Projekts „{titel}“ nach Maßgabe Ihres Antrags und des folgenden Finanzierungsplans. Der Finanzierungsplan ist hinsichtlich des Gesamtergebnisses verbindlich."""  # noqa: E501

_GRANT_TERMS = """3. Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P) sind Bestandteil dieses Bescheides. Besondere Nebenbestimmungen:
{nebenbestimmungen}

4. {zahlungsweise} Nicht rechtzeitig verwendete Beträge sind nach § 49a Abs. 4 ThürVwVfG zu verzinsen.

5. Die Verwendung der Zuwendung ist bis zum {nachweisfrist} mit einem Sachbericht und einem zahlenmäßigen Nachweis nachzuweisen (Verwendungsnachweis)."""  # noqa: E501

_GRANT_NOTICE = """# Hinweise zu Widerruf und Erstattung
Dieser Bescheid kann nach §§ 48, 49 ThürVwVfG ganz oder teilweise, auch mit Wirkung für die Vergangenheit, zurückgenommen oder widerrufen werden, insbesondere wenn die Zuwendung nicht oder nicht mehr für den bestimmten Zweck verwendet wird oder Auflagen, auch solche der ANBest-P, nicht oder nicht fristgerecht erfüllt werden. Ermäßigen sich nach der Bewilligung die zuwendungsfähigen Ausgaben oder erhöhen sich die Deckungsmittel, ermäßigt sich die Zuwendung nach Nr. 2 ANBest-P. Zu viel erhaltene Beträge sind nach § 49a Abs. 1 ThürVwVfG zu erstatten und nach § 49a Abs. 3 ThürVwVfG vom Eintritt der Unwirksamkeit des Bescheids an mit fünf Prozentpunkten über dem Basiszinssatz (§ 247 BGB) jährlich zu verzinsen."""  # noqa: E501

_APPROVAL = DefaultText("Zuwendungsbescheid – {titel}", f"""{{anrede}}

auf Ihren Antrag vom {{eingangsdatum}} ergeht folgender

# Bescheid

1. Für das Projekt „{{titel}}“ in {{gemeinde}} wird Ihnen aus Mitteln des Förderprogramms „{{programm}}“ (Haushaltsjahr {{haushaltsjahr}}) eine Zuwendung als Projektförderung in Höhe von höchstens {{betrag}} bewilligt.

{_GRANT_FIGURES}

{_PURPOSE}

{_PLAN}

{_GRANT_TERMS}

# Begründung
Ihr Antrag erfüllt die Fördervoraussetzungen. Rechtsgrundlage der Zuwendung sind {{rechtsgrundlage}}. Die Zuwendung wird nach pflichtgemäßem Ermessen im Rahmen der verfügbaren Haushaltsmittel gewährt; ein Rechtsanspruch besteht nicht.

{_GRANT_NOTICE}

{{rechtsbehelfsbelehrung}}

Wir wünschen Ihrem Projekt gutes Gelingen.""")  # noqa: E501

_PARTIAL = DefaultText("Zuwendungsbescheid (Teilbewilligung) – {titel}", f"""{{anrede}}

auf Ihren Antrag vom {{eingangsdatum}} ergeht folgender

# Bescheid

1. Für das Projekt „{{titel}}“ in {{gemeinde}} wird Ihnen aus Mitteln des Förderprogramms „{{programm}}“ (Haushaltsjahr {{haushaltsjahr}}) eine Zuwendung als Projektförderung in Höhe von höchstens {{betrag}} bewilligt. Im Übrigen wird Ihr Antrag abgelehnt.

Beantragt :: {{beantragt}}
Nicht bewilligt :: {{nicht_bewilligt}}
{_GRANT_FIGURES}

{_PURPOSE} Den nicht bewilligten Teil von {{nicht_bewilligt}} tragen Sie als zusätzlichen Eigenanteil.

{_PARTIAL_PLAN}

{_GRANT_TERMS}

# Begründung
{{begruendung}}

Rechtsgrundlage der Zuwendung sind {{rechtsgrundlage}}. Die Zuwendung wird nach pflichtgemäßem Ermessen im Rahmen der verfügbaren Haushaltsmittel gewährt; ein Rechtsanspruch besteht nicht.

{_GRANT_NOTICE}

{{rechtsbehelfsbelehrung}}""")  # noqa: E501

_REJECTION = DefaultText("Ablehnungsbescheid – {titel}", """{anrede}

auf Ihren Antrag vom {eingangsdatum} ergeht folgender

# Bescheid

Ihr Antrag auf Gewährung einer Zuwendung aus dem Förderprogramm „{programm}“ für das Projekt „{titel}“ in Höhe von {beantragt} wird abgelehnt.

# Begründung
{begruendung}

Zuwendungen nach {rechtsgrundlage} sind freiwillige Leistungen, die im Rahmen der verfügbaren Haushaltsmittel nach pflichtgemäßem Ermessen gewährt werden; ein Rechtsanspruch besteht nicht.

{rechtsbehelfsbelehrung}""")  # noqa: E501

_PAYMENT = DefaultText("Auszahlungsmitteilung – {titel}", """{anrede}

auf Grundlage des Zuwendungsbescheids vom {bescheiddatum} haben wir am {auszahlungsdatum} folgenden Betrag an Sie angewiesen:

Auszahlungsbetrag :: {betrag}
Bewilligte Zuwendung :: {bewilligt}
Bisher insgesamt ausgezahlt :: {ausgezahlt}
Noch nicht ausgezahlt :: {restbetrag}
Mittel zu verwenden bis :: {verwenden_bis}

Bitte verwenden Sie die Mittel innerhalb von {verwendungsfrist} nach der Auszahlung für fällige Zahlungen des Projekts. Nicht rechtzeitig verwendete Beträge sind nach § 49a Abs. 4 ThürVwVfG zu verzinsen; bitte zahlen Sie nicht benötigte Beträge umgehend zurück.""")  # noqa: E501

_CLAWBACK = DefaultText("Rückforderungsbescheid – {titel}", """{anrede}

nach Prüfung Ihres Verwendungsnachweises ergeht folgender

# Bescheid

1. Der Zuwendungsbescheid vom {bescheiddatum} wird nach § 49 Abs. 3 Satz 1 ThürVwVfG teilweise mit Wirkung für die Vergangenheit widerrufen, soweit die Zuwendung für das Projekt „{titel}“ den Betrag von {endgueltige_zuwendung} übersteigt. Die Zuwendung wird endgültig auf {endgueltige_zuwendung} festgesetzt.

2. Sie haben den zu viel ausgezahlten Betrag von {rueckforderung} nach § 49a Abs. 1 ThürVwVfG zu erstatten.

3. Der Erstattungsbetrag ist nach § 49a Abs. 3 ThürVwVfG vom Eintritt der Unwirksamkeit des Zuwendungsbescheids an bis zur Zahlung mit fünf Prozentpunkten über dem Basiszinssatz (§ 247 BGB) jährlich zu verzinsen.

Bewilligte Zuwendung :: {bewilligt}
Ausgezahlt :: {ausgezahlt}
Endgültige Zuwendung :: {endgueltige_zuwendung}
Zu erstatten :: {rueckforderung}
Zinsen :: {zinsen}
= Insgesamt zu zahlen :: {gesamtforderung}
Zahlbar bis :: {faellig_am}

4. Bitte überweisen Sie {gesamtforderung} bis zum {faellig_am} auf folgendes Konto:

Empfänger :: {behoerde}
Bank :: {behoerde_bank}
IBAN :: {behoerde_iban}
BIC :: {behoerde_bic}
Verwendungszweck :: {aktenzeichen}

{girocode}

# Sachverhalt
{rueckforderung_sachverhalt}

Die endgültige Zuwendung ergibt sich aus den im Verwendungsnachweis nachgewiesenen Ausgaben und Einnahmen (Nr. 2 ANBest-P):
{berechnung}

# Begründung
Nach § 49 Abs. 3 Satz 1 ThürVwVfG kann ein Verwaltungsakt, der eine Geldleistung zur Erfüllung eines bestimmten Zwecks gewährt, ganz oder teilweise mit Wirkung für die Vergangenheit widerrufen werden, wenn die Leistung nicht oder nicht mehr für den bestimmten Zweck verwendet wird (Nr. 1) oder eine mit dem Verwaltungsakt verbundene Auflage nicht oder nicht fristgerecht erfüllt wird (Nr. 2). Die Zuwendung ist in Höhe von {rueckforderung} nicht für den bewilligten Zweck verwendet worden.

{rueckforderung_gruende}

Soweit der Zuwendungsbescheid widerrufen ist, sind bereits erbrachte Leistungen nach § 49a Abs. 1 ThürVwVfG zu erstatten. Der Erstattungsbetrag ist nach § 49a Abs. 3 ThürVwVfG mit fünf Prozentpunkten über dem Basiszinssatz (§ 247 BGB) jährlich zu verzinsen; der Basiszinssatz ändert sich zum 1. Januar und 1. Juli. Zinsen für die Zeit vom {zinszeitraum} (taggenau, Tage/365):
{zinsberechnung}

{rechtsbehelfsbelehrung}""")  # noqa: E501

_REMINDER = DefaultText("{mahnstufe} Mahnung – Rückforderung {aktenzeichen}", """{anrede}

mit Rückforderungsbescheid vom {rueckforderungsbescheid_vom} haben wir die Zuwendung für das Projekt „{titel}“ teilweise zurückgefordert. Der Betrag war bis zum {faellig_am} zu zahlen. Bis heute ist die Forderung nicht vollständig beglichen.

Zu erstatten laut Bescheid :: {rueckforderung}
Bisher eingegangen :: {bereits_gezahlt}
Offene Hauptforderung :: {offene_hauptforderung}
Offene Zinsen (§ 49a Abs. 3 VwVfG) :: {offene_zinsen}
= Insgesamt offen :: {offener_betrag}

Bitte überweisen Sie {offener_betrag} bis zum {zahlbar_bis} auf folgendes Konto:

Empfänger :: {behoerde}
Bank :: {behoerde_bank}
IBAN :: {behoerde_iban}
BIC :: {behoerde_bic}
Verwendungszweck :: {aktenzeichen}

{girocode}

Bis zum Eingang der Zahlung fallen auf die offene Hauptforderung weiter Zinsen nach § 49a Abs. 3 VwVfG an; sie werden bis zum Tag der Zahlung berechnet. Geht die Zahlung nicht fristgerecht ein, müssen wir die Forderung zwangsweise beitreiben lassen. Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.""")  # noqa: E501

_REMEDY = DefaultText("Rechtsbehelfsbelehrung", """Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form nach § 3a Abs. 2 des Thüringer Verwaltungsverfahrensgesetzes oder zur Niederschrift beim {behoerde}, {behoerde_anschrift}, zu erheben.""")  # noqa: E501

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


# The shipped texts before issue 21 (sha256 of subject, newline, body; first 16 hex digits). A template still
# holding one of them was never edited by an administrator and gets the new default text.
PREVIOUS_DEFAULTS: dict[str, frozenset[str]] = {
    "hearing": frozenset({"5880a1dcc4784ddc"}), "approval": frozenset({"3dfe06b868b30c30"}),
    "partial_approval": frozenset({"fcb568830f838cc9"}), "rejection": frozenset({"a9290022e1e56ea1"}),
    "payment_notice": frozenset({"c66dd3d757b326a2"}), "clawback": frozenset({"8573624232454ff3"}),
    "reminder": frozenset({"eeff92f694d571b6"}), REMEDY_BLOCK: frozenset({"62f852dfb2b96c50"}),
}


def text_hash(subject: str, body: str) -> str:
    return hashlib.sha256(f"{subject}\n{body}".encode()).hexdigest()[:16]


def ensure_letter_templates(session: Session) -> int:
    """Insert the default template of every kind that has none, and bring unedited shipped texts up to date.

    Returns how many templates were added or updated; a text an administrator changed is never touched.
    """
    existing = {t.kind: t for t in session.scalars(select(LetterTemplate))}
    changed = 0
    for kind, text in DEFAULTS.items():
        template = existing.get(str(kind))
        if template is None:
            session.add(LetterTemplate(kind=str(kind), name=template_label(str(kind)), subject=text.subject,
                                       body=text.body, updated_by=SYSTEM_USER))
            changed += 1
        elif text_hash(template.subject, template.body) in PREVIOUS_DEFAULTS.get(str(kind), frozenset()):
            template.subject, template.body, template.updated_by = text.subject, text.body, SYSTEM_USER
            changed += 1
    return changed
