"""The application (Antrag) with its cost and financing plan and status history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import RATE, Base, utcnow
from db.enums import CostCategory, FinancingType, FundingKind, PaymentMode, Status, enum_column
from db.models._mixins import Timestamps, Versioned
from db.models.applicants import Applicant, ContactPerson
from db.models.programmes import Programme
from db.models.social_plan import FieldOfAction, LifePhase, Measure, Municipality
from db.models.users import User


class Application(Versioned, Timestamps, Base):
    """A case. In state `idea` it has no file number yet; the number is never reused."""

    __tablename__ = "applications"
    __table_args__ = (
        CheckConstraint("requested_amount >= 0", name="requested_non_negative"),
        CheckConstraint("approved_amount IS NULL OR approved_amount >= 0", name="approved_non_negative"),
        CheckConstraint("paid_amount >= 0", name="paid_non_negative"),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="period_order"),
        # the amounts too: the budget figures (start page, Excel overview) sum them from the index alone
        Index("ix_applications_programme_year_money", "programme_id", "fiscal_year", "status", "approved_amount",
              "final_amount", "paid_amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    file_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    fiscal_year: Mapped[int]
    status: Mapped[Status] = mapped_column(enum_column(Status), index=True)
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), index=True)
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_persons.id"))
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"), index=True)
    life_phase_id: Mapped[int | None] = mapped_column(ForeignKey("life_phases.id"))
    field_of_action_id: Mapped[int | None] = mapped_column(ForeignKey("fields_of_action.id"))
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measures.id"))
    catalogue_justification: Mapped[str | None] = mapped_column(Text)
    received_on: Mapped[dt.date | None]
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    project_started_on: Mapped[dt.date | None]  # contract for execution signed
    early_start_approved_on: Mapped[dt.date | None]
    financing_type: Mapped[FinancingType] = mapped_column(enum_column(FinancingType))
    payment_mode: Mapped[PaymentMode | None] = mapped_column(enum_column(PaymentMode))
    funding_rate: Mapped[Decimal | None] = mapped_column(RATE)
    requested_amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    approved_amount: Mapped[Decimal | None]
    paid_amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))  # kept by the payment service
    final_amount: Mapped[Decimal | None]
    decided_on: Mapped[dt.date | None]
    closed_on: Mapped[dt.date | None]
    retention_until: Mapped[dt.date | None]
    anonymised_at: Mapped[dt.datetime | None]
    # when the closed file was last offered to the public archive (§ 11 ThürArchivG); anonymising needs it
    archive_offered_at: Mapped[dt.datetime | None]

    programme: Mapped[Programme] = relationship()
    applicant: Mapped[Applicant] = relationship()
    contact_person: Mapped[ContactPerson | None] = relationship()
    caseworker: Mapped[User | None] = relationship()
    municipality: Mapped[Municipality | None] = relationship()
    life_phase: Mapped[LifePhase | None] = relationship()
    field_of_action: Mapped[FieldOfAction | None] = relationship()
    measure: Mapped[Measure | None] = relationship()
    cost_lines: Mapped[list[CostLine]] = relationship(
        back_populates="application", order_by="CostLine.position", cascade="all, delete-orphan"
    )
    funding_lines: Mapped[list[FundingLine]] = relationship(
        back_populates="application", order_by="FundingLine.position", cascade="all, delete-orphan"
    )


# The case list's default order (newest year first, then file number): an index scan instead of a sort.
Index("ix_applications_list_order", Application.fiscal_year.desc(), Application.file_number, Application.id.desc())


class CostLine(Base):
    """A line of the cost plan; `eligible` marks zuwendungsfähige Ausgaben."""

    __tablename__ = "cost_lines"
    __table_args__ = (CheckConstraint("planned_amount >= 0", name="planned_non_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    category: Mapped[CostCategory] = mapped_column(enum_column(CostCategory))
    description: Mapped[str] = mapped_column(String(255))
    planned_amount: Mapped[Decimal]
    eligible: Mapped[bool] = mapped_column(default=True)

    application: Mapped[Application] = relationship(back_populates="cost_lines")


class FundingLine(Base):
    """A line of the financing plan other than the requested grant: own, third-party funds, income."""

    __tablename__ = "funding_lines"
    __table_args__ = (CheckConstraint("planned_amount >= 0", name="planned_non_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    kind: Mapped[FundingKind] = mapped_column(enum_column(FundingKind))
    source: Mapped[str] = mapped_column(String(255))
    planned_amount: Mapped[Decimal]

    application: Mapped[Application] = relationship(back_populates="funding_lines")


class StatusChange(Base):
    """Status history: one row per workflow transition, append-only."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    from_status: Mapped[Status | None] = mapped_column(enum_column(Status, name="from_status"))
    to_status: Mapped[Status] = mapped_column(enum_column(Status, name="to_status"))
    action: Mapped[str] = mapped_column(String(40))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_name: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)


class ApplicationGoal(Base):
    """Alignment: the goals/measures of the social plan an application serves."""

    __tablename__ = "application_goals"

    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id"), primary_key=True)
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measures.id"))


class Score(Base):
    """Points for one scoring criterion in the social-plan review."""

    __tablename__ = "scores"

    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("scoring_criteria.id"), primary_key=True)
    points: Mapped[int]
    comment: Mapped[str | None] = mapped_column(Text)
