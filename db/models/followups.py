"""Deadlines (Fristen/Wiedervorlage), notes and consultation appointments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow
from db.enums import DeadlineKind, enum_column
from db.models._mixins import Versioned


class Deadline(Versioned, Base):
    """A dated follow-up; open while `done_at` is empty."""

    __tablename__ = "deadlines"
    __table_args__ = (Index("ix_deadlines_open_due", "application_id", "done_at", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    kind: Mapped[DeadlineKind] = mapped_column(enum_column(DeadlineKind))
    # the subject's message id (German source text) and its parameters as JSON; parameters NULL: free text
    # (app.kernel.stored_text renders both in the reader's language)
    title: Mapped[str] = mapped_column(String(255))
    title_params: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[dt.date] = mapped_column(index=True)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    done_at: Mapped[dt.datetime | None]
    done_by: Mapped[str | None] = mapped_column(String(64))
    postpone_reason: Mapped[str | None] = mapped_column(Text)
    # the Bescheid an objection deadline belongs to; for a `limitation` deadline the claim whose limitation runs
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    clawback_id: Mapped[int | None] = mapped_column(ForeignKey("clawbacks.id"))


class RevocationKnowledge(Base):
    """The day the office learned the facts that justify a withdrawal or revocation (§ 48 Abs. 4 VwVfG); from
    it runs the one-year limit, kept as the deadline `deadline_id`. Append-only: a later finding is a new row."""

    __tablename__ = "revocation_knowledge"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    learned_on: Mapped[dt.date]
    facts: Mapped[str] = mapped_column(Text)
    deadline_id: Mapped[int | None] = mapped_column(ForeignKey("deadlines.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))


class Note(Base):
    """A free-text note on a case; append-only."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))


class Consultation(Versioned, Base):
    """Beratungstermin for a project idea (local date and time of the office)."""

    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    on: Mapped[dt.date]
    start_time: Mapped[dt.time]
    duration_minutes: Mapped[int] = mapped_column(default=60)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
