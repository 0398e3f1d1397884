"""The blank application form: a fillable PDF whose fields carry our keys and German tooltips, and an xlsx template
with named input cells, drop-down lists, protected labels and the plan's sums. Checked by reading them back."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from openpyxl import load_workbook
from pypdf import PdfReader

from reports.application_form import FIELD_KEYS, BlankForm, field_labels, render_form_pdf, render_form_xlsx
from reports.application_form.xlsx import LISTS, SHEET, defined_name
from reports.letters.model import Letterhead

FORM = BlankForm(
    Letterhead("Landratsamt Kyffhäuserkreis", "Jugend- und Sozialamt", "Markt 8", "99706 Sondershausen",
               "03632 0123-0", "foerderung@kyffhaeuser.example"),
    "LPF", "Landesprogramm Familie", ("Artern", "Greußen", "Sondershausen"),
    ("1 Steuerung, Vernetzung, Nachhaltigkeit und Planung", "6 Dialog der Generationen"),
    ("Gemeinnütziger Verein", "Initiative"), ("Personalkosten", "Sachkosten", "Honorare"), dt.date(2026, 12, 7))


def test_the_pdf_has_every_field_with_its_label_and_the_choices() -> None:
    reader = PdfReader(BytesIO(render_form_pdf(FORM)))
    fields = reader.get_fields()
    assert fields is not None and set(fields) == set(FIELD_KEYS)
    labels = field_labels()
    assert all(fields[key].get("/TU") == labels[key] for key in FIELD_KEYS)
    assert fields["programme"].get("/V") == "LPF"
    assert fields["municipality"].get("/FT") == "/Ch"
    assert [str(o) for o in fields["municipality"].get("/Opt", [])][1:] == ["Artern", "Greußen", "Sondershausen"]
    assert fields["description"].get("/FT") == "/Tx" and int(fields["description"].get("/Ff", 0)) & 4096  # multiline


def test_the_pdf_reads_like_an_office_form() -> None:
    reader = PdfReader(BytesIO(render_form_pdf(FORM)))
    assert len(reader.pages) == 2
    first, second = (page.extract_text() for page in reader.pages)
    for text in ("Landratsamt Kyffhäuserkreis", "Jugend- und Sozialamt", "Markt 8, 99706 Sondershausen",
                 "Antrag auf Gewährung einer Zuwendung", "„Landesprogramm Familie“", "Eingangsvermerk des Amtes",
                 "1. Antragsteller (Träger)", "2. Vorhaben", "3. Durchführungszeitraum", "Seite 1 von 2"):
        assert text in first, text
    for text in ("4. Kostenplan", "5. Finanzierungsplan", "6. Bankverbindung für die Auszahlung",
                 "7. Erklärung und Unterschrift", "So senden Sie den Antrag zurück",
                 "foerderung@kyffhaeuser.example", "Seite 2 von 2"):
        assert text in second, text


def test_the_workbook_has_named_inputs_lists_protection_and_sums() -> None:
    workbook = load_workbook(BytesIO(render_form_xlsx(FORM)))
    sheet = workbook[SHEET]
    assert sheet.protection.sheet
    assert workbook[LISTS].sheet_state == "hidden"
    for key in FIELD_KEYS:
        (sheet_name, coordinate), = workbook.defined_names[defined_name(key)].destinations
        cell = workbook[sheet_name][coordinate]
        if key in ("programme", "total_costs"):
            assert cell.protection.locked  # the programme as sent, the total computed
        else:
            assert not cell.protection.locked, key
    assert sheet[_cell(workbook, "programme")].value == "LPF"
    assert str(sheet[_cell(workbook, "total_costs")].value).startswith("=SUM(")
    labels = [sheet.cell(row, 1).value for row in range(1, sheet.max_row + 1)]
    assert "Name des Antragstellers" in labels and "IBAN" in labels and "Gesamtkosten" in labels
    assert all(sheet.cell(row, 1).protection.locked for row in range(1, sheet.max_row + 1))
    lists = {str(v.formula1): {str(r) for r in v.sqref.ranges} for v in sheet.data_validations.dataValidation}
    assert lists[f"'{LISTS}'!$A$1:$A$3"] == {_cell(workbook, "municipality")}
    assert lists[f"'{LISTS}'!$B$1:$B$2"] == {_cell(workbook, "field_of_action")}
    assert len(lists[f"'{LISTS}'!$D$1:$D$3"]) == 6  # the cost type of every cost line
    assert [workbook[LISTS].cell(r, 1).value for r in (1, 2, 3)] == ["Artern", "Greußen", "Sondershausen"]


def _cell(workbook: object, key: str) -> str:
    (_sheet, coordinate), = workbook.defined_names[defined_name(key)].destinations  # type: ignore[attr-defined]
    return str(coordinate).replace("$", "")
