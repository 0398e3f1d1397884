"""Append-only audit trail of every change, hash-chained."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow
from db.partial_index import partial_index

BIG_ID = BigInteger().with_variant(Integer, "sqlite")


class AuditEvent(Base):
    """Protokolleintrag: who, when, which entity and field, old → new, why.

    Rows are only ever inserted; database triggers refuse updates and deletes, except the one-time
    sealing that sets `chain_seq`, `prev_hash` and `hash` when the transaction commits.
    """

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),
                      # the rows a committing transaction still has to seal (schema 0009)
                      partial_index("ix_audit_events_unsealed", "id", where="chain_seq IS NULL"))

    id: Mapped[int] = mapped_column(BIG_ID, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    db_login: Mapped[str | None] = mapped_column(String(63))  # the database login (session_user); NULL on SQLite
    chain_seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditChain(Base):
    """The end of the hash chain (one row): row-locked while a transaction seals its audit events."""

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_hash: Mapped[str | None] = mapped_column(String(64))
    # PostgreSQL: the first link sealed inside the database with the secret key (HMAC-SHA-256, schema 0009);
    # the links before it were sealed by the program (SHA-256). NULL on SQLite: every link is the program's.
    keyed_from: Mapped[int | None] = mapped_column(BigInteger)
    # the last keyed link, where the keyed links stopped: a server database copied to SQLite (dbtools)
    keyed_to: Mapped[int | None] = mapped_column(BigInteger)


class AuditKey(Base):
    """The secret that keys the audit chain and signs anchors (one row). On PostgreSQL only the schema owner
    reads it (the sealing functions run as the owner); on SQLite whoever holds the file can read it."""

    __tablename__ = "audit_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)
