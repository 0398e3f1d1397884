"""Named column mappings for the Excel import, kept in `config_values` under `import.mapping.<name>`.

Offices import the same kind of list again and again; a mapping confirmed
once (columns and corrected municipality names) is saved under a name and
reused. Stored as JSON like every setting; saving is audited like any change.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.excel.mapping import ColumnMapping
from app.kernel import clock, field_limits
from app.kernel.errors import NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_text
from db.models import ConfigValue

PREFIX = "import.mapping."
LAYOUT_PREFIX = PREFIX + "layout:"  # the mapping kept per layout (app.excel.layouts), not a named one
NAME_MAX = field_limits.declare("ImportMapping.name", 80)  # kept in the key (120) after the prefix
NAME_PATTERN = re.compile(r"[\w .-]+")  # the length is checked first (NAME_MAX)


def _key(name: str) -> str:
    text = require_text(name, _("Name der Zuordnung"), field="mapping", max_len=NAME_MAX)
    if not NAME_PATTERN.fullmatch(text):
        raise ValidationError(_("Der Name der Zuordnung darf nur Buchstaben, Ziffern, Leerzeichen, Punkt, "
                                "Binde- und Unterstrich enthalten."), "mapping")
    return PREFIX + text


def save_mapping(uow: UnitOfWork, name: str, mapping: ColumnMapping) -> None:
    """Create or replace the mapping `name`."""
    key = _key(name)
    with uow:
        actor = uow.act("save-import-mapping", permission="case.create")
        row = uow.session.get(ConfigValue, key)
        if row is None:
            row = ConfigValue(key=key, value="")
            uow.session.add(row)
        row.value = mapping.to_json()
        row.updated_at, row.updated_by = clock.now(), actor.username
        uow.commit()


def load_mapping(uow: UnitOfWork, name: str) -> ColumnMapping:
    key = _key(name)
    with uow.read() as scope:
        session = scope.session
        row = session.get(ConfigValue, key)
        if row is None:
            known = ", ".join(_names(session)) or _("keine")
            raise NotFound(_("Eine Spaltenzuordnung »{name}« gibt es nicht (gespeichert: {known}).").format(
                name=name, known=known))
        try:
            return ColumnMapping.from_json(row.value)
        except (ValueError, AttributeError, TypeError) as exc:
            raise ValidationError(_("Die gespeicherte Spaltenzuordnung »{name}« ist beschädigt.").format(
                name=name)) from exc


def mapping_names(uow: UnitOfWork) -> list[str]:
    with uow.read() as scope:
        return _names(scope.session)


def _names(session: Session) -> list[str]:
    keys = session.scalars(select(ConfigValue.key).where(ConfigValue.key.startswith(PREFIX, autoescape=True))
                           .order_by(ConfigValue.key))
    return [key.removeprefix(PREFIX) for key in keys if not key.startswith(LAYOUT_PREFIX)]

