"""Finding applicants, and likely duplicates before a new one is registered."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Applicant

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


def _row(applicant: Applicant, reason: str | None = None) -> ApplicantRow:
    return ApplicantRow(applicant.id, applicant.name, applicant.applicant_type.name, applicant.city,
                        applicant.postcode, reason)


def search(session: Session, text: str, limit: int = 50) -> list[ApplicantRow]:
    pattern = f"%{text.strip()}%"
    query = select(Applicant).where(Applicant.active, or_(Applicant.name.ilike(pattern), Applicant.city.ilike(
        pattern))).order_by(Applicant.name).limit(limit)
    return [_row(a) for a in session.scalars(query)]


def likely_duplicates(session: Session, name: str, postcode: str | None = None, iban: str | None = None,
                      register_number: str | None = None) -> list[ApplicantRow]:
    wanted = normalise_name(name)
    compact_iban = (iban or "").replace(" ", "").upper()
    result = []
    for applicant in session.scalars(select(Applicant).where(Applicant.active)):
        reason = None
        if compact_iban and applicant.iban == compact_iban:
            reason = "IBAN"
        elif register_number and applicant.register_number and \
                applicant.register_number.replace(" ", "") == register_number.replace(" ", "").upper():
            reason = "Registernummer"
        elif wanted and normalise_name(applicant.name) == wanted:
            reason = "Name" if not postcode or applicant.postcode == postcode else "Name (anderer Ort)"
        if reason:
            result.append(_row(applicant, reason))
    return result
