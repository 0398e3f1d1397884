"""Payment plans, payment orders with two signatures, export batches, repayments, reminders, receipts and samples

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 03:34:55.876923
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('export_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('format', sa.String(length=10), nullable=False),
    sa.Column('order_count', sa.Integer(), nullable=False),
    sa.Column('control_sum', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('repeat_of_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['repeat_of_id'], ['export_batches.id'], name=op.f('fk_export_batches_repeat_of_id_export_batches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_batches'))
    )
    op.create_table('payment_instalments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_payment_instalments_amount_positive')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_payment_instalments_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_instalments'))
    )
    with op.batch_alter_table('payment_instalments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_instalments_application_id'), ['application_id'], unique=False)

    op.create_table('receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proof_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('receipt_date', sa.Date(), nullable=False),
    sa.Column('payee', sa.String(length=200), nullable=False),
    sa.Column('purpose', sa.String(length=255), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('cost_line_id', sa.Integer(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('in_sample', sa.Boolean(), nullable=False),
    sa.Column('result', sa.Enum('accepted', 'not_accepted', name='sampleresult', native_enum=False, create_constraint=True, length=30), nullable=True),
    sa.Column('accepted_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('result_reason', sa.Text(), nullable=True),
    sa.Column('checked_by', sa.String(length=64), nullable=True),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_receipts_amount_positive')),
    sa.ForeignKeyConstraint(['cost_line_id'], ['cost_lines.id'], name=op.f('fk_receipts_cost_line_id_cost_lines')),
    sa.ForeignKeyConstraint(['proof_id'], ['proofs_of_use.id'], name=op.f('fk_receipts_proof_id_proofs_of_use'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipts'))
    )
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipts_proof_id'), ['proof_id'], unique=False)

    op.create_table('reminders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('clawback_id', sa.Integer(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['clawback_id'], ['clawbacks.id'], name=op.f('fk_reminders_clawback_id_clawbacks')),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_reminders_letter_id_letters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminders'))
    )
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminders_clawback_id'), ['clawback_id'], unique=False)

    op.create_table('repayments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('clawback_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('interest_part', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_repayments_amount_positive')),
    sa.ForeignKeyConstraint(['clawback_id'], ['clawbacks.id'], name=op.f('fk_repayments_clawback_id_clawbacks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repayments'))
    )
    with op.batch_alter_table('repayments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repayments_clawback_id'), ['clawback_id'], unique=False)

    op.create_table('sample_draws',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proof_id', sa.Integer(), nullable=False),
    sa.Column('seed', sa.String(length=64), nullable=False),
    sa.Column('share', sa.Numeric(precision=7, scale=4), nullable=False),
    sa.Column('minimum', sa.Integer(), nullable=False),
    sa.Column('receipt_ids', sa.Text(), nullable=False),
    sa.Column('drawn_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('drawn_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['proof_id'], ['proofs_of_use.id'], name=op.f('fk_sample_draws_proof_id_proofs_of_use'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sample_draws'))
    )
    with op.batch_alter_table('sample_draws', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sample_draws_proof_id'), ['proof_id'], unique=False)

    op.create_table('payment_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('payment_request_id', sa.Integer(), nullable=True),
    sa.Column('instalment_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('state', sa.Enum('draft', 'factual', 'ordered', 'exported', 'paid', 'cancelled', name='orderstate', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('budget_position', sa.String(length=60), nullable=True),
    sa.Column('purpose', sa.String(length=140), nullable=False),
    sa.Column('payee', sa.String(length=140), nullable=False),
    sa.Column('iban', sa.String(length=34), nullable=False),
    sa.Column('bic', sa.String(length=11), nullable=True),
    sa.Column('factual_by', sa.String(length=64), nullable=True),
    sa.Column('factual_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('arithmetic_by', sa.String(length=64), nullable=True),
    sa.Column('arithmetic_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('export_batch_id', sa.Integer(), nullable=True),
    sa.Column('payment_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_payment_orders_amount_positive')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_payment_orders_application_id_applications')),
    sa.ForeignKeyConstraint(['export_batch_id'], ['export_batches.id'], name=op.f('fk_payment_orders_export_batch_id_export_batches')),
    sa.ForeignKeyConstraint(['instalment_id'], ['payment_instalments.id'], name=op.f('fk_payment_orders_instalment_id_payment_instalments')),
    sa.ForeignKeyConstraint(['payment_id'], ['payments.id'], name=op.f('fk_payment_orders_payment_id_payments')),
    sa.ForeignKeyConstraint(['payment_request_id'], ['payment_requests.id'], name=op.f('fk_payment_orders_payment_request_id_payment_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_orders'))
    )
    with op.batch_alter_table('payment_orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_orders_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_orders_export_batch_id'), ['export_batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_orders_state'), ['state'], unique=False)

    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payment_mode', sa.Enum('instalments', 'requests', name='paymentmode', native_enum=False, create_constraint=True, length=30), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_applications_paymentmode'), type_='check')
        batch_op.drop_column('payment_mode')

    with op.batch_alter_table('payment_orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_orders_state'))
        batch_op.drop_index(batch_op.f('ix_payment_orders_export_batch_id'))
        batch_op.drop_index(batch_op.f('ix_payment_orders_application_id'))

    op.drop_table('payment_orders')
    with op.batch_alter_table('sample_draws', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sample_draws_proof_id'))

    op.drop_table('sample_draws')
    with op.batch_alter_table('repayments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repayments_clawback_id'))

    op.drop_table('repayments')
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminders_clawback_id'))

    op.drop_table('reminders')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipts_proof_id'))

    op.drop_table('receipts')
    with op.batch_alter_table('payment_instalments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_instalments_application_id'))

    op.drop_table('payment_instalments')
    op.drop_table('export_batches')
