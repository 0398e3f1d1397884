"""Deadlines (Fristen/Wiedervorlage), notes and consultation appointments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow
from db.enums import ConsultationStatus, DeadlineKind, enum_column
from db.models._mixins import Versioned
from db.partial_index import partial_index


class Deadline(Versioned, Base):
    """A dated follow-up; open while `done_at` is empty."""

    __tablename__ = "deadlines"
    __table_args__ = (Index("ix_deadlines_open_due", "application_id", "done_at", "due_on"),
                      # in list order with what tells an open deadline and its kind: the start page counts, lists and
                      # warns of the open deadlines from this index (issue 26)
                      Index("ix_deadlines_due_open", "due_on", "id", "done_at", "kind"))

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    kind: Mapped[DeadlineKind] = mapped_column(enum_column(DeadlineKind))
    # the subject's message id (German source text) and its parameters as JSON; parameters NULL: free text
    # (app.kernel.stored_text renders both in the reader's language)
    title: Mapped[str] = mapped_column(String(255))
    title_params: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[dt.date]
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
    """Beratungstermin (local date and time of the office): a slot with an advisor (`staff_id`) and a contact,
    either a registered applicant or a free name with phone or e-mail; the project idea recorded from it, if any,
    is `application_id`; the follow-up date is kept as the deadline `deadline_id` (schema 0017)."""

    __tablename__ = "consultations"
    # one advisor, one slot: a second booking of the same start is refused by the database as well
    __table_args__ = (partial_index("uq_consultations_advisor_slot", "staff_id", "on", "start_time", unique=True,
                                    where="status <> 'cancelled'"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    on: Mapped[dt.date] = mapped_column(index=True)
    start_time: Mapped[dt.time]
    duration_minutes: Mapped[int] = mapped_column(default=60)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    applicant_id: Mapped[int | None] = mapped_column(ForeignKey("applicants.id"), index=True)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(64))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    topic: Mapped[str] = mapped_column(String(255))
    status: Mapped[ConsultationStatus] = mapped_column(enum_column(ConsultationStatus),
                                                      default=ConsultationStatus.booked)
    follow_up_on: Mapped[dt.date | None]
    deadline_id: Mapped[int | None] = mapped_column(ForeignKey("deadlines.id"))
