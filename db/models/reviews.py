"""Scores of an application by several reviewers (Vergabegremium, Steuerungsgremium; schema 0018).

One review per reviewer and case: points per criterion of the programme's scoring sheet and a comment.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow


class Review(Base):
    """One reviewer's score of a case: the weighted percentage of their points and their comment."""

    __tablename__ = "reviews"

    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(64), primary_key=True)
    percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    comment: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReviewScore(Base):
    """Points (0–5) of one reviewer for one criterion of the scoring sheet."""

    __tablename__ = "review_scores"

    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(64), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("scoring_criteria.id"), primary_key=True)
    points: Mapped[int]
