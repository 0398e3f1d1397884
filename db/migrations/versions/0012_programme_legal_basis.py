"""The legal basis a programme's Bescheide name (§ 44 ThürLHO, the programme's Richtlinie …), set by administrators.

Empty means: the shipped default text for the programme (`app.letters.legal_basis`).

Revision ID: 0012
Revises: 0009
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("programmes") as batch:
        batch.add_column(sa.Column("legal_basis", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("programmes") as batch:
        batch.drop_column("legal_basis")
