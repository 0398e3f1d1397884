"""Applicants can be anonymised: `applicants.anonymised_at`

Once an applicant has no case left that is not anonymised and its own retention period since its last
activity has passed, anonymising empties its personal fields, its bank accounts, its contact persons and the
bytes of its standing documents (`app.administration.applicant_anonymisation`); `anonymised_at` says when.
A plain column (no table rebuild): the audit triggers of `applicants` (PostgreSQL) log it like every column.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 03:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('applicants', sa.Column('anonymised_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # a plain column drop (SQLite ≥ 3.35 too): rebuilding `applicants` would touch every table referring to it
    op.execute("ALTER TABLE applicants DROP COLUMN anonymised_at")
