"""The fields of the application form: one key per field (the PDF field name and the workbook's defined name)
and its German label, the same on the form, in the workbook and in every problem the reader names."""

from __future__ import annotations

from reports.i18n import _

COST_LINES = 6  # lines of the cost plan on the form

APPLICANT_KEYS = ("applicant_name", "applicant_type", "legal_form", "street", "postcode", "city", "contact_name",
                  "phone", "email")
PROJECT_KEYS = ("title", "description", "goals", "start_date", "end_date", "municipality", "field_of_action")
FINANCING_KEYS = ("total_costs", "own_funds", "third_party_funds", "third_party_source", "requested_grant")
BANK_KEYS = ("account_holder", "iban", "bic")
SIGNATURE_KEYS = ("place", "signed_on")


def cost_keys(line: int) -> tuple[str, str, str]:
    """Keys of cost line `line` (1-based): cost type, description, amount."""
    return f"cost_{line}_type", f"cost_{line}_text", f"cost_{line}_amount"


FIELD_KEYS: tuple[str, ...] = ("programme", *APPLICANT_KEYS, *PROJECT_KEYS,
                               *(key for n in range(1, COST_LINES + 1) for key in cost_keys(n)),
                               *FINANCING_KEYS, *BANK_KEYS, *SIGNATURE_KEYS)


def field_labels() -> dict[str, str]:
    """Every field's German label (translated when called, so the installed language applies)."""
    labels = {
        "programme": _("Förderprogramm"),
        "applicant_name": _("Name des Antragstellers"), "applicant_type": _("Art des Antragstellers"),
        "legal_form": _("Rechtsform"), "street": _("Straße und Hausnummer"), "postcode": _("Postleitzahl"),
        "city": _("Ort"), "contact_name": _("Ansprechperson"), "phone": _("Telefon"), "email": _("E-Mail"),
        "title": _("Titel des Vorhabens"), "description": _("Kurzbeschreibung des Vorhabens"),
        "goals": _("Ziele des Vorhabens"), "start_date": _("Beginn des Vorhabens"),
        "end_date": _("Ende des Vorhabens"), "municipality": _("Gemeinde (Ort der Durchführung)"),
        "field_of_action": _("Handlungsfeld"),
        "total_costs": _("Gesamtkosten"), "own_funds": _("Eigenmittel"), "third_party_funds": _("Drittmittel"),
        "third_party_source": _("Drittmittel von"), "requested_grant": _("Beantragte Zuwendung"),
        "account_holder": _("Kontoinhaber"), "iban": _("IBAN"), "bic": _("BIC"),
        "place": _("Ort (Unterschrift)"), "signed_on": _("Datum (Unterschrift)"),
    }
    for n in range(1, COST_LINES + 1):
        kind, text, amount = cost_keys(n)
        labels[kind] = _("Kostenplan Zeile {n}: Kostenart").format(n=n)
        labels[text] = _("Kostenplan Zeile {n}: Bezeichnung").format(n=n)
        labels[amount] = _("Kostenplan Zeile {n}: Betrag").format(n=n)
    return labels


SHEET = "Antrag"  # the workbook's sheet with the input cells
NAME_PREFIX = "fd_"


def defined_name(key: str) -> str:
    """The workbook's name of a field's input cell."""
    return NAME_PREFIX + key
