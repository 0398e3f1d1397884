"""Finding applicants, and likely duplicates before a new one is registered."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel import search_index
from app.kernel.i18n import _
from db.models import Applicant
from db.models.applicants import BankAccount

LEGAL_SUFFIXES = re.compile(r"\b(e\s*\.?\s*v|ggmbh|gmbh|ev|kdör|kdoer)\b\.?", re.IGNORECASE)


@dataclass(frozen=True)
class ApplicantRow:
    id: int
    name: str
    type_name: str
    city: str | None
    postcode: str | None
    reason: str | None = None  # why it is a likely duplicate


def normalise_name(name: str) -> str:
    """Compare names regardless of case, umlauts/ß, legal-form suffixes, punctuation and spacing."""
    text = name.casefold().replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = unicodedata.normalize("NFKD", text)
    text = LEGAL_SUFFIXES.sub(" ", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def normalise_street(street: str) -> str:
    """"Bahnhofstraße 5", "Bahnhofstr. 5" and "Bahnhof-Str 5" are the same street; case, umlauts, spacing aside."""
    return normalise_name(street).replace(" ", "").replace("strasse", "str")


def _row(applicant: Applicant, reason: str | None = None) -> ApplicantRow:
    return ApplicantRow(applicant.id, applicant.name, applicant.applicant_type.name, applicant.city,
                        applicant.postcode, reason)


def search(session: Session, text: str, limit: int = 50) -> list[ApplicantRow]:
    """Active applicants whose name or place holds the text, tolerantly (`app.kernel.search_text`)."""
    query = select(Applicant).where(Applicant.active).order_by(Applicant.name, Applicant.id).limit(limit)
    condition = search_index.applicant_condition(session.connection(), text)
    if condition is not None:
        query = query.where(condition)
    return [_row(a) for a in session.scalars(query)]


def likely_duplicates(session: Session, name: str, postcode: str | None = None, iban: str | None = None,
                      register_number: str | None = None, street: str | None = None) -> list[ApplicantRow]:
    """Active applicants that may be the same organisation: same IBAN (any active account), register number,
    address (normalised street and postcode) or normalised name; the reason says which."""
    wanted = normalise_name(name)
    compact_iban = (iban or "").replace(" ", "").upper()
    address = (normalise_street(street), postcode.strip()) if street and street.strip() and postcode else None
    same_account = _ids_with_account(session, compact_iban) if compact_iban else set()
    result = []
    for applicant in session.scalars(select(Applicant).where(Applicant.active)):
        reason = None
        if applicant.id in same_account or (compact_iban and applicant.iban == compact_iban):
            reason = _("IBAN")
        elif register_number and applicant.register_number and \
                applicant.register_number.replace(" ", "") == register_number.replace(" ", "").upper():
            reason = _("Registernummer")
        elif address and applicant.street and applicant.postcode and \
                (normalise_street(applicant.street), applicant.postcode) == address:
            reason = _("Anschrift")
        elif wanted and normalise_name(applicant.name) == wanted:
            reason = _("Name") if not postcode or applicant.postcode == postcode else _("Name (anderer Ort)")
        if reason:
            result.append(_row(applicant, reason))
    return result


def _ids_with_account(session: Session, iban: str) -> set[int]:
    return set(session.scalars(select(BankAccount.applicant_id).where(BankAccount.iban == iban, BankAccount.active)))
