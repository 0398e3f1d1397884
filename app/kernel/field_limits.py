"""How many characters each text column holds: the one source for the checks in app/ and the forms' maxLength.

`column_limits()` reads every `String(n)` column of the models, keyed "Entity.field" (the model class and the
attribute name, e.g. "Applicant.name"). The forms in ui/ take their field lengths from here (ui never imports
db/), the checks in app/ from the same columns (tests/kernel/test_field_limits.py), so a form never accepts what
the check refuses or the column cannot hold. Letterhead lines and settings live in a text column; their checks
set the limit (`stored_as_text`).
"""

from __future__ import annotations

import functools

from sqlalchemy import String

from app.kernel import letterhead, settings
from db.base import Base


@functools.cache
def column_limits() -> dict[str, int]:
    """{"Entity.field": length} for every text column with a length."""
    limits: dict[str, int] = {}
    for mapper in Base.registry.mappers:
        for attribute in mapper.column_attrs:
            for column in attribute.columns:
                if isinstance(column.type, String) and isinstance(column.type.length, int):
                    limits[f"{mapper.class_.__name__}.{attribute.key}"] = column.type.length
    return limits


_DECLARED: dict[str, int] = {}


def declare(name: str, length: int) -> int:
    """A feature's value kept in an unbounded text column, whose check sets the limit; returns `length`."""
    _DECLARED[name] = length
    return length


def stored_as_text() -> dict[str, int]:
    """Values kept in an unbounded text column whose check sets the limit (letterhead lines, settings, …)."""
    return {"Letterhead.value": letterhead.MAX_LENGTH, "Setting.value": settings.TEXT_MAX, **_DECLARED}


def field_limit(column: str) -> int:
    """The length of one column ("Entity.field"), or of a value stored as text; KeyError for anything else."""
    limits = column_limits()
    return limits[column] if column in limits else stored_as_text()[column]
