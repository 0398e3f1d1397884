"""Money from the Land and micro projects

- `state_grants`: the Land's grant decision to the county per programme and year (amount, date, the ministry's
  file number) with the co-financing rule (share and base: of the grant or of the eligible costs).
- `state_money_movements`: the county's calls for funds at the Land and the Land's payments.
- `programmes.micro`: a micro-project fund (ceiling = `max_grant`, short application, simplified proof of use).
- PostgreSQL: privileges for the group roles and the audit triggers of both new tables.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 06:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0023'
down_revision: str | None = '0022'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (("state_grants", "StateGrant"), ("state_money_movements", "StateMoneyMovement"))


def upgrade() -> None:
    op.create_table(
        'state_grants',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('programme_id', sa.Integer(), nullable=False),
        sa.Column('fiscal_year', sa.Integer(), nullable=False),
        sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.Column('ministry_file_number', sa.String(length=80), nullable=False),
        sa.Column('cofinancing_rate', sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column('cofinancing_base', sa.Enum('grant', 'eligible_costs', name='cofinancingbase', native_enum=False,
                                              create_constraint=True, length=30), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.CheckConstraint('amount >= 0', name=op.f('ck_state_grants_amount_non_negative')),
        sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'],
                                name=op.f('fk_state_grants_programme_id_programmes')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_state_grants')),
        sa.UniqueConstraint('programme_id', 'fiscal_year', name=op.f('uq_state_grants_programme_id_fiscal_year')),
    )
    op.create_table(
        'state_money_movements',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('state_grant_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.Enum('call', 'payment', name='statemoneykind', native_enum=False,
                                  create_constraint=True, length=30), nullable=False),
        sa.Column('on', sa.Date(), nullable=False),
        sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('recorded_by', sa.String(length=64), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('amount > 0', name=op.f('ck_state_money_movements_amount_positive')),
        sa.ForeignKeyConstraint(['state_grant_id'], ['state_grants.id'],
                                name=op.f('fk_state_money_movements_state_grant_id_state_grants')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_state_money_movements')),
    )
    with op.batch_alter_table('state_money_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_state_money_movements_state_grant_id'), ['state_grant_id'],
                              unique=False)
    # plain ALTER TABLE, no batch: SQLite refuses to copy and drop `programmes` while cases refer to it (see 0012)
    op.add_column('programmes', sa.Column('micro', sa.Boolean(), nullable=False, server_default=sa.false()))
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
    DO $$ BEGIN
        EXECUTE format('GRANT SELECT ON state_grants, state_money_movements TO %I', fd_group('reader'));
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON state_grants, state_money_movements TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT USAGE ON SEQUENCE state_grants_id_seq, state_money_movements_id_seq TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
    END $$""")
    for table, entity in TABLES:
        op.execute(f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION fd_audit('{entity}', '', 'id', 'none', '')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, _entity in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {table}")
    op.drop_column('programmes', 'micro')
    with op.batch_alter_table('state_money_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_state_money_movements_state_grant_id'))
    op.drop_table('state_money_movements')
    op.drop_table('state_grants')
