"""The county's yearly cycle with the Land (schema 0022): its application for a programme year with the planned
lines of its own, and the committees' resolutions recorded on the cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import RATE, Base, utcnow
from db.enums import CofinancingBase, Committee, ResolutionOutcome, StateLineKind, enum_column
from db.models._mixins import Versioned
from db.models.programmes import Programme


class StateApplication(Versioned, Base):
    """The county's application to the Land for one programme and year: ceiling, co-financing rule, the planned
    micro-project fund, its deadlines (the Land's and the county's own for Träger) and when it was submitted."""

    __tablename__ = "state_applications"
    __table_args__ = (UniqueConstraint("programme_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    year: Mapped[int]
    recipient: Mapped[str] = mapped_column(Text)  # the ministry's address, one line each
    ceiling: Mapped[Decimal | None]
    cofinancing_rate: Mapped[Decimal] = mapped_column(RATE)
    cofinancing_base: Mapped[CofinancingBase] = mapped_column(enum_column(CofinancingBase))
    submission_due_on: Mapped[dt.date]
    applicant_due_on: Mapped[dt.date | None]
    submitted_on: Mapped[dt.date | None]
    submission_deadline_id: Mapped[int | None] = mapped_column(ForeignKey("deadlines.id"))
    reminder_deadline_id: Mapped[int | None] = mapped_column(ForeignKey("deadlines.id"))
    applicant_deadline_id: Mapped[int | None] = mapped_column(ForeignKey("deadlines.id"))

    programme: Mapped[Programme] = relationship()
    lines: Mapped[list[StatePlanLine]] = relationship(back_populates="state_application",
                                                      order_by="StatePlanLine.position",
                                                      cascade="all, delete-orphan")


class StatePlanLine(Versioned, Base):
    """A planned line entered by the county: the micro-project fund or one of its own planning posts."""

    __tablename__ = "state_plan_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    state_application_id: Mapped[int] = mapped_column(ForeignKey("state_applications.id", ondelete="CASCADE"),
                                                      index=True)
    position: Mapped[int]
    kind: Mapped[StateLineKind] = mapped_column(enum_column(StateLineKind))
    title: Mapped[str] = mapped_column(String(255))
    field_of_action_id: Mapped[int | None] = mapped_column(ForeignKey("fields_of_action.id"))
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"))
    eligible_costs: Mapped[Decimal]
    funding: Mapped[Decimal]

    state_application: Mapped[StateApplication] = relationship(back_populates="lines")


class CommitteeResolution(Base):
    """A committee's resolution on a case proposed for funding (Jugendhilfeausschuss, Kreistag); append-only:
    a later resolution is a new row."""

    __tablename__ = "committee_resolutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    committee: Mapped[Committee] = mapped_column(enum_column(Committee))
    number: Mapped[str] = mapped_column(String(40))
    resolved_on: Mapped[dt.date]
    outcome: Mapped[ResolutionOutcome] = mapped_column(enum_column(ResolutionOutcome))
    amount: Mapped[Decimal | None]
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
