"""Index for the case list's default order (newest fiscal year first, then file number).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_applications_list_order", "applications",
                    [sa.literal_column("fiscal_year DESC"), "file_number", sa.literal_column("id DESC")])


def downgrade() -> None:
    op.drop_index("ix_applications_list_order", table_name="applications")
