"""Migrations build the schema, agree with the models, and round-trip on both backends."""

from __future__ import annotations

from sqlalchemy import inspect

from app.kernel.database import Database, connect, schema_state
from db import migrate
from db.base import Base


def test_migrated_schema_matches_models(database: Database) -> None:
    current, head = schema_state(database)
    assert current == head is not None
    assert migrate.schema_drift(database.engine) == []
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_downgrade_and_upgrade_round_trip(db_url: str) -> None:
    database = connect(db_url)
    try:
        migrate.downgrade(database.engine, "base")
        remaining = set(inspect(database.engine).get_table_names()) - {"alembic_version"}
        assert remaining == set()
        assert migrate.current_revision(database.engine) is None
        migrate.upgrade(database.engine)
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        assert migrate.schema_drift(database.engine) == []
    finally:
        database.dispose()


def test_every_user_edited_aggregate_is_versioned() -> None:
    versioned = {m.class_.__name__ for m in Base.registry.mappers if m.version_id_col is not None}
    for name in ("Application", "Applicant", "Programme", "Budget", "Decision", "User", "Deadline",
                 "Municipality", "LetterTemplate", "ConfigValue", "Clawback", "ProofOfUse", "Goal", "Measure"):
        assert name in versioned, name


def test_head_constant_names_the_newest_migration() -> None:
    assert migrate.script_head() == migrate.HEAD
