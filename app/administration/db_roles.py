"""Least-privilege access for the application on a shared PostgreSQL server.

The schema belongs to an owner role used only by administrators (migrations, backups). The everyday
program connects as an application role that may read and write the data, but cannot change the schema
or the migration state, and cannot update or delete audit events (only seal them once).
"""

from __future__ import annotations

import re

from sqlalchemy import text

from app.kernel.database import Database
from app.kernel.errors import ValidationError
from app.kernel.i18n import _

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def grant_statements(role: str, database_name: str) -> list[str]:
    return [
        f'GRANT CONNECT ON DATABASE "{database_name}" TO {role}',
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM {role}",
        f"GRANT UPDATE (chain_seq, prev_hash, hash) ON audit_events TO {role}",
    ]


def grant_app_role(database: Database, role: str) -> list[str]:
    """Give an existing login role exactly the rights the program needs; returns the statements run."""
    if database.backend != "postgresql":
        raise ValidationError(_("Rollenrechte gibt es nur auf einem PostgreSQL-Server."))
    if not ROLE_NAME.match(role):
        raise ValidationError(_("»{role}« ist kein gültiger Rollenname (Kleinbuchstaben, Ziffern, _).").format(
            role=role))
    statements = grant_statements(role, database.url.database or "")
    with database.engine.begin() as connection:
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}).scalar()
        if not exists:
            raise ValidationError(_("Die Rolle »{role}« gibt es auf dem Server nicht; bitte zuerst anlegen "
                                    "(siehe docs/operations.md).").format(role=role))
        for statement in statements:
            connection.execute(text(statement))
    return statements
