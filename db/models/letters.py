"""Letter templates and issued letters (stored exactly as sent)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow
from db.models._mixins import Versioned


class LetterTemplate(Versioned, Base):
    """Editable text of one letter kind, with placeholders."""

    __tablename__ = "letter_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    subject: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(64))


class Letter(Base):
    """An issued letter: the exact PDF bytes and their SHA-256; never regenerated.

    Anonymising the case after its retention period empties `pdf` (`content_deleted_at` says when); the hash,
    size and metadata stay (schema 0015).
    """

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(255))
    template_version: Mapped[int | None]
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int | None]
    content_deleted_at: Mapped[dt.datetime | None]
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(64))
    posted_on: Mapped[dt.date | None]


class LetterWording(Base):
    """A text block of one issued letter that the caseworker reworded before issuing (schema 0018).

    `generated` is the block as the template filled it, `edited` what the letter says instead; the stored PDF
    of the letter is what was sent, these rows say which wording differs from the template.
    """

    __tablename__ = "letter_wordings"
    __table_args__ = (UniqueConstraint("letter_id", "block"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    block: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(160))
    generated: Mapped[str] = mapped_column(Text)
    edited: Mapped[str] = mapped_column(Text)
