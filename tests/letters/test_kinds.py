"""Every letter kind, issued for a case driven into its state; the text is read back with pypdf."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.applicants import service as applicants
from app.letters import service
from app.letters.kinds import DECISIONS, LetterKind
from app.letters.sources import NotApplicable
from db.models import Letter, Payment
from tests.fixtures.database import Today
from tests.letters import cases
from tests.letters.cases import letter_count, pdf_pages
from tests.support import Office, paid_through_order

REMEDY = ["Rechtsbehelfsbelehrung", "innerhalb eines Monats nach Bekanntgabe Widerspruch",
          "schriftlich, in elektronischer Form", "zur Niederschrift beim Landratsamt Kyffhäuserkreis, Markt 8, "
          "99706 Sondershausen"]


def _partial(office: Office, today: Today) -> str:
    return cases.decided(office, today, "partial", "8000.00", "Die Honorare sind nicht zuwendungsfähig.")


def _rejected(office: Office, today: Today) -> str:
    return cases.decided(office, today, "reject", None, "Das Angebot besteht im Sozialraum bereits.")


LEGAL_BASIS = ["§§ 23 und 44 der Thüringer Landeshaushaltsordnung (ThürLHO)", "§ 4 des Thüringer "
               "Familienförderungssicherungsgesetzes (ThürFamFöSiG)", "Landesprogramm „Solidarisches Zusammenleben "
               "der Generationen“ (LSZ)"]
GRANT_NOTICE = ["Hinweise zu Widerruf und Erstattung", "nach §§ 48, 49 ThürVwVfG", "Nr. 2 ANBest-P",
                "nach § 49a Abs. 1 ThürVwVfG zu erstatten", "nach § 49a Abs. 3 ThürVwVfG",
                "mit fünf Prozentpunkten über dem Basiszinssatz (§ 247 BGB) jährlich zu verzinsen",
                "(ANBest-P) sind Bestandteil dieses Bescheides"]

# kind: (case in the right state, letter date, texts the letter must contain)
KINDS: dict[LetterKind, tuple[Callable[[Office, Today], str], str, list[str]]] = {
    LetterKind.receipt: (cases.registered, "02.02.2026", [
        "Eingangsbestätigung", "Ihres Antrags vom 02.02.2026", "Beantragte Zuwendung 10.000,00 €",
        "Durchführungszeitraum 01.04.2026 bis 31.12.2026", "vorzeitigen Maßnahmebeginns",
        "Ein Rechtsanspruch auf eine Zuwendung besteht nicht"]),
    LetterKind.documents_request: (cases.documents_requested, "02.02.2026", [
        "Nachforderung von Unterlagen", "Es fehlen: Unterschriebener Antrag, Kosten- und Finanzierungsplan.",
        "Bitte Seite 2 unterschreiben.", "bis zum 20.02.2026", "nach Aktenlage entscheiden"]),
    LetterKind.hearing: (cases.with_hearing, "10.02.2026", [
        "Anhörung nach § 28 ThürVwVfG", "nach § 28 des Thüringer Verwaltungsverfahrensgesetzes (ThürVwVfG)",
        "Ihren Antrag auf Gewährung einer Zuwendung abzulehnen", "Sachverhalt",
        "bereits durch ein bestehendes Angebot gedeckt", "Beabsichtigte Entscheidung",
        "Ihren Antrag vom 02.02.2026 auf eine Zuwendung von 10.000,00 € abzulehnen", "bis zum 24.02.2026",
        "noch keine Entscheidung"]),
    LetterKind.approval: (cases.decided, "02.03.2026", [
        "Zuwendungsbescheid – Familiencafé am Markt", "in Höhe von höchstens 10.000,00 € bewilligt",
        "Zuwendungsfähige Ausgaben 12.500,00 €", "Finanzierungsart Anteilfinanzierung", "Fördersatz 80 %",
        "Bewilligungszeitraum 01.04.2026 bis 31.12.2026", "Verwendungsnachweis bis 30.06.2027",
        "innerhalb von 2 Monaten nach der Auszahlung",
        "Gesamtkosten 12.500,00 € Eigenmittel 1.500,00 € Drittmittel 1.000,00 € Sonstige Einnahmen 0,00 € "
        "Zuwendung 10.000,00 € Finanzierung insgesamt 12.500,00 €",
        "Rechtsgrundlage der Zuwendung sind", *LEGAL_BASIS, *GRANT_NOTICE, "Im Auftrag Sabine Sommer"]),
    LetterKind.partial_approval: (_partial, "02.03.2026", [
        "Teilbewilligung", "höchstens 8.000,00 € bewilligt", "Im Übrigen wird Ihr Antrag abgelehnt",
        "Nicht bewilligt 2.000,00 €", "Fördersatz 64 %", "Die Honorare sind nicht zuwendungsfähig.",
        "Den nicht bewilligten Teil von 2.000,00 € tragen Sie als zusätzlichen Eigenanteil",
        "Gesamtkosten 12.500,00 € Eigenmittel laut Antrag 1.500,00 € Eigenanteil für den nicht bewilligten Teil "
        "2.000,00 € Drittmittel 1.000,00 € Sonstige Einnahmen 0,00 € Zuwendung 8.000,00 € Finanzierung insgesamt "
        "12.500,00 €", *LEGAL_BASIS, *GRANT_NOTICE]),
    LetterKind.rejection: (_rejected, "02.03.2026", [
        "Ablehnungsbescheid", "in Höhe von 10.000,00 € wird abgelehnt", "Begründung",
        "Das Angebot besteht im Sozialraum bereits.", "Zuwendungen nach §§ 23 und 44", *LEGAL_BASIS,
        "ein Rechtsanspruch besteht nicht"]),
    LetterKind.payment_notice: (cases.paid, "10.04.2026", [
        "Auszahlungsmitteilung", "Zuwendungsbescheids vom 02.03.2026", "am 10.04.2026",
        "Auszahlungsbetrag 6.000,00 €", "Bisher insgesamt ausgezahlt 6.000,00 €", "Noch nicht ausgezahlt 4.000,00 €",
        "Mittel zu verwenden bis 10.06.2026", "nach § 49a Abs. 4 ThürVwVfG zu verzinsen"]),
    LetterKind.clawback: (cases.clawed_back, "01.04.2027", [
        "Rückforderungsbescheid", "Der Zuwendungsbescheid vom 02.03.2026 wird nach § 49 Abs. 3 Satz 1 ThürVwVfG "
        "teilweise mit Wirkung für die Vergangenheit widerrufen", "endgültig auf 8.800,00 € festgesetzt",
        "1.200,00 € nach § 49a Abs. 1 ThürVwVfG zu erstatten",
        "nach § 49a Abs. 3 ThürVwVfG vom Eintritt der Unwirksamkeit des Zuwendungsbescheids an bis zur Zahlung mit "
        "fünf Prozentpunkten über dem Basiszinssatz (§ 247 BGB) jährlich zu verzinsen",
        "Zu erstatten 1.200,00 €", "Zinsen 62,87 €", "Insgesamt zu zahlen 1.262,87 €", "Zahlbar bis 01.05.2027",
        "Bitte überweisen Sie 1.262,87 € bis zum 01.05.2027",
        # the facts
        "Sachverhalt", "Mit Zuwendungsbescheid vom 02.03.2026 haben wir Ihnen eine Zuwendung von höchstens "
        "10.000,00 € bewilligt; ausgezahlt wurden insgesamt 10.000,00 €.",
        "Ihren Verwendungsnachweis haben Sie am 01.03.2027 vorgelegt. Nachgewiesen sind zuwendungsfähige Ausgaben "
        "von 11.000,00 €", "nur 8.800,00 €; 1.200,00 € wurden zu viel ausgezahlt.",
        "Mit Schreiben vom 01.03.2027 haben wir Sie nach § 28 ThürVwVfG angehört (Teilrückforderung 1.200,00 €). "
        "Bis zum Ablauf der Frist am 20.03.2027 haben Sie sich nicht geäußert.",
        # the legal basis and the considerations of discretion (§ 39 Abs. 1 Satz 3)
        "Nach § 49 Abs. 3 Satz 1 ThürVwVfG kann ein Verwaltungsakt", "steht in unserem Ermessen",
        "Wirtschaftlichkeit und Sparsamkeit (§ 7 ThürLHO)",
        # the reasons the supervisor confirmed with the four-eyes proposal (tests.support.CLAWBACK_REASONS)
        "Im Einzelfall haben wir erwogen: Sachverhalt: Der Verwendungsnachweis weist geringere zuwendungsfähige "
        "Ausgaben aus. Ermessen: Gründe für ein Absehen vom Widerruf liegen nicht vor.",
        "Auf ein Behaltendürfen der Zuwendung konnten Sie nicht vertrauen",
        "01.07.2026–01.05.2027: 305 Tage × 6,27 % auf 1.200,00 € = 62,87 €",
        "um rund 0,21 €",  # one day's interest: 1,200.00 × 6,27 % / 365 = 0,2061…
        "× Fördersatz 10.000,00 € ÷ 12.500,00 € (80 %): 8.800,00 €", "IBAN DE02 1203 0000 0000 2020 51",
        "Verwendungszweck LPF-2026-0001"]),
    LetterKind.reminder: (cases.reminded, "10.05.2027", [
        "1. Mahnung – Rückforderung LPF-2026-0001", "Rückforderungsbescheid vom 01.04.2027",
        "bis zum 01.05.2027 zu zahlen", "Zu erstatten laut Bescheid 1.200,00 €", "Offene Hauptforderung 1.200,00 €",
        "Offene Zinsen (§ 49a Abs. 3 VwVfG) 64,73 €", "Insgesamt offen 1.264,73 €",
        "Bitte überweisen Sie 1.264,73 € bis zum 24.05.2027", "IBAN DE02 1203 0000 0000 2020 51", "GiroCode"]),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_is_issued_with_its_required_elements(office: Office, today: Today, kind: LetterKind) -> None:
    build, letter_date, expected = KINDS[kind]
    file_number = build(office, today)
    issued = service.issue_letter(office.anna, file_number, kind)
    pages = pdf_pages(issued.pdf)
    text = " ".join(pages)
    assert file_number == "LPF-2026-0001"
    assert f"Unser Zeichen {file_number}" in text and f"Datum {letter_date}" in text
    assert "Familienzentrum Sonnenblume e.V. Bahnhofstraße 5 99706 Sondershausen" in text
    for snippet in expected:
        assert snippet in text, snippet
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in page
    assert "ENTWURF" not in text and "[fehlt" not in text and "{" not in text
    for snippet in REMEDY:
        assert (snippet in text) == (kind in DECISIONS), snippet


@pytest.mark.parametrize("kind", [LetterKind.approval, LetterKind.clawback])
def test_issuing_stores_the_exact_bytes_with_hash_and_posting_day(office: Office, today: Today,
                                                                  kind: LetterKind) -> None:
    file_number = KINDS[kind][0](office, today)
    issued = service.issue_letter(office.anna, file_number, kind)
    with office.database.read() as session:
        row = session.scalars(select(Letter)).one()
        assert row.pdf == issued.pdf and row.sha256 == hashlib.sha256(issued.pdf).hexdigest()
        assert (row.kind, row.issued_by, row.template_version) == (kind.value, "anna", 1)
    expected_post = {LetterKind.approval: dt.date(2026, 3, 2), LetterKind.clawback: dt.date(2027, 4, 1)}[kind]
    assert row.posted_on == expected_post == issued.posted_on
    assert row.subject == issued.subject and row.subject in pdf_pages(issued.pdf)[0]


def test_kinds_that_do_not_fit_the_state_are_refused_and_nothing_is_stored(office: Office, today: Today) -> None:
    file_number = cases.registered(office, today)
    choices = {c.kind: c for c in service.letter_kinds(office.anna, file_number)}
    assert [k for k, c in choices.items() if c.available] == [LetterKind.receipt]
    assert "Es ist keine Auszahlung gebucht" in (choices[LetterKind.payment_notice].reason or "")
    for kind in (LetterKind.approval, LetterKind.rejection, LetterKind.clawback, LetterKind.documents_request):
        with pytest.raises(NotApplicable, match="passt nicht zu diesem Vorgang"):
            service.issue_letter(office.anna, file_number, kind)
    assert letter_count(office) == 0


def test_decision_letters_follow_the_confirmed_outcome(office: Office, today: Today) -> None:
    file_number = _partial(office, today)
    available = {c.kind for c in service.letter_kinds(office.anna, file_number) if c.available}
    assert available == {LetterKind.receipt, LetterKind.partial_approval}
    with pytest.raises(NotApplicable, match="keine bestätigte Entscheidung dieser Art"):
        service.preview_letter(office.anna, file_number, LetterKind.approval)


def test_a_preview_is_a_marked_draft_and_stores_nothing(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today)
    preview = service.preview_letter(office.leser, file_number, "approval")
    assert "ENTWURF" in " ".join(pdf_pages(preview.pdf)) and preview.problems == ()
    assert letter_count(office) == 0
    assert service.list_letters(office.anna, file_number) == []


def test_payment_notice_for_the_latest_or_an_earlier_payment(office: Office, today: Today) -> None:
    file_number = cases.paid(office, today)
    today.set(dt.date(2026, 6, 1))
    paid_through_order(office, file_number, "3000.00", dt.date(2026, 6, 1))
    latest = " ".join(pdf_pages(service.issue_letter(office.anna, file_number, "payment_notice").pdf))
    assert "Auszahlungsbetrag 3.000,00 €" in latest and "Bisher insgesamt ausgezahlt 9.000,00 €" in latest
    with office.database.read() as session:
        first = session.scalars(select(Payment).order_by(Payment.paid_on)).first()
        assert first is not None
    earlier = " ".join(pdf_pages(service.preview_letter(office.anna, file_number, "payment_notice",
                                                        payment_id=first.id).pdf))
    assert "Auszahlungsbetrag 6.000,00 €" in earlier and "Bisher insgesamt ausgezahlt 6.000,00 €" in earlier
    assert "Noch nicht ausgezahlt 4.000,00 €" in earlier
    with pytest.raises(NotApplicable, match="gehört nicht zu diesem Vorgang"):
        service.preview_letter(office.anna, file_number, "payment_notice", payment_id=first.id + 99)


@pytest.mark.parametrize(("salutation", "address", "greeting"), [
    ("Frau", "Frau Dr. Petra Beispiel", "Sehr geehrte Frau Dr. Beispiel,"),
    ("Herr", "Herrn Dr. Petra Beispiel", "Sehr geehrter Herr Dr. Beispiel,"),
    (None, "Dr. Petra Beispiel", "Sehr geehrte Damen und Herren,"),
])
def test_contact_person_in_the_address_and_the_salutation(office: Office, today: Today, salutation: str | None,
                                                          address: str, greeting: str) -> None:
    contact = applicants.add_contact(office.anna, office.applicant_id, applicants.ContactInput(
        name="Dr. Petra Beispiel", salutation=salutation))
    file_number = cases.registered(office, today, contact_person_id=contact)
    text = " ".join(pdf_pages(service.issue_letter(office.anna, file_number, "receipt").pdf))
    assert f"Familienzentrum Sonnenblume e.V. {address} Bahnhofstraße 5" in text
    assert greeting in text
