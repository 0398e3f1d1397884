"""The least-privilege application role on PostgreSQL: works normally, cannot touch the schema or the audit trail."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.administration.db_roles import grant_app_role
from app.cases import checking, notes
from app.kernel.database import connect
from app.kernel.uow import UnitOfWork
from tests.support import Office, register


def test_app_role_can_work_but_not_change_schema_or_audit(office: Office, db_url: str) -> None:
    if office.database.backend != "postgresql":
        pytest.skip("roles are PostgreSQL's")
    role = f"fd_app_{os.getpid()}"
    with office.database.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN"))
    try:
        grant_app_role(office.database, role)
        file_number = register(office)
        app_db = connect(make_url(db_url).set(username=role).render_as_string(hide_password=False))
        try:
            checking.start_check(UnitOfWork(app_db, "anna"), file_number)
            notes.add_note(UnitOfWork(app_db, "anna"), file_number, "als Anwendungsrolle")
            for statement in ("UPDATE audit_events SET new_value = 'x'", "DELETE FROM audit_events",
                              "DROP TABLE notes", "UPDATE alembic_version SET version_num = '9999'"):
                with pytest.raises(DBAPIError, match=r"permission denied|must be owner"), \
                        app_db.engine.begin() as conn:
                    conn.execute(text(statement))
        finally:
            app_db.dispose()
    finally:
        with office.database.engine.begin() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
