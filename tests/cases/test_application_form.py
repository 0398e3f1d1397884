"""The application form round trip: blank form out, filled form (PDF or xlsx) back in, registered with the same
values; forms with real defects refused with the field named. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from io import BytesIO

import pytest
from sqlalchemy import select

from app.cases.application_form_intake import register_from_form
from app.cases.application_form_reader import ApplicationFormReader
from app.kernel.errors import ValidationError
from db.models import Applicant, Application, AuditEvent, Document
from tests.support import Office
from tests.support_forms import COSTS, FILLED, fill_pdf, fill_xlsx


def reader(office: Office) -> ApplicationFormReader:
    return ApplicationFormReader(office.database, "anna")


def filled(office: Office, kind: str, values: dict[str, str]) -> tuple[str, bytes]:
    blank = reader(office).blank("LPF", kind)
    content = fill_pdf(blank, values) if kind == "pdf" else fill_xlsx(blank, values)
    return f"antrag.{kind}", content


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_a_filled_form_is_registered_with_identical_values(office: Office, kind: str) -> None:
    name, content = filled(office, kind, FILLED)
    reading = reader(office).read(name, content)
    assert reading.problems == ()
    assert reading.matches == ()  # a new Träger
    file_number = register_from_form(office.anna, reading, name, content)
    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None and app.status.value == "received"
        assert app.programme.code == "LPF" and app.fiscal_year == 2026
        assert app.title == FILLED["title"]
        assert app.description == f"{FILLED['description']}\n\nZiele des Vorhabens:\n{FILLED['goals']}"
        assert (app.start_date, app.end_date) == (dt.date(2026, 3, 1), dt.date(2026, 12, 31))
        assert app.municipality.name == "Artern" and app.field_of_action.name == "Dialog der Generationen"
        assert [(c.category.value, c.description, c.planned_amount) for c in app.cost_lines] == COSTS
        assert [(f.kind.value, f.source, f.planned_amount) for f in app.funding_lines] == [
            ("own", FILLED["applicant_name"], Decimal("1000.00")), ("third_party", "Stadt Artern", Decimal("600.00"))]
        assert app.requested_amount == Decimal("6400.00")
        applicant = session.get(Applicant, app.applicant_id)
        assert applicant is not None
        assert (applicant.name, applicant.applicant_type.code, applicant.legal_form, applicant.street,
                applicant.postcode, applicant.city, applicant.email, applicant.phone) == (
            FILLED["applicant_name"], "association", "e.V.", "Lindenstraße 12", "06556", "Artern",
            FILLED["email"], FILLED["phone"])
        assert (applicant.iban, applicant.bic, applicant.account_holder) == (
            "DE02120300000000202051", "BYLADEM1001", FILLED["account_holder"])
        assert app.contact_person is not None
        assert (app.contact_person.name, app.contact_person.phone) == ("Petra Beispiel", "03466 12345")
        document = session.scalar(select(Document).where(Document.application_id == app.id))
        assert document is not None and document.document_type.code == "application_signed"
        assert document.content == content and document.file_name == name
        actions = set(session.scalars(select(AuditEvent.action).where(AuditEvent.application_id == app.id)))
        assert "register-from-form" in actions


def test_german_amount_text_in_the_workbook_is_read_like_numbers(office: Office) -> None:
    blank = reader(office).blank("LPF", "xlsx")
    reading = reader(office).read("antrag.xlsx", fill_xlsx(blank, FILLED, typed=False))
    assert reading.problems == ()
    assert [line.amount for line in reading.application.cost_lines] == [c[2] for c in COSTS]


def test_a_postcode_the_spreadsheet_made_a_number_keeps_its_leading_zero(office: Office) -> None:
    from openpyxl import load_workbook

    from reports.application_form.xlsx import defined_name

    workbook = load_workbook(BytesIO(fill_xlsx(reader(office).blank("LPF", "xlsx"), FILLED)))
    (sheet, coordinate), = workbook.defined_names[defined_name("postcode")].destinations
    assert workbook[sheet][coordinate].number_format == "@"  # typed in Excel, it stays text
    workbook[sheet][coordinate].value = 6556  # pasted as a number all the same
    out = BytesIO()
    workbook.save(out)
    reading = reader(office).read("antrag.xlsx", out.getvalue())
    assert reading.problems == () and reading.applicant.data.postcode == "06556"


def problems(office: Office, kind: str, **changes: str) -> dict[str, str]:
    name, content = filled(office, kind, {**FILLED, **changes})
    reading = reader(office).read(name, content)
    with pytest.raises(ValidationError) as refused:
        register_from_form(office.anna, reading, name, content)
    found = {p.field: str(p) for p in reading.problems}
    for text in found.values():
        assert text in refused.value.message
    return found


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_a_wrong_iban_is_refused_naming_the_field(office: Office, kind: str) -> None:
    found = problems(office, kind, iban="DE02 1203 0000 0000 2020 52")
    assert list(found) == ["iban"]
    assert found["iban"].startswith("IBAN: Die IBAN")
    assert "Prüfziffer" in found["iban"]


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_a_plan_that_does_not_add_up_is_refused(office: Office, kind: str) -> None:
    found = problems(office, kind, requested_grant="6.000,00")
    assert list(found) == ["financing"]
    assert found["financing"].startswith("Finanzierungsplan: Die Gesamtkosten (8.000,00 €) sind nicht gedeckt")
    assert "Differenz 400,00 €" in found["financing"]


def test_a_missing_signature_date_is_refused(office: Office) -> None:
    found = problems(office, "pdf", signed_on="")
    assert found == {"signed_on": "Datum (Unterschrift): Bitte das Datum angeben (TT.MM.JJJJ)."}


def test_each_problem_is_named_with_its_field(office: Office) -> None:
    found = problems(office, "pdf", end_date="28.02.2026", municipality="Erfurt", cost_2_amount="12,3,4",
                     total_costs="9.000,00", postcode="6556", signed_on="31.02.2026")
    assert found["end_date"] == "Ende des Vorhabens: Das Ende (28.02.2026) liegt vor dem Beginn (01.03.2026)."
    assert found["municipality"] == "Gemeinde (Ort der Durchführung): »Erfurt« ist keine Gemeinde des Landkreises."
    assert found["cost_2_amount"].startswith("Kostenplan Zeile 2: Betrag: »12,3,4« ist kein gültiger Betrag")
    assert found["postcode"] == "Postleitzahl: Die Postleitzahl muss aus fünf Ziffern bestehen."
    assert found["signed_on"].startswith("Datum (Unterschrift): »31.02.2026« ist kein gültiges Datum")
    assert set(found) == {"end_date", "municipality", "cost_2_amount", "postcode", "signed_on"}


def test_a_stated_total_that_is_not_the_sum_of_the_lines_is_named(office: Office) -> None:
    found = problems(office, "xlsx", total_costs="9.000,00")
    assert found == {"total_costs": "Gesamtkosten: Die angegebenen Gesamtkosten (9.000,00 €) sind nicht die Summe "
                                    "der Kostenzeilen (8.000,00 €)."}


def test_an_existing_traeger_is_recognised_and_gets_the_new_account(office: Office) -> None:
    values = {**FILLED, "applicant_name": "Familienzentrum Sonnenblume e.V.", "postcode": "99706",
              "city": "Sondershausen", "street": "Bahnhofstraße 5"}
    name, content = filled(office, "pdf", values)
    reading = reader(office).read(name, content)
    assert [m.id for m in reading.matches] == [office.applicant_id]
    file_number = register_from_form(office.anna, reading, name, content, applicant_id=office.applicant_id)
    with office.database.read() as session:
        app = session.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None and app.applicant_id == office.applicant_id
        applicant = session.get(Applicant, office.applicant_id)
        assert applicant is not None
        assert {a.iban for a in applicant.bank_accounts} == {"DE89370400440532013000", "DE02120300000000202051"}
        assert applicant.iban == "DE89370400440532013000"  # payments keep going to the primary account


def test_a_reader_may_not_register_and_nothing_is_written(office: Office) -> None:
    name, content = filled(office, "pdf", FILLED)
    reading = reader(office).read(name, content)
    with pytest.raises(Exception, match=r"Recht|darf"):
        register_from_form(office.leser, reading, name, content)
    with office.database.read() as session:
        assert session.scalar(select(Applicant).where(Applicant.name == FILLED["applicant_name"])) is None


def test_a_file_that_is_not_our_form_is_refused(office: Office) -> None:
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 100, "Ein Brief")
    canvas.save()
    with pytest.raises(ValidationError, match="kein FörderDesk-Antragsformular"):
        reader(office).read("brief.pdf", out.getvalue())
    with pytest.raises(ValidationError, match="nicht angenommen"):
        reader(office).read("notiz.txt", b"hallo")
    with pytest.raises(ValidationError, match="ist kein Antragsformular"):
        reader(office).read("bild.png", b"\x89PNG\r\n\x1a\n0000")
