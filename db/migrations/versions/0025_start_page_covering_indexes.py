"""Covering indexes for the start page's figures

The start page sums what is committed and paid per programme and fiscal year over every case (so does the Excel
overview), and counts, lists and warns of the open deadlines. With (programme, year, status) only, the database read
each of 100,000 cases from the table after the index (about 160 ms on SQLite); with the amounts in the index it reads
the index alone (about 25 ms). The deadlines were found by due date and then read one by one to see whether they are
open and of which kind; the new index holds both, and the id for the list's order (issue 26).

Each new index begins with the columns of the one it replaces, so it serves every query the old one served.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07 17:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0025'
down_revision: str | None = '0024'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, old index, its columns, new index, its columns)
REPLACED = (
    ('applications', 'ix_applications_programme_year_status', ['programme_id', 'fiscal_year', 'status'],
     'ix_applications_programme_year_money',
     ['programme_id', 'fiscal_year', 'status', 'approved_amount', 'final_amount', 'paid_amount']),
    ('deadlines', 'ix_deadlines_due_on', ['due_on'], 'ix_deadlines_due_open', ['due_on', 'id', 'done_at', 'kind']),
)


def upgrade() -> None:
    # plain CREATE/DROP INDEX, no batch: nothing of the tables themselves changes
    for table, old, _old_columns, new, new_columns in REPLACED:
        op.create_index(new, table, new_columns, unique=False)
        op.drop_index(old, table_name=table)


def downgrade() -> None:
    for table, old, old_columns, new, _new_columns in REPLACED:
        op.create_index(old, table, old_columns, unique=False)
        op.drop_index(new, table_name=table)
