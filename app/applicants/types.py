"""Applicant types (Antragstellertypen) and the documents an application of each type must contain.

Admins only (checked here); changes are audited by the flush and optimistically locked. The code is
what the command line, imports and programme rules refer to, so it is fixed once the type exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, inspect, select

from app.kernel.errors import ConcurrentEditError, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import applicant_type_by_code, document_type_by_code
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_text
from db.models import ApplicantType

PERMISSION = "admin.configure"
_CODE = re.compile(r"[a-z][a-z0-9_]{1,29}")


@dataclass(frozen=True)
class ApplicantTypeInput:
    code: str
    name: str
    eligible: bool = True
    needs_nonprofit_proof: bool = True  # Freistellungsbescheid des Finanzamts
    needs_legal_capacity: bool = True  # rechtsfähig (eingetragener Verein, Körperschaft …)
    required_documents: tuple[str, ...] = ()  # document type codes


def _code(text: str) -> str:
    code = (text or "").strip().lower()
    if not _CODE.fullmatch(code):
        raise ValidationError(_("Das Kürzel des Antragstellertyps besteht aus 2 bis 30 Kleinbuchstaben, Ziffern oder "
                                "Unterstrichen und beginnt mit einem Buchstaben (z. B. »foundation«)."), "code")
    return code


def _apply(uow: UnitOfWork, kind: ApplicantType, data: ApplicantTypeInput) -> None:
    name = require_text(data.name, _("Bezeichnung"), field="name", max_len=120)
    clash = uow.session.scalar(select(ApplicantType).where(func.lower(ApplicantType.name) == name.lower(),
                                                           ApplicantType.id != kind.id))
    if clash is not None:
        raise ValidationError(_("Einen Antragstellertyp »{name}« gibt es schon.").format(name=name), "name")
    kind.name = name
    kind.eligible = bool(data.eligible)
    kind.needs_nonprofit_proof = bool(data.needs_nonprofit_proof)
    kind.needs_legal_capacity = bool(data.needs_legal_capacity)
    kind.required_documents = [document_type_by_code(uow.session, code)
                               for code in dict.fromkeys(data.required_documents)]
    if kind.id is not None and inspect(kind).attrs.required_documents.history.has_changes():
        kind.version = kind.version + 1  # a change of the list alone must bump the version, too


def create_applicant_type(uow: UnitOfWork, data: ApplicantTypeInput) -> int:
    """A new applicant type with its required documents; returns its version (1)."""
    code = _code(data.code)
    with uow:
        uow.act("create-applicant-type", permission=PERMISSION)
        if uow.session.scalar(select(ApplicantType).where(ApplicantType.code == code)) is not None:
            raise ValidationError(_("Das Kürzel »{code}« ist schon vergeben.").format(code=code), "code")
        kind = ApplicantType(code=code)
        _apply(uow, kind, data)
        uow.session.add(kind)
        uow.session.flush()
        version = kind.version
        uow.commit()
    return version


def update_applicant_type(uow: UnitOfWork, data: ApplicantTypeInput, expected_version: int | None = None) -> int:
    """Name, eligibility, the two proofs and the required documents of an existing type; returns the new version."""
    with uow:
        uow.act("update-applicant-type", permission=PERMISSION)
        kind = applicant_type_by_code(uow.session, data.code.strip())
        if expected_version is not None and kind.version != expected_version:
            raise ConcurrentEditError(_("Der Antragstellertyp »{name}« wurde inzwischen geändert. Bitte neu laden.")
                                      .format(name=kind.name))
        _apply(uow, kind, data)
        uow.session.flush()
        version = kind.version
        uow.commit()
    return version
