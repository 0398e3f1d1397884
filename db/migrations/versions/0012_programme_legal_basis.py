"""The legal basis a programme's Bescheide name (§ 44 ThürLHO, the programme's Richtlinie …), set by administrators.

Empty means: the shipped default text for the programme (`app.letters.legal_basis`).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, no batch: a batch would copy and drop `programmes`, which SQLite refuses while cases and
# budgets refer to it (foreign keys on); SQLite adds and drops a column in place since 3.35.
def upgrade() -> None:
    op.add_column("programmes", sa.Column("legal_basis", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("programmes", "legal_basis")
