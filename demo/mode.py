"""Demo mode: a demo database lets the window switch between its users (to try the four-eyes principle)."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.kernel.database import Database
from app.kernel.permissions import ROLE_LABELS
from app.kernel.uow import UnitOfWork
from db.models import ConfigValue, User

KEY = "demo.mode"


def enable(database: Database) -> None:
    with UnitOfWork(database, "admin") as uow:
        uow.act("enable-demo-mode", permission="admin.configure")
        uow.session.add(ConfigValue(key=KEY, value=json.dumps(True)))
        uow.commit()


def demo_users(database: Database) -> list[tuple[str, str]] | None:
    """(username, label) of active users when the database is a demo, else None."""
    with database.read() as session:
        row = session.get(ConfigValue, KEY)
        if row is None or not json.loads(row.value):
            return None
        return [(u.username, f"{u.display_name} ({ROLE_LABELS[u.role]})") for u in session.scalars(
            select(User).where(User.active).order_by(User.role, User.display_name))]
