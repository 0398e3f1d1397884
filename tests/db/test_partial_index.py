"""A partial index carries its one condition on both backends; PostgreSQL's from the moment its engine is made."""

from __future__ import annotations

from sqlalchemy import Index
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex

from db import partial_index
from db.engine import make_engine
from db.models import AuditEvent, Consultation


def _index(table: object, name: str) -> Index:
    return next(index for index in table.__table__.indexes if index.name == name)  # type: ignore[attr-defined]


def test_the_partial_indexes_print_their_condition_for_sqlite_and_after_a_postgresql_engine_for_postgresql() -> None:
    slot = _index(Consultation, "uq_consultations_advisor_slot")
    unsealed = _index(AuditEvent, "ix_audit_events_unsealed")
    assert "WHERE status <> 'cancelled'" in str(CreateIndex(slot).compile(dialect=sqlite.dialect()))
    assert "WHERE chain_seq IS NULL" in str(CreateIndex(unsealed).compile(dialect=sqlite.dialect()))

    make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none").dispose()  # no connection is opened

    assert "WHERE status <> 'cancelled'" in str(CreateIndex(slot).compile(dialect=postgresql.dialect()))
    assert "WHERE chain_seq IS NULL" in str(CreateIndex(unsealed).compile(dialect=postgresql.dialect()))
    late = partial_index.partial_index("ix_late", "id", where="id > 0")  # made after: gets it at once
    assert late.dialect_options["postgresql"]["where"] is not None
