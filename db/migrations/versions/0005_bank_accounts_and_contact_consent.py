"""Several bank accounts per applicant; contact persons with withdrawn consent and deactivation

The applicant's existing IBAN/BIC becomes its primary account; `applicants.iban`/`bic` stay as the mirror of
the primary account that payments and letters read.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 04:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('bank_accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('applicant_id', sa.Integer(), nullable=False),
    sa.Column('iban', sa.String(length=34), nullable=False),
    sa.Column('bic', sa.String(length=11), nullable=True),
    sa.Column('bank_name', sa.String(length=120), nullable=True),
    sa.Column('account_holder', sa.String(length=120), nullable=True),
    sa.Column('label', sa.String(length=80), nullable=True),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['applicant_id'], ['applicants.id'], name=op.f('fk_bank_accounts_applicant_id_applicants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_accounts'))
    )
    with op.batch_alter_table('bank_accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bank_accounts_applicant_id'), ['applicant_id'], unique=False)

    # Existing rows: every contact stays active (the default only fills them, the model sets the value itself).
    with op.batch_alter_table('contact_persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consent_withdrawn_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))
    with op.batch_alter_table('contact_persons', schema=None) as batch_op:
        batch_op.alter_column('active', server_default=None)

    op.execute(
        "INSERT INTO bank_accounts (applicant_id, iban, bic, bank_name, account_holder, is_primary, active, version) "
        "SELECT id, iban, bic, bank_name, account_holder, TRUE, TRUE, 1 FROM applicants "
        "WHERE iban IS NOT NULL AND iban <> ''"
    )


def downgrade() -> None:
    with op.batch_alter_table('contact_persons', schema=None) as batch_op:
        batch_op.drop_column('active')
        batch_op.drop_column('consent_withdrawn_on')
    with op.batch_alter_table('bank_accounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bank_accounts_applicant_id'))
    op.drop_table('bank_accounts')
