"""The application form as an xlsx template: labelled input cells (each a defined name `fd_<key>`), drop-down
lists for the choices, a cost and financing table with sums, and a protected sheet whose labels cannot be changed.
"""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from reports.application_form.fields import COST_LINES, SHEET, cost_keys, defined_name, field_labels
from reports.application_form.model import BlankForm
from reports.i18n import _

LISTS = "Auswahllisten"
AMOUNT_FORMAT = '#,##0.00 "€"'
DATE_FORMAT = "DD.MM.YYYY"
INPUT_FILL = PatternFill("solid", fgColor="EAF1FB")
SECTION_FILL = PatternFill("solid", fgColor="D9E1EC")
THIN = Side(style="thin", color="8C9EB8")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
ACCENT = "1C3A5E"


class _Writer:
    def __init__(self, ws: Worksheet, wb: Workbook, labels: dict[str, str]) -> None:
        self.ws, self.wb, self.labels, self.row = ws, wb, labels, 1

    def text(self, value: str, bold: bool = False, size: float = 10, color: str = "000000") -> None:
        cell = self.ws.cell(self.row, 1, value)
        cell.font = Font(bold=bold, size=size, color=color)
        self.row += 1

    def section(self, title: str) -> None:
        self.row += 1
        for col in range(1, 5):
            self.ws.cell(self.row, col).fill = SECTION_FILL
        self.ws.cell(self.row, 1, title).font = Font(bold=True, color=ACCENT, size=11)
        self.row += 1

    def name(self, key: str, column: int) -> None:
        ref = f"'{SHEET}'!${chr(64 + column)}${self.row}"
        self.wb.defined_names[defined_name(key)] = DefinedName(defined_name(key), attr_text=ref)

    def input(self, key: str, column: int = 2, span: int = 3, number_format: str | None = None,
              height: float | None = None) -> None:
        cell = self.ws.cell(self.row, column)
        cell.protection = Protection(locked=False)
        cell.fill, cell.border = INPUT_FILL, BOX
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        cell.number_format = number_format or "@"  # text: a postcode 06556 keeps its leading zero
        if span > 1:
            self.ws.merge_cells(start_row=self.row, start_column=column, end_row=self.row,
                                end_column=column + span - 1)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.name(key, column)

    def field(self, key: str, label: str | None = None, **kwargs: object) -> None:
        self.ws.cell(self.row, 1, label or self.labels[key]).alignment = Alignment(vertical="top", wrap_text=True)
        self.input(key, **kwargs)  # type: ignore[arg-type]
        self.row += 1


def render_form_xlsx(form: BlankForm) -> bytes:
    """The blank template as xlsx bytes."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    lists = wb.create_sheet(LISTS)
    validations = _lists(lists, form)
    lists.sheet_state = "hidden"
    w = _Writer(ws, wb, field_labels())
    for column, width in zip("ABCD", (38, 24, 34, 18), strict=True):
        ws.column_dimensions[column].width = width
    _head(w, form)
    _applicant(w, validations)
    _project(w, validations)
    _plan(w, validations)
    _bank_and_signature(w)
    for validation in validations.values():
        ws.add_data_validation(validation)
    ws.protection.sheet = True  # labels and sums stay as sent; only the input cells are open
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToHeight = 0
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def _lists(lists: Worksheet, form: BlankForm) -> dict[str, DataValidation]:
    """One column per choice on the hidden sheet, and a drop-down validation over it."""
    result = {}
    choices = (("municipality", form.municipalities), ("field_of_action", form.fields_of_action),
               ("applicant_type", form.applicant_types), ("cost_type", form.cost_types))
    for index, (key, values) in enumerate(choices, start=1):
        column = chr(64 + index)
        for row, value in enumerate(values, start=1):
            lists.cell(row, index, value)
        validation = DataValidation(type="list", formula1=f"'{LISTS}'!${column}$1:${column}${max(len(values), 1)}",
                                    allow_blank=True, showErrorMessage=True)
        validation.error = _("Bitte einen Eintrag aus der Liste wählen.")
        validation.errorTitle = _("Ungültige Eingabe")
        result[key] = validation
    return result


def _head(w: _Writer, form: BlankForm) -> None:
    head = form.letterhead
    w.text(head.office, bold=True, size=13, color=ACCENT)
    w.text(head.department, bold=True, size=11, color=ACCENT)
    w.text(", ".join(p for p in (head.street, head.postcode_city) if p), size=9, color="555555")
    w.row += 1
    w.text(_("Antrag auf Gewährung einer Zuwendung"), bold=True, size=14, color=ACCENT)
    w.text(_("im Förderprogramm „{name}“").format(name=form.programme_name), size=10)
    w.ws.cell(w.row, 1, w.labels["programme"])
    w.ws.cell(w.row, 2, form.programme_code).font = Font(bold=True)
    w.name("programme", 2)
    w.row += 1
    w.text(_("Bitte füllen Sie die blauen Felder aus. Beträge in Euro, Datumsangaben als TT.MM.JJJJ. "
             "So senden Sie den Antrag zurück: die gespeicherte Datei per E-Mail an {email} oder ausgedruckt "
             "und unterschrieben an {office}, {department}, {street}, {city}.").format(
        email=head.email or "-", office=head.office, department=head.department, street=head.street,
        city=head.postcode_city), size=9)
    w.ws.merge_cells(start_row=w.row - 1, start_column=1, end_row=w.row - 1, end_column=4)
    w.ws.cell(w.row - 1, 1).alignment = Alignment(wrap_text=True, vertical="top")
    w.ws.row_dimensions[w.row - 1].height = 42


def _applicant(w: _Writer, validations: dict[str, DataValidation]) -> None:
    w.section(_("1. Antragsteller (Träger)"))
    for key in ("applicant_name", "applicant_type", "legal_form", "street", "postcode", "city", "contact_name",
                "phone", "email"):
        if key == "applicant_type":
            validations["applicant_type"].add(w.ws.cell(w.row, 2))
        w.field(key)


def _project(w: _Writer, validations: dict[str, DataValidation]) -> None:
    w.section(_("2. Vorhaben"))
    w.field("title")
    w.field("description", height=75)
    w.field("goals", height=60)
    validations["municipality"].add(w.ws.cell(w.row, 2))
    w.field("municipality")
    validations["field_of_action"].add(w.ws.cell(w.row, 2))
    w.field("field_of_action")
    w.section(_("3. Durchführungszeitraum"))
    w.field("start_date", _("Beginn (TT.MM.JJJJ)"), number_format=DATE_FORMAT, span=1)
    w.field("end_date", _("Ende (TT.MM.JJJJ)"), number_format=DATE_FORMAT, span=1)


def _plan(w: _Writer, validations: dict[str, DataValidation]) -> None:
    w.section(_("4. Kostenplan"))
    for column, text in enumerate((_("Nr."), _("Kostenart"), _("Bezeichnung"), _("Betrag in €")), start=1):
        w.ws.cell(w.row, column, text).font = Font(bold=True, size=9)
    w.row += 1
    first = w.row
    for n in range(1, COST_LINES + 1):
        kind, text, amount = cost_keys(n)
        w.ws.cell(w.row, 1, f"{n}.")
        validations["cost_type"].add(w.ws.cell(w.row, 2))
        w.input(kind, 2, 1)
        w.input(text, 3, 1)
        w.input(amount, 4, 1, AMOUNT_FORMAT)
        w.row += 1
    total_row = w.row
    _sum(w, _("Gesamtkosten"), f"=SUM(D{first}:D{total_row - 1})")
    w.name("total_costs", 4)
    w.row += 1
    w.section(_("5. Finanzierungsplan"))
    start = w.row
    w.field("own_funds", _("Eigenmittel des Antragstellers"), column=4, span=1, number_format=AMOUNT_FORMAT)
    w.ws.cell(w.row, 1, _("Drittmittel (Zuschüsse Dritter) von:"))
    w.input("third_party_source", 2, 2)
    w.input("third_party_funds", 4, 1, AMOUNT_FORMAT)
    w.row += 1
    w.field("requested_grant", column=4, span=1, number_format=AMOUNT_FORMAT)
    _sum(w, _("Summe der Finanzierung"), f"=SUM(D{start}:D{w.row - 1})")
    w.row += 1
    _sum(w, _("Differenz zu den Gesamtkosten (muss 0,00 € sein)"), f"=D{total_row}-D{w.row - 1}")
    w.row += 1


def _sum(w: _Writer, label: str, formula: str) -> None:
    w.ws.cell(w.row, 1, label).font = Font(bold=True)
    cell = w.ws.cell(w.row, 4, formula)
    cell.font, cell.number_format = Font(bold=True), AMOUNT_FORMAT
    cell.border = Border(top=Side(style="thin"), bottom=Side(style="double"))


def _bank_and_signature(w: _Writer) -> None:
    w.section(_("6. Bankverbindung für die Auszahlung"))
    for key in ("account_holder", "iban", "bic"):
        w.field(key)
    w.section(_("7. Erklärung und Unterschrift"))
    w.text(_("Ich versichere, dass die Angaben vollständig und richtig sind, dass mit dem Vorhaben noch nicht "
             "begonnen wurde und dass ich zur Vertretung des Antragstellers berechtigt bin. Auf die Zuwendung "
             "besteht kein Rechtsanspruch."), size=9)
    w.ws.merge_cells(start_row=w.row - 1, start_column=1, end_row=w.row - 1, end_column=4)
    w.ws.cell(w.row - 1, 1).alignment = Alignment(wrap_text=True, vertical="top")
    w.ws.row_dimensions[w.row - 1].height = 40
    w.field("place", _("Ort"))
    w.field("signed_on", _("Datum (TT.MM.JJJJ)"), number_format=DATE_FORMAT, span=1)
