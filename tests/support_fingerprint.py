"""A fingerprint of the whole database: row counts of every table, money sums and the audit trail's end.

Two equal fingerprints mean nothing was written (a refused input must leave the database unchanged).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.sql.sqltypes import Numeric

from app.kernel.database import Database
from db.base import Base
from db.models import AuditEvent


def fingerprint(database: Database) -> dict[str, object]:
    result: dict[str, object] = {}
    with database.read() as session:
        for table in Base.metadata.sorted_tables:
            result[table.name] = session.scalar(select(func.count()).select_from(table))
            for column in table.columns:
                if isinstance(column.type, Numeric):
                    result[f"{table.name}.{column.name}"] = session.scalar(select(func.sum(column)))
            if "version" in table.columns:
                result[f"{table.name}.version"] = session.scalar(select(func.sum(table.c.version)))
        result["audit.max_id"] = session.scalar(select(func.max(AuditEvent.id)))
    return result
