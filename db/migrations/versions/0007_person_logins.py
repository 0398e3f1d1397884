"""Who acts is proven: each user's own database login, a password for signing in on SQLite, the real login in
the audit trail

- `users.db_login`: the PostgreSQL login of this person (NULL on SQLite and until linked); unique.
- `users.password_hash`: an Argon2 hash of the person's FörderDesk password, used on the single-workstation
  SQLite database when a second person signs (confirming a decision, the second signature of a payment order).
- `audit_events.db_login`: the database login (`session_user`) that made the change; NULL on SQLite.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 20:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # plain ALTER TABLE: on SQLite a table rebuild of `users` would trip over the foreign keys pointing at it
    op.add_column('users', sa.Column('db_login', sa.String(length=63), nullable=True))
    op.add_column('users', sa.Column('password_hash', sa.String(length=255), nullable=True))
    op.create_index('uq_users_db_login', 'users', ['db_login'], unique=True)
    op.add_column('audit_events', sa.Column('db_login', sa.String(length=63), nullable=True))


def downgrade() -> None:
    op.drop_index('uq_users_db_login', table_name='users')
    for table, column in (('audit_events', 'db_login'), ('users', 'password_hash'), ('users', 'db_login')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')  # SQLite ≥ 3.35 and PostgreSQL alike
