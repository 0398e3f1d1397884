"""The administrator's list of documents a micro project of a fund must contain (its short application):
stored in `config_values` (`app.cases.required_documents`), audited, only for a micro-project fund."""

from __future__ import annotations

import json
from collections.abc import Sequence

from app.cases.required_documents import micro_documents_key
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import document_type_by_code, programme_by_code
from app.kernel.uow import UnitOfWork
from db.base import utcnow
from db.models import ConfigValue


def set_micro_documents(uow: UnitOfWork, programme: str, document_types: Sequence[str]) -> tuple[str, ...]:
    """Set the required documents of the micro-project fund `programme`; returns the stored codes (in the given
    order, each once). Refused, with nothing changed, for another programme, an unknown document type or none."""
    codes = tuple(dict.fromkeys(code.strip() for code in document_types if code.strip()))
    if not codes:
        raise ValidationError(_("Bitte mindestens eine Unterlage ankreuzen, die ein Kleinprojekt einreichen muss."),
                              "document_types")
    with uow:
        actor = uow.act("set-micro-documents", permission="admin.configure")
        fund = programme_by_code(uow.session, programme)
        if not fund.micro:
            raise ValidationError(_("{code} ist kein Fonds für Kleinprojekte; seine Pflichtunterlagen richten sich "
                                    "nach der Art des Antragstellers.").format(code=fund.code), "programme")
        for code in codes:
            document_type_by_code(uow.session, code)
        key = micro_documents_key(fund.code)
        row = uow.session.get(ConfigValue, key)
        if row is None:
            row = ConfigValue(key=key, value="")
            uow.session.add(row)
        row.value = json.dumps(list(codes))
        row.updated_at, row.updated_by = utcnow(), actor.username
        uow.commit()
    return codes
