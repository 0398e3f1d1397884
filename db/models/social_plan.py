"""The district's social plan: life phases, fields of action, goals, measures, municipalities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.models._mixins import Versioned


class LifePhase(Base):
    """Lebensphase: Kindheit, Jugend, Erwachsenenalter, Senioren."""

    __tablename__ = "life_phases"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(default=0)


class FieldOfAction(Base):
    """Handlungsfeld of a versioned state guideline; the number is a label only."""

    __tablename__ = "fields_of_action"
    __table_args__ = (UniqueConstraint("guideline", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    guideline: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(160))
    active: Mapped[bool] = mapped_column(default=True)


class SocialArea(Base):
    """Sozialraum: a planning region grouping municipalities."""

    __tablename__ = "social_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)


class Municipality(Versioned, Base):
    """Gemeinde; only those `in_district` may host funded projects."""

    __tablename__ = "municipalities"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(12), unique=True)  # Amtlicher Gemeindeschlüssel
    name: Mapped[str] = mapped_column(String(120), unique=True)
    population: Mapped[int | None]
    population_year: Mapped[int | None]
    in_district: Mapped[bool] = mapped_column(default=True)
    social_area_id: Mapped[int | None] = mapped_column(ForeignKey("social_areas.id"))

    social_area: Mapped[SocialArea | None] = relationship()


class MunicipalityPopulation(Base):
    """Inhabitants of a municipality in one age group (for amounts per inhabitant)."""

    __tablename__ = "municipality_populations"
    __table_args__ = (UniqueConstraint("municipality_id", "age_group", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id", ondelete="CASCADE"))
    age_group: Mapped[str] = mapped_column(String(20))  # e.g. "0-5", "6-17", "65+"
    year: Mapped[int]
    count: Mapped[int]


class SocialPlan(Versioned, Base):
    """A plan period of the social plan (the county's integrated Fachplan), valid for a range of years and adopted
    by the Kreistag (resolution number and date, schema 0022)."""

    __tablename__ = "social_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    valid_from_year: Mapped[int]
    valid_to_year: Mapped[int | None]
    resolution_number: Mapped[str | None] = mapped_column(String(40))
    resolution_date: Mapped[dt.date | None]

    goals: Mapped[list[Goal]] = relationship(back_populates="social_plan", order_by="Goal.code")


class Goal(Versioned, Base):
    """Ziel of the social plan, grouped by life phase and field of action."""

    __tablename__ = "goals"
    __table_args__ = (UniqueConstraint("social_plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    social_plan_id: Mapped[int] = mapped_column(ForeignKey("social_plans.id"))
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    life_phase_id: Mapped[int | None] = mapped_column(ForeignKey("life_phases.id"))
    field_of_action_id: Mapped[int | None] = mapped_column(ForeignKey("fields_of_action.id"))

    social_plan: Mapped[SocialPlan] = relationship(back_populates="goals")
    measures: Mapped[list[Measure]] = relationship(back_populates="goal", order_by="Measure.code")


class Measure(Versioned, Base):
    """Maßnahme of the catalogue, with an optional target indicator."""

    __tablename__ = "measures"
    __table_args__ = (UniqueConstraint("goal_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id"))
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    target_indicator: Mapped[str | None] = mapped_column(String(255))
    target_count: Mapped[int | None]
    target_social_area_id: Mapped[int | None] = mapped_column(ForeignKey("social_areas.id"))
    in_catalogue: Mapped[bool] = mapped_column(default=True)
    reference_cost: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))

    goal: Mapped[Goal] = relationship(back_populates="measures")
