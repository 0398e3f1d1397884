"""Filling FörderDesk's application form the way a Träger does: the PDF in a viewer (pypdf writes the field
values and regenerates their appearance) or the xlsx template in a spreadsheet (openpyxl writes the named cells)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from io import BytesIO

# a complete, correct form of a new Träger (office fixture: today is 02.02.2026)
FILLED: dict[str, str] = {
    "applicant_name": "Mehrgenerationenhaus Artern e.V.", "applicant_type": "Gemeinnütziger Verein",
    "legal_form": "e.V.", "street": "Lindenstraße 12", "postcode": "06556", "city": "Artern",
    "contact_name": "Petra Beispiel", "phone": "03466 12345", "email": "mgh@artern.example",
    "title": "Generationencafé am Markt", "description": "Ein offenes Café, in dem Ältere und Familien sich treffen.",
    "goals": "Begegnung der Generationen; Ehrenamt stärken.", "start_date": "01.03.2026",
    "end_date": "31.12.2026", "municipality": "Artern", "field_of_action": "6 Dialog der Generationen",
    "cost_1_type": "Personalkosten", "cost_1_text": "Koordination (10 Std./Woche)", "cost_1_amount": "6.000,00",
    "cost_2_type": "Sachkosten", "cost_2_text": "Material und Miete", "cost_2_amount": "1.234,50",
    "cost_3_type": "Honorare", "cost_3_text": "Referentinnen", "cost_3_amount": "765,50",
    "total_costs": "8.000,00", "own_funds": "1.000,00", "third_party_funds": "600,00",
    "third_party_source": "Stadt Artern", "requested_grant": "6.400,00",
    "account_holder": "Mehrgenerationenhaus Artern e.V.", "iban": "DE02 1203 0000 0000 2020 51",
    "bic": "BYLADEM1001", "place": "Artern", "signed_on": "28.01.2026",
}
COSTS = [("personnel", "Koordination (10 Std./Woche)", Decimal("6000.00")),
         ("material", "Material und Miete", Decimal("1234.50")), ("fees", "Referentinnen", Decimal("765.50"))]


def fill_pdf(blank: bytes, values: dict[str, str]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(blank)))
    for page in writer.pages:
        names = {a.get_object().get("/T") for a in page.get("/Annots", [])}
        writer.update_page_form_field_values(page, {k: v for k, v in values.items() if k in names},
                                             auto_regenerate=True)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def fill_xlsx(blank: bytes, values: dict[str, str], typed: bool = True) -> bytes:
    """Write the values into the named input cells; with `typed`, dates and amounts as a spreadsheet keeps them
    (date cells, numbers), else everything as text."""
    from openpyxl import load_workbook

    from reports.application_form.xlsx import defined_name

    workbook = load_workbook(BytesIO(blank))
    for key, value in values.items():
        for sheet, coordinate in workbook.defined_names[defined_name(key)].destinations:
            workbook[sheet][coordinate].value = _typed(key, value) if typed else value
    out = BytesIO()
    workbook.save(out)
    return out.getvalue()


def _typed(key: str, value: str) -> object:
    if key in ("start_date", "end_date", "signed_on"):
        day, month, year = value.split(".")
        return dt.datetime(int(year), int(month), int(day))
    if key.endswith("_amount") or key in ("own_funds", "third_party_funds", "requested_grant", "total_costs"):
        return float(value.replace(".", "").replace(",", "."))
    return value
