"""Column mixins shared by several models."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from db.base import utcnow


class Versioned:
    """Optimistic locking: every UPDATE checks and bumps `version`.

    A user-edited aggregate carries its version to the client; a save with a
    stale version is refused instead of silently overwriting someone's change.
    """

    version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy directive
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]  # the mapped subclass has the table


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
