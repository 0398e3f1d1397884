"""Merging two records of the same organisation (administrators): everything moves, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select

from app.applicants.bank_accounts import mirror_primary
from app.kernel.errors import ConcurrentEditError, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import applicant_by_id
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_justification
from db.models import Applicant, Application, ContactPerson, Document

# the tables that point at an applicant
_Owned = TypeVar("_Owned", Application, Document, ContactPerson)


@dataclass(frozen=True)
class MergeResult:
    cases: int
    documents: int
    contacts: int
    accounts: int = 0


def _locked(uow: UnitOfWork, applicant_id: int, expected_version: int | None) -> Applicant:
    applicant = applicant_by_id(uow.session, applicant_id)
    uow.session.refresh(applicant, with_for_update=True)
    if expected_version is not None and applicant.version != expected_version:
        raise ConcurrentEditError(_("»{name}« wurde inzwischen geändert; bitte neu laden und die Zusammenführung "
                                    "erneut prüfen.").format(name=applicant.name))
    return applicant


def merge_applicants(uow: UnitOfWork, keep_id: int, other_id: int, reason: str, *,
                     keep_version: int | None = None, other_version: int | None = None) -> MergeResult:
    """Move all cases, documents, contacts and bank accounts of `other` to `keep`; `other` is deactivated.

    The kept record's primary account stays primary; it takes over the other's only if it had none.
    """
    if keep_id == other_id:
        raise ValidationError(_("Ein Antragsteller kann nicht mit sich selbst zusammengeführt werden."))
    text = require_justification(reason, _("Grund der Zusammenführung"), field="reason")
    with uow:
        uow.act("merge-applicants", text, permission="admin.configure")
        keep, other = _locked(uow, keep_id, keep_version), _locked(uow, other_id, other_version)
        if not other.active:
            raise ValidationError(_("»{name}« ist bereits deaktiviert.").format(name=other.name))
        moved = [_move(uow, Application, other.id, keep.id), _move(uow, Document, other.id, keep.id),
                 _move(uow, ContactPerson, other.id, keep.id)]
        moved.append(_move_accounts(uow, keep, other))
        other.active = False
        other.notes = "\n".join(filter(None, [other.notes, _("Zusammengeführt mit Nr. {id} ({name}).").format(
            id=keep.id, name=keep.name)]))
        keep.notes = "\n".join(filter(None, [keep.notes, _("Übernommen von Nr. {id} ({name}).").format(
            id=other.id, name=other.name)]))
        uow.commit()
    return MergeResult(*moved)


def _move(uow: UnitOfWork, model: type[_Owned], from_id: int, to_id: int) -> int:
    rows = uow.session.scalars(select(model).where(model.applicant_id == from_id)).all()
    for row in rows:
        row.applicant_id = to_id
    return len(rows)


def _move_accounts(uow: UnitOfWork, keep: Applicant, other: Applicant) -> int:
    accounts = list(other.bank_accounts)
    kept_primary = next((a for a in keep.bank_accounts if a.is_primary and a.active), None)
    known = {a.iban for a in keep.bank_accounts if a.active}
    for account in accounts:
        was_primary = account.is_primary
        account.is_primary = False
        if account.iban in known:  # the same account on both records: keep one, the other stays on file inactive
            account.active = False
        account.applicant = keep
        if was_primary and kept_primary is None and account.active:
            mirror_primary(keep, account)
            kept_primary = account
    uow.session.flush()
    return len(accounts)
