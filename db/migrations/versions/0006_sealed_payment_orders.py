"""Signed payment orders are sealed: SHA-256 of content and signers at each signature

Orders already signed when this migration runs are sealed as they stand (the office trusts its data at the
upgrade; any change after it is detected by the export). The canonical text is a frozen copy of
`app.payments.seal.canonical_text` (migrations import no application code).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 18:40:00
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ORDERS = sa.table(
    'payment_orders', sa.column('id', sa.Integer()), sa.column('application_id', sa.Integer()),
    sa.column('amount', sa.Numeric(12, 2)), sa.column('iban', sa.String()), sa.column('bic', sa.String()),
    sa.column('payee', sa.String()), sa.column('purpose', sa.String()), sa.column('budget_position', sa.String()),
    sa.column('due_on', sa.Date()), sa.column('factual_by', sa.String()), sa.column('arithmetic_by', sa.String()),
    sa.column('factual_seal', sa.String()), sa.column('arithmetic_seal', sa.String()))


def _seal(row: sa.Row[Any], signers: Sequence[str | None]) -> str:
    due: dt.date = row.due_on if isinstance(row.due_on, dt.date) else dt.date.fromisoformat(str(row.due_on))
    fields = [("order", str(row.id)), ("case", str(row.application_id)),
              ("amount", str(Decimal(row.amount).quantize(Decimal("0.01")))), ("iban", row.iban or ""),
              ("bic", row.bic or ""), ("payee", row.payee or ""), ("purpose", row.purpose or ""),
              ("budget_position", row.budget_position or ""), ("due_on", due.isoformat())]
    fields += [(f"signer{n}", signer or "") for n, signer in enumerate(signers, start=1)]
    text = "\n".join(f"{key}={value}" for key, value in fields) + "\n"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table('payment_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('factual_seal', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('arithmetic_seal', sa.String(length=64), nullable=True))
    connection = op.get_bind()
    for row in connection.execute(sa.select(ORDERS).where(ORDERS.c.factual_by.is_not(None))).all():
        values = {'factual_seal': _seal(row, [row.factual_by])}
        if row.arithmetic_by is not None:
            values['arithmetic_seal'] = _seal(row, [row.factual_by, row.arithmetic_by])
        connection.execute(sa.update(ORDERS).where(ORDERS.c.id == row.id).values(**values))


def downgrade() -> None:
    with op.batch_alter_table('payment_orders', schema=None) as batch_op:
        batch_op.drop_column('arithmetic_seal')
        batch_op.drop_column('factual_seal')
