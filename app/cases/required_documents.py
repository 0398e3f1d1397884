"""Which documents a case must contain: the applicant type's list, or for a case of a micro-project fund the fund's
own, shorter list (the short application: signed short application and its cost and financing plan by default).

A fund's list is kept in `config_values` under `micro_documents.<programme code>` (document type codes, JSON) and
changed by an administrator (`app.micro_projects.required_documents`); until then the default applies.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ApplicantType, ConfigValue, DocumentType, Programme

PREFIX = "micro_documents."
DEFAULT_MICRO_DOCUMENTS: tuple[str, ...] = ("application_signed", "financing_plan")


def micro_documents_key(programme_code: str) -> str:
    return PREFIX + programme_code


def micro_document_codes(session: Session, programme_code: str) -> tuple[str, ...]:
    """The document type codes a micro project of this fund must contain (stored, else the default)."""
    row = session.get(ConfigValue, micro_documents_key(programme_code))
    if row is None:
        return DEFAULT_MICRO_DOCUMENTS
    return tuple(str(code) for code in json.loads(row.value))


def required_document_types(session: Session, programme: Programme | None,
                            applicant_type: ApplicantType) -> list[DocumentType]:
    """The documents a case of `programme` by an applicant of `applicant_type` must contain, in list order."""
    if programme is None or not programme.micro:
        kinds = list(applicant_type.required_documents)
    else:
        codes = micro_document_codes(session, programme.code)
        kinds = list(session.scalars(select(DocumentType).where(DocumentType.code.in_(codes))))
    return sorted(kinds, key=lambda d: (d.position, d.name))
