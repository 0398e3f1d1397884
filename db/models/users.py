"""Users of FörderDesk and their role."""

from __future__ import annotations

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.enums import Role, enum_column
from db.models._mixins import Timestamps, Versioned


class User(Versioned, Timestamps, Base):
    """A person working with FörderDesk. Deactivated, never deleted (audit refers to them)."""

    __tablename__ = "users"
    # a unique index, not a constraint: SQLite adds and drops it without rebuilding the table (schema 0007)
    __table_args__ = (Index("uq_users_db_login", "db_login", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    active: Mapped[bool] = mapped_column(default=True)
    email: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    # the person's own PostgreSQL login (shared server); NULL on SQLite and until linked
    db_login: Mapped[str | None] = mapped_column(String(63))
    # Argon2 hash of the FörderDesk password: signing in as a second person on the SQLite workstation
    password_hash: Mapped[str | None] = mapped_column(String(255))
