"""Documents received for a case or kept on an applicant (standing documents)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, utcnow
from db.models.applicants import DocumentType


class Document(Base):
    """A received document; the file itself is optional, its hash is kept when present."""

    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint("application_id IS NOT NULL OR applicant_id IS NOT NULL", name="has_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_type_id: Mapped[int] = mapped_column(ForeignKey("document_types.id"))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    applicant_id: Mapped[int | None] = mapped_column(ForeignKey("applicants.id"), index=True)
    received_on: Mapped[dt.date]
    issued_on: Mapped[dt.date | None]  # date of the document itself, e.g. of a tax notice
    valid_until: Mapped[dt.date | None]
    file_name: Mapped[str | None] = mapped_column(String(255))
    content_type: Mapped[str | None] = mapped_column(String(100))
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    size: Mapped[int | None]
    sha256: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(64))
    # set when anonymising the case emptied `content` after its retention period (schema 0015)
    content_deleted_at: Mapped[dt.datetime | None]

    document_type: Mapped[DocumentType] = relationship()
