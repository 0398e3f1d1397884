"""Pending export files: the file of a payment export batch is committed with the batch

A row holds the file's bytes and target path from the commit of its batch until the file lies under its name;
a crash in between leaves the row, and the next export writes the file from it (issue 22). On PostgreSQL the
table is case data for caseworkers and admins (supervisors inherit; readers do not see it), and audited by its trigger (the content
as personal: it names payees and IBANs).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 23:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'pending_export_files',
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('path', sa.Text(), nullable=False),
        sa.Column('partial', sa.Text(), nullable=True),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['batch_id'], ['export_batches.id'],
                                name=op.f('fk_pending_export_files_batch_id_export_batches')),
        sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_pending_export_files')),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
    DO $$ BEGIN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON pending_export_files TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
    END $$""")
    op.execute("CREATE TRIGGER pending_export_files_audit AFTER INSERT OR UPDATE OR DELETE ON pending_export_files "
               "FOR EACH ROW EXECUTE FUNCTION fd_audit('PendingExportFile', 'content', 'batch_id', 'none', 'content')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS pending_export_files_audit ON pending_export_files")
    op.drop_table('pending_export_files')
