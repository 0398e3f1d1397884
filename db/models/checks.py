"""Results of the formal eligibility check, one row per rule and case."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow


class EligibilityResult(Base):
    """The latest outcome of one rule for one case; overrides need a justification."""

    __tablename__ = "eligibility_results"
    __table_args__ = (UniqueConstraint("application_id", "rule"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    passed: Mapped[bool]
    # the reason's message id (German source text) and its parameters as JSON; parameters NULL: free text
    # (app.kernel.stored_text renders both in the reader's language)
    message: Mapped[str] = mapped_column(Text)
    message_params: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    checked_by: Mapped[str] = mapped_column(String(64))
    override_justification: Mapped[str | None] = mapped_column(Text)
    overridden_by: Mapped[str | None] = mapped_column(String(64))
    overridden_at: Mapped[dt.datetime | None]
