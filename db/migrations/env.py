"""Alembic environment: runs on the connection handed in by `db.migrate`."""

from __future__ import annotations

from alembic import context

import db.models  # noqa: F401 - registers every table
from db.base import Base
from db.migrate import include_name

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("db.migrate passes a connection; use `foerderdesk db upgrade`")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
