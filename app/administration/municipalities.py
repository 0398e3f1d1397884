"""Municipalities (Gemeinden) of the district: added, renamed and deactivated by administrators.

A municipality is never deleted (cases and statistics refer to it). Deactivating it (after a merger,
say) takes it out of every choice list and marks a project there as outside the district; population
and social area are kept in `app.social_plan.service.update_municipality`.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.kernel.errors import ConcurrentEditError, ValidationError
from app.kernel.i18n import _
from app.kernel.lookups import municipality_by_name
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, require_text
from db.models import Municipality

PERMISSION = "admin.configure"
_KEY = re.compile(r"\d{8}")  # Amtlicher Gemeindeschlüssel


def _name(session: Session, text: str, own_id: int | None) -> str:
    name = require_text(text, _("Name der Gemeinde"), field="name", max_len=120)
    query = select(Municipality.id).where(func.lower(Municipality.name) == name.lower())
    if own_id is not None:
        query = query.where(Municipality.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError(_("Eine Gemeinde »{name}« gibt es schon.").format(name=name), "name")
    return name


def _key(session: Session, text: str | None, own_id: int | None) -> str | None:
    key = clean_text(text, _("Gemeindeschlüssel"), field="key", required=False, max_len=12)
    if key is None:
        return None
    key = key.replace(" ", "")
    if not _KEY.fullmatch(key):
        raise ValidationError(_("Der Amtliche Gemeindeschlüssel hat acht Ziffern (z. B. 16065001)."), "key")
    query = select(Municipality.name).where(Municipality.key == key)
    if own_id is not None:
        query = query.where(Municipality.id != own_id)
    other = session.scalar(query)
    if other is not None:
        raise ValidationError(_("Der Gemeindeschlüssel {key} gehört schon zu {name}.").format(key=key, name=other),
                              "key")
    return key


def add_municipality(uow: UnitOfWork, name: str, key: str | None = None) -> str:
    """A new, active municipality; returns its name as stored."""
    with uow:
        uow.act("add-municipality", permission=PERMISSION)
        municipality = Municipality(name=_name(uow.session, name, None), key=_key(uow.session, key, None),
                                    in_district=True)
        uow.session.add(municipality)
        uow.session.flush()
        stored = municipality.name
        uow.commit()
    return stored


def change_municipality(uow: UnitOfWork, name: str, new_name: str, key: str | None, active: bool,
                        expected_version: int | None = None) -> int:
    """Rename, correct the key, deactivate or reactivate a municipality; returns the new version."""
    with uow:
        uow.act("change-municipality", permission=PERMISSION)
        municipality = municipality_by_name(uow.session, name, "name")
        if expected_version is not None and municipality.version != expected_version:
            raise ConcurrentEditError(_("Die Gemeinde {name} wurde inzwischen geändert. Bitte neu laden.")
                                      .format(name=municipality.name))
        municipality.name = _name(uow.session, new_name, municipality.id)
        municipality.key = _key(uow.session, key, municipality.id)
        municipality.in_district = bool(active)
        uow.session.flush()
        version = municipality.version
        uow.commit()
    return version
