"""What the letters must say by law (issue 21): a balanced financing plan, the legal basis per programme, the
hearing's intended amounts, no deadline in the past, default deadlines from the settings, updated shipped texts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.administration import programmes
from app.administration import settings_service as admin
from app.case_actions.perform import perform
from app.cases import action_fields, decisions, proceedings
from app.cases.detail import case_detail
from app.cases.intake import CostLineInput, FundingLineInput
from app.kernel.audit import AuditContext, set_context
from app.kernel.errors import PermissionDenied, ValidationError
from app.letters import service
from app.letters.defaults import DEFAULTS, ensure_letter_templates
from app.letters.kinds import LetterKind
from app.letters.legal_basis import default_legal_basis
from db.models import Deadline, Hearing, LetterTemplate
from tests.fixtures.database import Today
from tests.letters import cases
from tests.letters.cases import letter_count, pdf_text
from tests.support import Office, run_cli


def _demo_partial(office: Office, today: Today) -> str:
    """The demo case of the issue: 10.600 € costs, 1.414 € own, 706 € third-party, 8.480 € asked, 6.360 € granted."""
    file_number = cases.reviewed(office, today, requested_amount="8480.00", cost_lines=(
        CostLineInput("personnel", "Familienlotsin (0,2 VZÄ)", "8600.00"),
        CostLineInput("material", "Material und Öffentlichkeitsarbeit", "2000.00")), funding_lines=(
        FundingLineInput("own", "Eigenmittel des Vereins", "1414.00"),
        FundingLineInput("third_party", "Zuschuss der Gemeinde", "706.00")))
    decisions.propose(office.anna, file_number, "partial", amount="6360.00", reasons="Material nur anteilig.")
    today.set(dt.date(2026, 3, 2))
    decisions.confirm_decision(office.sabine, file_number)
    return file_number


def test_a_partial_approval_prints_a_balanced_plan_with_the_part_not_granted_as_own_share(
        office: Office, today: Today) -> None:
    text = pdf_text(service.issue_letter(office.anna, _demo_partial(office, today), "partial_approval").pdf)
    # 1.414 + 2.120 + 706 + 0 + 6.360 = 10.600 (the letter before printed 1.414 + 706 + 6.360 = 8.480)
    assert ("Gesamtkosten 10.600,00 € Eigenmittel laut Antrag 1.414,00 € Eigenanteil für den nicht bewilligten "
            "Teil 2.120,00 € Drittmittel 706,00 € Sonstige Einnahmen 0,00 € Zuwendung 6.360,00 € Finanzierung "
            "insgesamt 10.600,00 €") in text
    assert "Beantragt 8.480,00 € Nicht bewilligt 2.120,00 €" in text and "Fördersatz 60 %" in text


def test_the_legal_basis_is_set_per_programme_and_falls_back_to_the_default(office: Office, today: Today) -> None:
    file_number = cases.decided(office, today)
    own = "§ 44 ThürLHO und die Richtlinie LSZ vom 18.07.2022 (geändert am 04.05.2023)"
    with pytest.raises(PermissionDenied):  # only administrators
        programmes.set_legal_basis(office.anna, "LPF", own)
    assert programmes.set_legal_basis(office.admin, "LPF", f"  {own} ") == own
    [row] = programmes.legal_bases(office.leser)
    assert (row.code, row.text, row.is_default) == ("LPF", own, False)
    assert f"Rechtsgrundlage der Zuwendung sind {own}." in pdf_text(
        service.preview_letter(office.anna, file_number, "approval").pdf)
    default = programmes.set_legal_basis(office.admin, "LPF", None)
    assert default == default_legal_basis("LPF", "Landesprogramm Familie") == programmes.legal_bases(
        office.anna)[0].text
    assert "„Solidarisches Zusammenleben der Generationen“ (LSZ)" in default and programmes.legal_bases(
        office.anna)[0].is_default


def test_default_legal_bases_of_the_family_programme_the_esf_programme_and_any_other() -> None:
    assert "§ 4 des Thüringer Familienförderungssicherungsgesetzes" in default_legal_basis(
        "LPF", "Landesprogramm Familie – Familien stärken, gemeinsam gestalten")
    esf = default_legal_basis("ARM", "Armutsprävention (ESF-kofinanziert)")
    assert "(EU) 2021/1060 und (EU) 2021/1057" in esf and "Sozialstrategierichtlinie" in esf
    assert default_legal_basis("MPF", "Mikroprojektefonds") == (
        "§§ 23 und 44 der Thüringer Landeshaushaltsordnung (ThürLHO) mit den Verwaltungsvorschriften dazu und die "
        "Förderrichtlinie des Programms „Mikroprojektefonds“ in der jeweils geltenden Fassung")


def test_a_hearing_before_a_clawback_names_the_intended_final_grant_refund_and_interest(
        office: Office, today: Today) -> None:
    text = pdf_text(service.issue_letter(office.anna, cases.clawback_hearing(office, today), "hearing").pdf)
    for snippet in [
            "die gewährte Zuwendung teilweise zurückzufordern und den Erstattungsbetrag zu verzinsen",
            "Der Verwendungsnachweis weist geringere Ausgaben als geplant aus.",
            "Nach Prüfung Ihres Verwendungsnachweises vom 01.03.2027 beabsichtigen wir, die Zuwendung endgültig auf "
            "8.800,00 € festzusetzen (bewilligt 10.000,00 €) und den Zuwendungsbescheid vom 02.03.2026 insoweit nach "
            "§ 49 Abs. 3 ThürVwVfG mit Wirkung für die Vergangenheit zu widerrufen.",
            "Ausgezahlt wurden 10.000,00 €; zu erstatten wären damit 1.200,00 € (§ 49a Abs. 1 ThürVwVfG).",
            "nach § 49a Abs. 3 ThürVwVfG vom Eintritt der Unwirksamkeit des Zuwendungsbescheids an bis zur Zahlung "
            "mit fünf Prozentpunkten über dem Basiszinssatz (§ 247 BGB) jährlich zu verzinsen",
            "× Fördersatz 10.000,00 € ÷ 12.500,00 € (80 %): 8.800,00 €", "bis zum 20.03.2027"]:
        assert snippet in text, snippet


def test_a_hearing_before_a_clawback_without_proof_of_use_is_not_issued(office: Office, today: Today) -> None:
    file_number = cases.paid(office, today)  # in funding, 10.04.2026: no proof of use, so no amount to name
    proceedings.start_hearing(office.anna, file_number, "clawback", "Zweckverfehlung", dt.date(2026, 4, 30))
    with pytest.raises(ValidationError, match=r"\{beabsichtigte_entscheidung\}"):
        service.issue_letter(office.anna, file_number, "hearing")
    assert letter_count(office) == 0
    proceedings.record_hearing_response(office.anna, file_number, dt.date(2026, 4, 20), None)
    proceedings.start_hearing(office.anna, file_number, "revocation", "Zweckverfehlung", dt.date(2026, 4, 30))
    text = pdf_text(service.issue_letter(office.anna, file_number, "hearing").pdf)
    assert ("Wir beabsichtigen, den Zuwendungsbescheid vom 02.03.2026 über 10.000,00 € nach § 49 Abs. 3 ThürVwVfG zu "
            "widerrufen. Ausgezahlt wurden bisher 6.000,00 €") in text and "§ 49a Abs. 3 ThürVwVfG" in text


def test_a_letter_with_a_deadline_before_its_date_is_refused_and_nothing_is_stored(
        office: Office, today: Today) -> None:
    file_number = cases.documents_requested(office, today)  # deadline 20.02.2026
    today.set(dt.date(2026, 2, 20))
    message = ("Die Frist (20.02.2026) liegt nicht nach dem Datum des Schreibens (20.02.2026); ein Schreiben mit "
               "abgelaufener Frist wird nicht ausgestellt. Bitte zuerst eine neue Frist setzen.")
    with pytest.raises(ValidationError) as refused:
        service.issue_letter(office.anna, file_number, "documents_request")
    assert message in refused.value.message and letter_count(office) == 0
    [choice] = [c for c in service.letter_kinds(office.anna, file_number) if c.kind == LetterKind.documents_request]
    assert (choice.available, choice.reason) == (False, message)
    assert message in service.preview_letter(office.anna, file_number, "documents_request").problems
    today.set(dt.date(2026, 2, 19))
    assert "bis zum 20.02.2026" in pdf_text(service.issue_letter(office.anna, file_number, "documents_request").pdf)


def test_default_deadlines_come_from_the_settings(office: Office, today: Today) -> None:
    admin.set_setting(office.admin, "documents_deadline_days", 21)
    admin.set_setting(office.admin, "hearing_response_days", 10)
    file_number = cases.registered(office, today)  # today 02.02.2026
    with office.database.read() as session:
        detail = case_detail(session, file_number)
    [documents_due] = [f for f in action_fields.FIELDS["request-documents"] if f.name == "due_on"]
    [hearing_due] = [f for f in action_fields.FIELDS["start-hearing"] if f.name == "due_on"]
    assert documents_due.default(detail) == dt.date(2026, 2, 23) and not documents_due.needed_on_cli
    assert hearing_due.default(detail) == dt.date(2026, 2, 12) and not hearing_due.needed_on_cli
    perform(office.anna, "start-check", file_number, {}, None)
    perform(office.anna, "request-documents", file_number, {"due_on": None, "note": "Satzung fehlt"}, None)
    with office.database.read() as session:
        assert session.scalars(select(Deadline.due_on).where(Deadline.kind == "documents")).one() == dt.date(
            2026, 2, 23)


def test_the_command_line_takes_the_hearing_deadline_from_the_settings_and_sets_the_legal_basis(
        office: Office, today: Today, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    admin.set_setting(office.admin, "hearing_response_days", 10)
    file_number = cases.reviewed(office, today)  # today 02.02.2026
    assert run_cli(["--db", db_url, "--user", "anna", "case", "transition", file_number, "start-hearing",
                    "--purpose", "rejection", "--reason", "Bedarf bereits gedeckt"]) == 0
    with office.database.read() as session:
        assert session.scalars(select(Hearing.response_due)).one() == dt.date(2026, 2, 12)
    assert run_cli(["--db", db_url, "--user", "admin", "legal-basis", "lpf", "--set",
                    "§ 44 ThürLHO, Richtlinie LSZ"]) == 0
    assert run_cli(["--db", db_url, "--user", "anna", "legal-basis", "LPF"]) == 0
    out = capsys.readouterr().out
    assert "Rechtsgrundlage des Programms LPF geändert." in out
    assert "LPF – Landesprogramm Familie (von der Administration festgelegt):\n  § 44 ThürLHO, Richtlinie LSZ" in out


def test_unedited_shipped_texts_are_brought_up_to_date_edited_ones_stay(office: Office) -> None:
    old_hearing = ("Anhörung nach § 28 VwVfG – {titel}", "{anrede}\n\nalter Text")
    with office.database.write() as session:
        set_context(session, AuditContext("system", action="test"))
        templates = {t.kind: t for t in session.scalars(select(LetterTemplate))}
        templates["approval"].subject = "Zuwendungsbescheid – {titel}"
        templates["approval"].body = OLD_APPROVAL_BODY
        templates["hearing"].subject, templates["hearing"].body = old_hearing  # edited by the office
        session.commit()
    with office.database.write() as session:
        set_context(session, AuditContext("system", action="reference-data"))
        assert ensure_letter_templates(session) == 1
        session.commit()
    with office.database.read() as session:
        templates = {t.kind: t for t in session.scalars(select(LetterTemplate))}
        assert templates["approval"].body == DEFAULTS["approval"].body
        assert (templates["hearing"].subject, templates["hearing"].body) == old_hearing


OLD_APPROVAL_BODY = "\n".join([
    '{anrede}',
    '',
    'auf Ihren Antrag vom {eingangsdatum} ergeht folgender',
    '',
    '# Bescheid',
    '',
    ('1. Für das Projekt „{titel}“ in {gemeinde} wird Ihnen aus Mitteln des Förderprogramms „{programm}“ ('
     'Haushaltsjahr {haushaltsjahr}) eine Zuwendung als Projektförderung in Höhe von höchstens {betrag} be'
     'willigt.'),
    '',
    'Zuwendungsfähige Ausgaben :: {zuwendungsfaehige_ausgaben}',
    'Finanzierungsart :: {finanzierungsart}',
    'Fördersatz :: {foerdersatz}',
    'Zuwendung (Höchstbetrag) :: {betrag}',
    'Bewilligungszeitraum :: {bewilligungszeitraum}',
    'Verwendungsnachweis bis :: {nachweisfrist}',
    '',
    ('2. Zweck der Zuwendung ist die Durchführung des Projekts „{titel}“ nach Maßgabe Ihres Antrags und de'
     's Kosten- und Finanzierungsplans (Gesamtkosten {gesamtkosten}, Eigenmittel {eigenmittel}, Drittmitte'
     'l {drittmittel}). Der Finanzierungsplan ist hinsichtlich des Gesamtergebnisses verbindlich.'),
    '',
    ('3. Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P) sind Bestandtei'
     'l dieses Bescheides. Besondere Nebenbestimmungen:'),
    '{nebenbestimmungen}',
    '',
    '4. {zahlungsweise} Nicht rechtzeitig verwendete Beträge sind nach § 49a Abs. 4 VwVfG zu verzinsen.',
    '',
    ('5. Die Verwendung der Zuwendung ist bis zum {nachweisfrist} mit einem Sachbericht und einem zahlenmä'
     'ßigen Nachweis nachzuweisen (Verwendungsnachweis).'),
    '',
    '# Begründung',
    ('Ihr Antrag erfüllt die Fördervoraussetzungen. Die Zuwendung wird nach pflichtgemäßem Ermessen im Rah'
     'men der verfügbaren Haushaltsmittel gewährt; ein Rechtsanspruch besteht nicht.'),
    '',
    '{rechtsbehelfsbelehrung}',
    '',
    'Wir wünschen Ihrem Projekt gutes Gelingen.',
])  # the shipped Zuwendungsbescheid before issue 21
