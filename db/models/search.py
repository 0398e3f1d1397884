"""The search texts of cases and applicants (`app.kernel.search_text`), kept beside their records.

Side tables rather than columns: the text is derived, not part of the case, so it stays out of the audit
trail and out of the records' versions. The index over them is not a model: an FTS5 trigram table on SQLite,
a `pg_trgm` GIN index on PostgreSQL (schema 0014).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class CaseSearch(Base):
    """File number (also without leading zeros) and title of one case, normalised."""

    __tablename__ = "case_search"

    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True,
                                                autoincrement=False)
    text: Mapped[str] = mapped_column(Text)


class ApplicantSearch(Base):
    """An applicant's name and place, normalised (the place only for the applicant search)."""

    __tablename__ = "applicant_search"

    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id", ondelete="CASCADE"), primary_key=True,
                                              autoincrement=False)
    text: Mapped[str] = mapped_column(Text)
    city_text: Mapped[str] = mapped_column(Text, default="")


# Schema objects of the index that are no models (schema 0014); the drift check and autogenerate leave them be.
FTS_TABLES = ("case_search_fts", "applicant_search_fts")
TRGM_INDEXES = ("ix_case_search_trgm", "ix_applicant_search_trgm")


def is_search_index(name: str | None) -> bool:
    return bool(name) and (name in TRGM_INDEXES or any(str(name).startswith(t) for t in FTS_TABLES))
