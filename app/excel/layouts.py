"""The mapping of the last imported list of each layout, reused for the next list of the same layout.

An office imports next month's list in the same layout as this month's: the columns the user confirmed
(or corrected) for it are kept under a key made of the list's header texts (`import.mapping.layout:<hash>`
in `config_values`, beside the named mappings of `app.excel.saved_mappings`: on PostgreSQL a caseworker may
write only keys under `import.mapping.`; the ":" is not allowed in a mapping's name, so none collides).
A list whose headers are the same, in any order, gets that mapping without asking again; it is still
shown and can be changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.excel.mapping import ColumnMapping, normalise
from app.kernel import clock
from db.models import ConfigValue

PREFIX = "import.mapping.layout:"


def layout_key(headers: Sequence[str]) -> str:
    """The key of a layout: its header texts, normalised and sorted (a moved column is the same layout)."""
    words = sorted({normalise(h) for h in headers if normalise(h)})
    return PREFIX + hashlib.sha256("\x1f".join(words).encode()).hexdigest()[:16]  # audit keys: ≤ 40 characters


def remembered(session: Session, headers: Sequence[str]) -> ColumnMapping | None:
    """The mapping last used for a list with these headers, if it still fits them."""
    row = session.get(ConfigValue, layout_key(headers))
    if row is None:
        return None
    try:
        mapping = ColumnMapping.from_json(row.value)
    except (ValueError, AttributeError, TypeError):
        return None
    present = {normalise(h) for h in headers}
    return mapping if all(normalise(h) in present for h in mapping.columns.values()) else None


def remember(session: Session, headers: Sequence[str], mapping: ColumnMapping, user: str) -> None:
    """Keep `mapping` for lists with these headers (inside the import's own transaction)."""
    key = layout_key(headers)
    row = session.get(ConfigValue, key)
    if row is None:
        row = ConfigValue(key=key, value="")
        session.add(row)
    row.value = mapping.to_json()
    row.updated_at, row.updated_by = clock.now(), user
