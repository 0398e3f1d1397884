"""Time limits tracked: the day the office learned the facts for a revocation, and the claim of a deadline

- `revocation_knowledge`: the day the office learned the facts that justify a withdrawal or revocation and what
  it learned (§ 48 Abs. 4 VwVfG, § 49 Abs. 3 S. 2 VwVfG); the one-year limit is a deadline of the new kind
  `revocation_limit`.
- `deadlines.clawback_id` (added by 0010 for the Bescheid an objection deadline belongs to) also names the refund
  claim whose limitation (Verjährung, new kind `limitation`) a deadline watches.
- The CHECK constraint of `deadlines.kind` (a portable enum, `db.enums.enum_column`) takes the two new kinds on
  both databases; the downgrade refuses while such deadlines exist (it would drop them silently otherwise).
- PostgreSQL: privileges for the group roles (case data: caseworker and admin write, everyone reads) and the
  audit trigger of the new table (the facts count as personal: the trail records that they changed, not what).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 23:59:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = ('documents', 'hearing', 'proof_of_use', 'objection', 'retention', 'payment_use', 'follow_up')
NEW_KINDS = (*OLD_KINDS, 'revocation_limit', 'limitation')
CONSTRAINT = 'ck_deadlines_deadlinekind'


def _kinds_check(kinds: tuple[str, ...]) -> str:
    return "kind IN (" + ", ".join(f"'{kind}'" for kind in kinds) + ")"


def _set_kinds(kinds: tuple[str, ...]) -> None:
    """Replace the CHECK constraint of `deadlines.kind` (SQLite: by recreating the table in the batch)."""
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.drop_constraint(op.f(CONSTRAINT), type_='check')
        batch_op.create_check_constraint('deadlinekind', sa.text(_kinds_check(kinds)))


def _pg_upgrade() -> None:
    op.execute("""
    DO $$
    BEGIN
        EXECUTE format('GRANT SELECT ON revocation_knowledge TO %I', fd_group('reader'));
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON revocation_knowledge TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE revocation_knowledge_id_seq TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
    END $$""")
    op.execute("CREATE TRIGGER revocation_knowledge_audit AFTER INSERT OR UPDATE OR DELETE ON revocation_knowledge "
               "FOR EACH ROW EXECUTE FUNCTION fd_audit('RevocationKnowledge', 'facts', 'id', 'column', '')")


def upgrade() -> None:
    op.create_table('revocation_knowledge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('learned_on', sa.Date(), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('deadline_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                            name=op.f('fk_revocation_knowledge_application_id_applications')),
    sa.ForeignKeyConstraint(['deadline_id'], ['deadlines.id'], name=op.f('fk_revocation_knowledge_deadline_id_deadlines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revocation_knowledge'))
    )
    with op.batch_alter_table('revocation_knowledge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revocation_knowledge_application_id'), ['application_id'], unique=False)

    _set_kinds(NEW_KINDS)
    if op.get_bind().dialect.name == "postgresql":
        _pg_upgrade()


def downgrade() -> None:
    new_rows = op.get_bind().execute(sa.text(
        "SELECT count(*) FROM deadlines WHERE kind IN ('revocation_limit', 'limitation')")).scalar()
    if new_rows:
        raise RuntimeError(f"{new_rows} Fristen der Arten Jahresfrist/Verjährung bestehen; Herabstufung abgebrochen.")
    _set_kinds(OLD_KINDS)

    with op.batch_alter_table('revocation_knowledge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revocation_knowledge_application_id'))

    op.drop_table('revocation_knowledge')
