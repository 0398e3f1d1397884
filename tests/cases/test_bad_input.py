"""A corpus of hostile or wrong inputs: each gets a clear German message and the database stays unchanged.

Every entry goes through the real services (and a few through the CLI) on both backends; after each
refusal the fingerprint of the database (row counts, money sums, versions, end of the audit trail) must
equal the one before.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from app.administration import programmes, users
from app.applicants import service as applicants
from app.applicants.service import ApplicantInput
from app.cases import checking, deadlines, decisions, documents, notes, proceedings
from app.cases import intake as applications
from app.cases.intake import CostLineInput, FundingLineInput
from app.excel.import_service import import_list
from app.excel.records import ImportOptions
from app.kernel.errors import FoerderDeskError
from app.kernel.uow import UnitOfWork
from app.payments import booking as payments
from app.payments.orders import OrderInput, create_order
from app.proof import final_grant as proof
from tests.excel.lists import row, write_list
from tests.support import Office, application_input, record_case_documents, run_cli
from tests.support_fingerprint import fingerprint
from tests.support_zipbomb import write_zip_bomb

GERMAN_HINTS = ("ä", "ö", "ü", "ß", " nicht ", " bitte", "Bitte", "ist ", "kein", "darf", "muss", "gibt es",
                "Die ", "Der ", "Das ", "Es ", "Für ", "Eine ", "Ein ", "unbekannt", "Unbekannt", "ungültig",
                " hat ", "werden", " sein", " oder ", " und ", " zu ", " mit ", " vor ")
ENGLISH = ("Error", "error:", "invalid", "not found", "Traceback", "must be", "None")


def applicant(**changes: object) -> ApplicantInput:
    base = ApplicantInput(name="Neuer Verein e.V.", applicant_type="association", postcode="99706",
                          municipality="Sondershausen")
    return replace(base, **changes)  # type: ignore[arg-type]


def corpus(office: Office, received: str, approved: str, proposed: str) -> list[tuple[str, Callable[[], object]]]:
    a, s, db, aid = office.anna, office.sabine, office.database, office.applicant_id
    leser = office.leser

    def app_input(**changes: object) -> object:
        return applications.register_application(a, application_input(aid, **changes))

    return [
        # applicants
        ("leerer Name", lambda: applicants.register_applicant(a, applicant(name="  "))),
        ("Name 100.000 Zeichen", lambda: applicants.register_applicant(a, applicant(name="x" * 100_000))),
        ("Steuerzeichen im Namen", lambda: applicants.register_applicant(a, applicant(name="Verein\x07 e.V."))),
        ("Rechts-nach-links-Zeichen", lambda: applicants.register_applicant(a, applicant(name="Verein \u202eV.e"))),
        ("IBAN Prüfziffer", lambda: applicants.register_applicant(a, applicant(iban="DE89370400440532013001"))),
        ("IBAN Länge", lambda: applicants.register_applicant(a, applicant(iban="DE8937040044053201300"))),
        ("IBAN Buchstaben", lambda: applicants.register_applicant(a, applicant(iban="DE89A70400440532013000"))),
        ("BIC ungültig", lambda: applicants.register_applicant(a, applicant(iban="DE89370400440532013000",
                                                                            bic="XX"))),
        ("unbekannte Gemeinde", lambda: applicants.register_applicant(a, applicant(municipality="Erfurt"))),
        ("falscher Antragstellertyp", lambda: applicants.register_applicant(a, applicant(applicant_type="firma"))),
        ("PLZ vierstellig", lambda: applicants.register_applicant(a, applicant(postcode="9970"))),
        ("E-Mail ohne @", lambda: applicants.register_applicant(a, applicant(email="verein.example"))),
        ("Registernummer", lambda: applicants.register_applicant(a, applicant(register_number="ABC 12"))),
        ("Nachweisart", lambda: applicants.register_applicant(a, applicant(nonprofit_proof_kind="urkunde"))),
        ("Datum 31.02.", lambda: applicants.register_applicant(a, applicant(nonprofit_proof_date="31.02.2026"))),
        ("Doppelter Antragsteller", lambda: applicants.register_applicant(a, applicant(
            name="Familienzentrum Sonnenblume e.V.", postcode="99706"))),
        ("Leser legt Antragsteller an", lambda: applicants.register_applicant(leser, applicant())),
        ("Rechtsform 100 Zeichen", lambda: applicants.register_applicant(a, applicant(legal_form="R" * 100))),
        ("Träger 201 Zeichen", lambda: applicants.register_applicant(a, applicant(sponsor_name="T" * 201))),
        ("ANSI-Farbe im Namen", lambda: applicants.register_applicant(a, applicant(name="Verein \x1b[31mrot\x1b[0m"))),
        ("Bidi-Isolat im Namen", lambda: applicants.register_applicant(a, applicant(name="Verein \u2066x\u2069"))),
        ("LRO im Ort", lambda: applicants.register_applicant(a, applicant(city="Sonders\u202dhausen"))),
        # applications
        ("negativer Betrag", lambda: app_input(requested_amount="-100")),
        ("drei Nachkommastellen", lambda: app_input(requested_amount="10.000,005")),
        ("Betrag Text", lambda: app_input(requested_amount="zehntausend")),
        ("Betrag zu groß", lambda: app_input(requested_amount="99999999999")),
        ("Betrag float", lambda: app_input(requested_amount=1.5)),
        ("Betrag 1e30", lambda: app_input(requested_amount="1e30")),
        ("Betrag Decimal 1e30", lambda: app_input(requested_amount=Decimal("1e30"))),
        ("Betrag über Numeric(12,2)", lambda: app_input(requested_amount="10.000.000.000,00")),
        ("Arabisch-indische Ziffern", lambda: app_input(requested_amount="١٢٣")),
        ("Vollbreite Ziffern", lambda: app_input(requested_amount="１２３,００")),
        ("Arabisch-indisches Datum", lambda: app_input(start_date="٠١.٠٤.٢٠٢٦")),
        ("Ende vor Beginn", lambda: app_input(start_date=dt.date(2026, 5, 1), end_date=dt.date(2026, 4, 1))),
        ("leerer Titel", lambda: app_input(title="")),
        ("Titel 100.000 Zeichen", lambda: app_input(title="T" * 100_000)),
        ("Nullbyte im Titel", lambda: app_input(title="Familien\x00café")),
        ("RLO im Titel", lambda: app_input(title="Rechnung\u202efdp.exe")),
        ("unbekanntes Programm", lambda: app_input(programme="XYZ")),
        ("unbekannte Gemeinde", lambda: app_input(municipality="Weimar")),
        ("unbekannte Lebensphase", lambda: app_input(life_phase="Urlaub")),
        ("unbekanntes Handlungsfeld", lambda: app_input(field_of_action="Raumfahrt")),
        ("unbekannte Maßnahme", lambda: app_input(measure_id=999_999)),
        ("Haushaltsjahr 1999", lambda: app_input(fiscal_year=1999)),
        ("Finanzierungsart", lambda: app_input(financing_type="geschenk")),
        ("Kostenart", lambda: app_input(cost_lines=(CostLineInput("bestechung", "x", "1"),))),
        ("negative Kostenzeile", lambda: app_input(cost_lines=(CostLineInput("material", "x", "-1"),))),
        ("Kostenzeile ohne Text", lambda: app_input(cost_lines=(CostLineInput("material", "", "10"),))),
        ("Finanzierungsart Zeile", lambda: app_input(funding_lines=(FundingLineInput("kredit", "x", "1"),))),
        ("fremde Kontaktperson", lambda: app_input(contact_person_id=999_999)),
        ("unbekannter Antragsteller", lambda: applications.register_application(
            a, application_input(999_999))),
        ("unvollständig ohne Kosten", lambda: app_input(cost_lines=(), requested_amount="0")),
        ("Leser registriert", lambda: applications.register_application(leser, application_input(aid))),
        # workflow
        ("unbekanntes Aktenzeichen", lambda: checking.start_check(a, "LPF-2026-9999")),
        ("Aktenzeichen mit SQL", lambda: checking.start_check(a, "x' OR '1'='1")),
        ("falscher Status", lambda: create_order(a, received, OrderInput(amount="100"))),
        ("Rücknahme ohne Grund", lambda: checking.withdraw(a, received, "")),
        ("Rücknahme 100.000 Zeichen", lambda: checking.withdraw(a, received, "Grund " * 20_000)),
        ("Rücknahme mit ANSI", lambda: checking.withdraw(a, received, "Zurückgezogen \x1b[2J\x1b[31mrot")),
        ("Rückgabe mit RLO", lambda: decisions.return_proposal(s, proposed, "Bitte \u202eneu rechnen")),
        ("Rückgabe 100.000 Zeichen", lambda: decisions.return_proposal(s, proposed, "x" * 100_000)),
        ("veraltete Version", lambda: checking.start_check(a, received, expected_version=99)),
        ("Ablehnung ohne Gründe", lambda: decisions.propose(a, proposed, "reject", reasons="nein")),
        ("unbekanntes Ergebnis", lambda: decisions.propose(a, proposed, "vielleicht")),
        ("Vier Augen", lambda: decisions.confirm_decision(UnitOfWork(db, "tom"), _own_proposal(office))),
        ("Bestätigung durch Sachbearbeitung", lambda: decisions.confirm_decision(a, proposed)),
        ("Bescheid vor Datum zur Post", lambda: decisions.confirm_decision(
            s, proposed, decision_date="2026-03-10", posted_on="2026-03-01")),
        ("Auszahlung negativ", lambda: create_order(a, approved, OrderInput(amount="-5"))),
        ("Auszahlung null", lambda: create_order(a, approved, OrderInput(amount="0"))),
        ("Auszahlung über Bewilligung", lambda: create_order(a, approved, OrderInput(amount="10000.01"))),
        ("Auszahlung vor Bescheid", lambda: create_order(a, approved, OrderInput(amount="100", due_on="2026-01-01"))),
        ("Mittelabruf über Bewilligung", lambda: payments.request_payment(a, approved, "10000.01")),
        ("Frist in der Vergangenheit", lambda: _request_documents_in_past(a, received)),
        ("Anhörungsanlass", lambda: proceedings.start_hearing(a, approved, "laune", "x", "2026-12-01")),
        ("Anhörungsfrist Unsinn", lambda: proceedings.start_hearing(a, approved, "clawback", "x", "morgen")),
        ("Widerspruch Eingangsweg", lambda: proceedings.record_objection(a, approved, "2026-03-05", "brieftaube")),
        ("Widerspruch vor Bescheid", lambda: proceedings.record_objection(a, approved, "2026-01-01")),
        ("Abschluss ohne Nachweis", lambda: proof.close_case(a, approved)),
        ("Nachweis größer als Gesamt", lambda: proof.receive_proof(a, approved, proof.ProofInput("10", "20"))),
        ("Rückzahlung ohne Forderung", lambda: proof.record_repayment(a, approved, "10")),
        ("Übersteuerung zu kurz", lambda: checking.override_rule(a, received, "documents_complete", "passt")),
        ("Notiz leer", lambda: notes.add_note(a, received, "   ")),
        ("Notiz Steuerzeichen", lambda: notes.add_note(a, received, "Hallo\x1b[31m")),
        ("Beratung an Montag", lambda: notes.schedule_consultation(a, received, dt.datetime(2026, 2, 9, 10, 0))),
        ("Wiedervorlage in Vergangenheit", lambda: deadlines.add_follow_up(a, received, "x", "2020-01-01")),
        ("unbekannte Frist", lambda: deadlines.complete_deadline(a, 999_999)),
        ("Unterlage ohne Ziel", lambda: documents.record_document(a, "statutes")),
        ("unbekannte Unterlagenart", lambda: documents.record_document(a, "geheim", file_number=received)),
        # administration
        ("Benutzername mit Leerzeichen", lambda: users.add_user(office.admin, "a b", "reader")),
        ("doppelter Benutzer", lambda: users.add_user(office.admin, "anna", "reader")),
        ("unbekannte Rolle", lambda: users.add_user(office.admin, "neu", "kaiser")),
        ("Sachbearbeitung verwaltet Benutzer", lambda: users.add_user(a, "neu", "reader")),
        ("Programmkürzel", lambda: programmes.create_programme(office.admin, programmes.ProgrammeInput(
            code="L P F", name="x"))),
        ("Aktenzeichen-Muster", lambda: programmes.create_programme(office.admin, programmes.ProgrammeInput(
            code="NEU", name="x", file_number_pattern="{kaputt"))),
        ("Haushalt negativ", lambda: programmes.set_budget(office.admin, "LPF", 2026, "-1")),
        ("Haushalt unter Bewilligtem", lambda: programmes.set_budget(office.admin, "LPF", 2026, "100.00")),
        ("Sachbearbeitung ändert Haushalt", lambda: programmes.set_budget(a, "LPF", 2026, "1")),
    ]


def _own_proposal(office: Office) -> str:
    """A case that the supervisor Tom proposed himself (set-up outside the fingerprint window)."""
    return office.tom_proposal  # type: ignore[attr-defined]


def _request_documents_in_past(uow: UnitOfWork, file_number: str) -> None:
    checking.request_documents(uow, file_number, dt.date(2026, 1, 1))


@pytest.fixture
def prepared(office: Office, today) -> tuple[Office, str, str, str]:
    today.set(dt.date(2026, 3, 2))
    received = applications.register_application(office.anna, application_input(office.applicant_id))
    checking.start_check(office.anna, received)
    approved = applications.register_application(office.anna, application_input(office.applicant_id))
    proposed = applications.register_application(office.anna, application_input(office.applicant_id))
    own = applications.register_application(office.anna, application_input(office.applicant_id))
    for ref in (approved, proposed, own):
        record_case_documents(office, ref)
        checking.start_check(office.anna, ref)
        checking.confirm_eligible(office.anna, ref)
    decisions.propose(office.anna, approved, "approve", amount="10000.00", reasons="Bedarf belegt.")
    decisions.confirm_decision(office.sabine, approved, decision_date="2026-03-02")
    decisions.propose(office.anna, proposed, "approve", amount="10000.00", reasons="Bedarf belegt.")
    decisions.propose(office.tom, own, "approve", amount="10000.00", reasons="Bedarf belegt.")
    office.tom_proposal = own  # type: ignore[attr-defined]
    return office, received, approved, proposed


def _german(message: str) -> bool:
    return bool(message) and not any(w in message for w in ENGLISH) and any(h in message for h in GERMAN_HINTS)


def refusal_problems(office: Office, entries: list[tuple[str, Callable[[], object]]]) -> list[str]:
    """Each entry must be refused with a German message and leave the database as it was."""
    problems = []
    for name, call in entries:
        before = fingerprint(office.database)
        try:
            call()
        except FoerderDeskError as exc:
            if not _german(exc.message):
                problems.append(f"{name}: unklare Meldung {exc.message!r}")
        except Exception as exc:
            problems.append(f"{name}: {type(exc).__name__}: {exc}")
        else:
            problems.append(f"{name}: nicht abgelehnt")
        if fingerprint(office.database) != before:
            problems.append(f"{name}: Datenbank verändert")
    return problems


def test_every_bad_input_is_refused_in_german_and_changes_nothing(prepared) -> None:
    office, received, approved, proposed = prepared
    entries = corpus(office, received, approved, proposed)
    assert len(entries) >= 75
    problems = refusal_problems(office, entries)
    assert problems == [], "\n".join(problems)
    before = fingerprint(office.database)
    notes.add_note(office.anna, received, "Eine gültige Notiz")  # the fingerprint does see a real change
    assert fingerprint(office.database) != before


def test_limits_name_the_limit(prepared) -> None:
    office, received, _approved, _proposed = prepared
    with pytest.raises(FoerderDeskError, match=r"»Begründung« ist zu lang \(119999 Zeichen, höchstens 25000\)"):
        checking.withdraw(office.anna, received, "Grund " * 20_000)
    with pytest.raises(FoerderDeskError, match=r"»Rechtsform« ist zu lang \(100 Zeichen, höchstens 80\)"):
        applicants.register_applicant(office.anna, applicant(legal_form="R" * 100))


def test_hostile_files_are_refused_in_german_and_change_nothing(prepared, tmp_path: Path) -> None:
    office = prepared[0]
    bomb = write_zip_bomb(tmp_path / "bombe.xlsx")
    huge = write_list(tmp_path / "riesig.xlsx", [row(titel="Projekt", antragsteller="Stadt Greußen",
                                                     gemeinde="Greußen", haushaltsjahr=2026, beantragt=1e30)])
    arabic = write_list(tmp_path / "ziffern.xlsx", [row(titel="Projekt", antragsteller="Stadt Greußen",
                                                        gemeinde="Greußen", haushaltsjahr="٢٠٢٦", beantragt="١٢٣")])
    entries: list[tuple[str, Callable[[], object]]] = [
        ("Zip-Bombe", lambda: import_list(office.sabine, bomb, ImportOptions())),
        ("Betrag 1e30 in der Liste", lambda: import_list(office.sabine, huge, ImportOptions())),
        ("Arabisch-indische Ziffern in der Liste", lambda: import_list(office.sabine, arabic, ImportOptions())),
    ]
    problems = refusal_problems(office, entries)
    assert problems == [], "\n".join(problems)
    with pytest.raises(FoerderDeskError) as refused:
        import_list(office.sabine, huge, ImportOptions())
    assert any("ist zu groß: höchstens 9.999.999.999,99 €" in p.message
               for p in refused.value.plan.errors)  # type: ignore[attr-defined]


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/null are POSIX")
def test_the_command_line_refuses_special_targets_and_an_empty_user(prepared, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    office, _received, approved, _proposed = prepared
    url = office.database.url.render_as_string(hide_password=False)
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    calls = [
        (["--user", "anna", "letter", approved, "approval", "--issue", "-o", "/dev/null"], "ist ein Gerät"),
        (["--user", "anna", "export", "overview", "-o", str(fifo)], "ist eine benannte Pipe"),
        (["--user", "anna", "export", "overview", "-o", str(tmp_path)], "ist ein Ordner"),
        (["--user", "", "case", "list"], "Der Benutzername ist leer"),
        (["--user", "  ", "case", "list"], "Der Benutzername ist leer"),
    ]
    for argv, expected in calls:
        before = fingerprint(office.database)
        code = run_cli(["--db", url, *argv])
        out, err = capsys.readouterr()
        assert code == 1 and expected in err and "Traceback" not in err + out, (argv, err)
        assert fingerprint(office.database) == before, argv
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_formula_and_markup_titles_are_kept_literally(office: Office) -> None:
    """Not errors: such titles are stored as typed; exports and letters neutralise them (tested there)."""
    for title in ("=HYPERLINK(\"http://x\",\"y\")", "<b>Fest & Spiel</b>", "@SUM(A1)"):
        file_number = applications.register_application(office.anna, application_input(office.applicant_id,
                                                                                       title=title))
        with office.database.read() as session:
            from app.cases.detail import case_detail

            assert case_detail(session, file_number).title == title
