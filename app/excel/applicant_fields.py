"""The columns of an office's list of applicants (Träger): the words offices use for them.

Read like a case list (`app.excel.reading`, `app.excel.mapping`): the header is found below a title,
names are recognised by synonym or close spelling, and the user can overrule every column.
"""

from __future__ import annotations

from app.excel.mapping import FieldTable, Target
from app.kernel.i18n import _

APPLICANT_TARGETS: tuple[Target, ...] = (
    Target("name", _("Name"), "text", (
        "Name", "Organisation", "Träger", "Antragsteller", "Einrichtung", "Verein", "Bezeichnung", "Name des Trägers",
        "Name der Organisation", "Zuwendungsempfänger", "Träger / Organisation", "Firma")),
    Target("applicant_type", _("Antragstellerart"), "text", (
        "Antragstellerart", "Art", "Trägerart", "Art des Trägers", "Trägertyp", "Typ")),
    Target("legal_form", _("Rechtsform"), "text", ("Rechtsform", "Rechtsform des Trägers", "Organisationsform")),
    Target("street", _("Straße"), "text", (
        "Straße", "Strasse", "Straße und Hausnummer", "Straße / Hausnummer", "Anschrift", "Adresse", "Str.")),
    Target("postcode", _("Postleitzahl"), "text", ("PLZ", "Postleitzahl")),
    Target("city", _("Ort"), "text", ("Ort", "Stadt", "Sitz", "Wohnort", "Ortschaft")),
    Target("postcode_city", _("PLZ und Ort"), "text", ("PLZ Ort", "PLZ / Ort", "PLZ und Ort", "Ort (PLZ)")),
    Target("municipality", _("Gemeinde"), "text", ("Gemeinde", "Kommune", "Gemeinde im Landkreis")),
    Target("register_court", _("Registergericht"), "text", ("Registergericht", "Amtsgericht")),
    Target("register_number", _("Registernummer"), "text", (
        "Registernummer", "Register-Nr.", "VR", "VR-Nr.", "Vereinsregister", "Vereinsregisternummer", "HRB")),
    Target("iban", _("IBAN"), "text", ("IBAN", "Bankverbindung", "Konto", "Kontonummer (IBAN)", "IBAN des Trägers")),
    Target("bic", _("BIC"), "text", ("BIC", "SWIFT", "BIC / SWIFT")),
    Target("account_holder", _("Kontoinhaber"), "text", ("Kontoinhaber", "Kontoinhaberin", "Inhaber des Kontos")),
    Target("email", _("E-Mail"), "text", ("E-Mail", "Email", "Mail", "E-Mail-Adresse", "E-Mail Träger")),
    Target("phone", _("Telefon"), "text", ("Telefon", "Tel.", "Telefonnummer", "Tel", "Telefon Träger")),
    Target("contact", _("Ansprechpartner"), "text", (
        "Ansprechpartner", "Ansprechpartnerin", "Ansprechperson", "Kontaktperson", "Kontakt", "Ansprechpartner/in")),
    Target("contact_function", _("Funktion"), "text", ("Funktion", "Funktion Ansprechpartner", "Position")),
    Target("contact_email", _("E-Mail Ansprechpartner"), "text", (
        "E-Mail Ansprechpartner", "E-Mail Kontaktperson", "Mail Ansprechpartner", "E-Mail Ansprechperson")),
    Target("contact_phone", _("Telefon Ansprechpartner"), "text", (
        "Telefon Ansprechpartner", "Telefon Kontaktperson", "Tel. Ansprechpartner", "Telefon Ansprechperson")),
)
APPLICANT_FIELDS = FieldTable(APPLICANT_TARGETS, ("name",))
