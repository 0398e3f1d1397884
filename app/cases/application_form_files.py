"""The raw values of a returned application form: the AcroForm fields of a filled PDF (pypdf) or the named input
cells of a filled workbook (openpyxl), by the field keys of `reports.application_form.fields`.

Nothing is checked here but that the file is one of our forms; `app.cases.application_form_check` checks the values.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from app.kernel.attachments import media_type, safe_file_name
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from reports.application_form import FIELD_KEYS, SHEET, defined_name

RawValue = object  # text, a number or a date/datetime from a workbook
MAX_UNPACKED = 50 * 1024 * 1024  # a workbook of one form never unpacks to more; a larger one is a zip bomb


def read_form_values(file_name: str, content: bytes) -> dict[str, RawValue]:
    """Field key → value as found (None where empty) of a filled form, PDF or xlsx by its content."""
    kind = media_type(content, safe_file_name(file_name))
    if kind == "application/pdf":
        return _pdf_values(content)
    if kind == "application/zip" and file_name.lower().endswith(".xlsx"):
        return _xlsx_values(content)
    raise ValidationError(_("Die Datei »{name}« ist kein Antragsformular: erwartet wird das ausgefüllte "
                            "PDF-Formular oder die Excel-Vorlage (.xlsx).").format(name=file_name), "file")


def _not_a_form(reason: str) -> ValidationError:
    return ValidationError(_("Die Datei ist kein FörderDesk-Antragsformular ({reason}). Bitte das Formular "
                             "verwenden, das FörderDesk erstellt hat.").format(reason=reason), "file")


def _pdf_values(content: bytes) -> dict[str, RawValue]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        fields = PdfReader(BytesIO(content)).get_fields() or {}
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(_("Die PDF-Datei ist nicht lesbar: {error}").format(error=exc), "file") from None
    if "programme" not in fields or "applicant_name" not in fields:
        raise _not_a_form(_("keine Formularfelder"))
    values: dict[str, RawValue] = {}
    for key in FIELD_KEYS:
        field = fields.get(key)
        value = field.get("/V") if field is not None else None
        if isinstance(value, list):
            value = value[0] if value else None
        values[key] = _text(value)
    return values


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _xlsx_values(content: bytes) -> dict[str, RawValue]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(BytesIO(content)) as archive:
            if sum(member.file_size for member in archive.infolist()) > MAX_UNPACKED:
                raise _not_a_form(_("die Arbeitsmappe ist viel zu groß"))
        workbook = load_workbook(BytesIO(content), data_only=False)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError) as exc:
        raise ValidationError(_("Die Excel-Datei ist nicht lesbar: {error}").format(error=exc), "file") from None
    if SHEET not in workbook.sheetnames or defined_name("programme") not in workbook.defined_names:
        raise _not_a_form(_("das Blatt »{sheet}« mit den Eingabefeldern fehlt").format(sheet=SHEET))
    values: dict[str, RawValue] = {}
    for key in FIELD_KEYS:
        name = workbook.defined_names.get(defined_name(key))
        value = None
        if name is not None:
            for sheet, coordinate in name.destinations:
                value = workbook[sheet][coordinate].value
        if isinstance(value, str) and value.startswith("="):
            value = None  # a sum the workbook computes (Gesamtkosten): never a value the Träger gave
        values[key] = _text(value) if isinstance(value, str) else value
    return values
