"""Rule results and deadline subjects are stored language-neutral and read in the reader's language; the audit
trail reads as sentences with display names (issue 23, "Language-neutral storage")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.administration import start_page
from app.cases import checking, deadlines, documents, intake, proceedings
from app.cases.audit_trail import AuditRow, audit_trail
from app.cases.detail import CaseDetail
from app.cases.reader import Reader as CaseReader
from app.kernel import i18n
from app.kernel.stored_text import N_, Label, Percent, coded, free, render
from db.enums import DeadlineKind
from db.models import Application, Deadline, EligibilityResult
from tests.fixtures.database import Today
from tests.support import Office, application_input, register

D = dt.date
# words that only an English text has, and only a German one (the rule reasons and subjects we read back)
ENGLISH = re.compile(r"\b(the|is|are|of|until|due|Period|applicant|documents|financed|funding)\b")
GERMAN = re.compile(r"\b(der|die|das|ist|sind|bis|Zeitraum|Antragsteller|Unterlagen|finanziert|liegen)\b")


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.install_language("de")


def _read(office: Office, file_number: str, language: str) -> CaseDetail:
    i18n.install_language(language)
    return CaseReader(office.database, "anna").case(file_number)


def _written_in_english(office: Office, today: Today) -> str:
    """A check run and two deadlines, all with the interface in English."""
    file_number = register(office, municipality="Sondershausen")
    i18n.install_language("en")
    checking.start_check(office.anna, file_number)  # the case's own documents are missing: one rule fails
    checking.request_documents(office.anna, file_number, D(2026, 3, 12), note="Bitte nachreichen")
    deadlines.add_follow_up(office.anna, file_number, "Rückruf Frau Weber", D(2026, 3, 20))
    return file_number


def test_written_in_english_reads_german_in_german_and_english_in_english(office: Office, today: Today,
                                                                          language: None) -> None:
    file_number = _written_in_english(office, today)
    german, english = _read(office, file_number, "de"), _read(office, file_number, "en")

    assert len(german.rules) == len(english.rules) == 12
    for de_rule, en_rule in zip(german.rules, english.rules, strict=True):
        assert de_rule.message != en_rule.message, de_rule.rule  # every reason is translated
        assert not ENGLISH.search(de_rule.message), de_rule.message
        assert not GERMAN.search(en_rule.message), en_rule.message
    period = {r.rule: (r.message, e.message) for r, e in zip(german.rules, english.rules, strict=True)}
    assert period["grant_period"] == ("Zeitraum 01.04.2026–31.12.2026 im Haushaltsjahr 2026.",
                                      "Period 01.04.2026–31.12.2026 in fiscal year 2026.")
    assert period["legal_capacity"] == ("Der Antragsteller ist rechtsfähig.", "The applicant has legal capacity.")

    subjects = {d.kind: (d.title, e.title) for d, e in zip(german.deadlines, english.deadlines, strict=True)}
    assert subjects["documents"][0] == "Nachgeforderte Unterlagen bis 12.03.2026"
    assert subjects["documents"][1] != subjects["documents"][0] and "12.03.2026" in subjects["documents"][1]
    assert not GERMAN.search(subjects["documents"][1])
    assert subjects["follow_up"] == ("Rückruf Frau Weber", "Rückruf Frau Weber")  # typed text stays as typed


def test_a_refusal_quotes_the_rule_in_the_reader_s_language(office: Office, today: Today, language: None) -> None:
    """The guard of "Formelle Prüfung abschließen" quotes the failed rules stored by an English check run."""
    file_number = register(office)
    i18n.install_language("en")
    checking.start_check(office.anna, file_number)
    i18n.install_language("de")
    with pytest.raises(Exception, match="Es fehlen: ") as refused:
        checking.confirm_eligible(office.anna, file_number)
    assert not ENGLISH.search(str(refused.value).split(":", 1)[1])


def test_stored_rows_hold_message_ids_and_neutral_parameters(office: Office, today: Today, language: None) -> None:
    file_number = _written_in_english(office, today)
    with Session(office.database.engine) as session:
        app_id = session.scalar(select(Application.id).where(Application.file_number == file_number))
        rows = {r.rule: r for r in session.scalars(select(EligibilityResult)
                                                   .where(EligibilityResult.application_id == app_id))}
        subjects = {d.kind.value: (d.title, d.title_params) for d in session.scalars(
            select(Deadline).where(Deadline.application_id == app_id))}
    assert (rows["grant_period"].message, rows["grant_period"].message_params) == (
        "Zeitraum {start}–{end} im Haushaltsjahr {year}.",
        '{"end": {"date": "2026-12-31"}, "start": {"date": "2026-04-01"}, "year": 2026}')
    assert subjects["documents"] == ("Nachgeforderte Unterlagen bis {due}", '{"due": {"date": "2026-03-12"}}')
    assert subjects["follow_up"] == ("Rückruf Frau Weber", None)


def test_render_formats_amounts_rates_days_and_labels_when_read(language: None) -> None:
    text = coded(N_("Die beantragte Zuwendung {amount} übersteigt den Höchstfördersatz von {rate} der "
                    "zuwendungsfähigen Ausgaben ({maximum})."),
                 amount=Decimal("12000.00"), rate=Percent(Decimal("0.8")), maximum=Decimal("10000.00"))
    assert text.render() == ("Die beantragte Zuwendung 12.000,00 € übersteigt den Höchstfördersatz von 80 % der "
                             "zuwendungsfähigen Ausgaben (10.000,00 €).")
    label = coded(N_("{name} vom {date} ist aktuell (höchstens {years} Jahre alt)."),
                  name=Label(N_("Freistellungsbescheid")), date=D(2024, 5, 10), years=5)
    i18n.install_language("en")
    assert "Freistellungsbescheid" not in label.render() and "10.05.2024" in label.render()
    assert free("Rückruf Frau Weber").render() == "Rückruf Frau Weber"
    assert render("Kaputt {x}", "{not json") == "Kaputt {x}"  # a damaged row still shows something
    with pytest.raises(TypeError):
        coded(N_("Frist bis {due}"), due=dt.datetime(2026, 3, 1, 12, 0))


def test_open_deadline_refuses_a_plain_string(office: Office, today: Today) -> None:
    file_number = register(office)
    with office.anna as uow, pytest.raises(TypeError, match="StoredText"):
        uow.act("add-follow-up", permission="deadline.manage")
        app = uow.session.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None
        deadlines.open_deadline(uow.session, app, DeadlineKind.follow_up,
                                "Frist bis 12.03.2026", D(2026, 3, 12), "anna")  # type: ignore[arg-type]


def _sentences(office: Office, file_number: str) -> list[AuditRow]:
    return audit_trail(office.uow("sabine"), file_number)


def test_the_audit_trail_reads_as_sentences_with_display_names(office: Office, today: Today,
                                                               language: None) -> None:
    file_number = register(office)
    detail = CaseReader(office.database, "anna").case(file_number)
    intake.update_application(office.anna, file_number, detail.version,
                              application_input(office.applicant_id, requested_amount="9500.00"))
    checking.start_check(office.anna, file_number)
    checking.request_documents(office.anna, file_number, D(2026, 3, 12))
    checking.documents_received(office.anna, file_number)

    rows = _sentences(office, file_number)
    texts = [r.sentence for r in rows]
    assert ("Anna Arndt hat den beantragten Betrag von 10.000,00 € auf 9.500,00 € geändert (Antrag geändert)."
            in texts)
    assert ("Anna Arndt hat den Status von »Eingegangen« auf »Formelle Prüfung« geändert "
            "(Formelle Prüfung beginnen).") in texts
    assert ("Anna Arndt hat den Status von »Nachforderung« auf »Formelle Prüfung« geändert "
            "(Nachgeforderte Unterlagen eingegangen).") in texts
    assert "Anna Arndt hat eine Frist angelegt (Unterlagen nachfordern): Nachgeforderte Unterlagen bis 12.03.2026" \
        in texts
    for row in rows:  # no JSON, no internal names, no user name where a display name exists
        assert "{" not in row.sentence and "_id" not in row.sentence and "eligibility_check" not in row.sentence
        assert row.sentence.startswith(("Anna Arndt ", "Ada Admin ")), row.sentence
        assert row.line.endswith(row.sentence) and re.match(r"\d\d\.\d\d\.\d{4} \d\d:\d\d — ", row.line)

    recent = start_page.start_page(office.sabine).recent  # the start page names people, too
    assert recent[0].file_number == file_number and recent[0].user == "Anna Arndt"

    i18n.install_language("en")
    english = [r.sentence for r in _sentences(office, file_number)]
    assert ("Anna Arndt changed the amount requested from 10.000,00 € to 9.500,00 € (Application changed)."
            in english)
    assert not any(" hat " in s for s in english)


def test_a_document_received_and_a_masked_value_as_sentences(office: Office, today: Today) -> None:
    file_number = register(office)
    documents.record_document(office.anna, "financing_plan", file_number=file_number, received_on=D(2026, 2, 3))
    checking.start_check(office.anna, file_number)
    proceedings.start_hearing(office.anna, file_number, "rejection", "Fehlender Finanzierungsplan", D(2026, 3, 1))
    proceedings.record_hearing_response(office.anna, file_number, D(2026, 2, 10), "Herr Meier reicht nach.")
    texts = [r.sentence for r in _sentences(office, file_number)]
    assert any(t.startswith("Anna Arndt hat eine Unterlage angelegt (Unterlage erfasst): ") and "03.02.2026" in t
               for t in texts), texts
    assert ("Anna Arndt hat die Stellungnahme geändert (personenbezogen, Inhalt nicht protokolliert) "
            "(Stellungnahme zur Anhörung erfassen).") in texts
    assert not any("Meier" in t for t in texts)
