"""Schema migrations (Alembic) driven from code: upgrade, downgrade, revision, drift check.

Alembic is imported only when a migration actually runs: a normal start compares the stored
revision with `HEAD` in one query (a test keeps `HEAD` equal to the newest migration file).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, inspect, text

import db.models  # noqa: F401 - registers every table
from db.base import Base
from db.models.search import is_search_index

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HEAD = "0025"


def _config(connection: Any = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return HEAD


def script_head() -> str | None:
    """The newest revision according to the migration files (slow: loads Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_config(connection), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    """The search index is no model (FTS5 tables on SQLite, trigram indexes on PostgreSQL: schema 0014)."""
    return not (type_ in ("table", "index") and is_search_index(name))


def schema_drift(engine: Engine) -> list[Any]:
    """Differences between the models and the migrated database (empty when they agree)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "render_as_batch": connection.dialect.name == "sqlite",
                  "include_name": include_name},
        )
        return list(compare_metadata(context, Base.metadata))


def autogenerate(engine: Engine, message: str) -> None:
    """Developer helper: write a new revision from the difference models ↔ database."""
    from alembic import command

    with engine.begin() as connection:
        command.revision(_config(connection), message=message, autogenerate=True)
