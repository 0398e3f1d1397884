"""Grant programmes, their yearly budgets and file-number counters."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, Numeric, String, Table, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import RATE, Base
from db.enums import FinancingType, enum_column
from db.models._mixins import Timestamps, Versioned

if TYPE_CHECKING:
    from db.models.applicants import ApplicantType

programme_applicant_types = Table(
    "programme_applicant_types",
    Base.metadata,
    Column("programme_id", ForeignKey("programmes.id", ondelete="CASCADE"), primary_key=True),
    Column("applicant_type_id", ForeignKey("applicant_types.id", ondelete="CASCADE"), primary_key=True),
)


class Programme(Versioned, Timestamps, Base):
    """Förderprogramm: rules are data, so the office can run several at once."""

    __tablename__ = "programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    description: Mapped[str | None] = mapped_column(Text)
    default_financing_type: Mapped[FinancingType] = mapped_column(enum_column(FinancingType))
    max_funding_rate: Mapped[Decimal] = mapped_column(RATE)
    min_grant: Mapped[Decimal]
    max_grant: Mapped[Decimal | None]
    min_own_share: Mapped[Decimal] = mapped_column(RATE, default=Decimal("0"))
    file_number_pattern: Mapped[str] = mapped_column(String(80), default="{code}-{year}-{number:04d}")
    proof_of_use_months: Mapped[int] = mapped_column(default=6)
    use_within_months: Mapped[int] = mapped_column(default=2)
    cost_line_tolerance: Mapped[Decimal] = mapped_column(RATE, default=Decimal("0.20"))
    active: Mapped[bool] = mapped_column(default=True)
    # what the programme's Bescheide name as legal basis; None: the shipped default (app.letters.legal_basis)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    # a micro-project fund (Kleinprojekte): ceiling = max_grant, short application, simplified proof, batch work
    micro: Mapped[bool] = mapped_column(default=False, server_default=false())
    # several reviewers score its cases (Vergabegremium); None: as the office-wide setting `panel_review`
    panel_review: Mapped[bool | None]

    allowed_applicant_types: Mapped[list[ApplicantType]] = relationship(
        secondary=programme_applicant_types
    )


class Budget(Versioned, Timestamps, Base):
    """Haushaltsansatz of a programme in a fiscal year. Approvals never exceed it."""

    __tablename__ = "budgets"
    __table_args__ = (UniqueConstraint("programme_id", "fiscal_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    fiscal_year: Mapped[int]
    allocation: Mapped[Decimal]
    budget_position: Mapped[str | None] = mapped_column(String(60))  # Haushaltsstelle

    programme: Mapped[Programme] = relationship()


class FileNumberCounter(Base):
    """Last running number per programme and year; row-locked while a number is drawn."""

    __tablename__ = "file_number_counters"

    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"), primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(primary_key=True)
    last_number: Mapped[int] = mapped_column(default=0)


class ScoringCriterion(Versioned, Base):
    """A weighted criterion of the social-plan scoring sheet, per programme."""

    __tablename__ = "scoring_criteria"
    __table_args__ = (UniqueConstraint("programme_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(160))
    weight: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    position: Mapped[int] = mapped_column(default=0)
