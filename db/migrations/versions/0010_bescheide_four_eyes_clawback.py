"""Every Bescheid with its own dates; clawbacks proposed and confirmed by two people; suspensive effect

- `clawback_proposals`: a revocation and clawback (or a § 49a Abs. 4 interest claim) proposed by a caseworker
  with amounts, interest window and reasons; confirmed by a different supervisor or returned with a reason.
- `clawbacks`: the confirmed proposal it was fixed from, the Bescheid's posting, notification and objection
  dates, and an order of immediate enforcement (§ 80 Abs. 2 Nr. 4 VwGO) with its reasons.
- `decisions.objection_until`; `objections.clawback_id` (the Bescheid an objection attacks);
  `deadlines.decision_id` / `deadlines.clawback_id` (the Bescheid an objection deadline belongs to).
- PostgreSQL: privileges and the audit trigger for the new table; triggers check, whatever program sends the
  SQL, that a clawback proposal is made and confirmed only in one's own name, confirmed only by a supervisor
  who did not propose it and unchanged once confirmed; that a clawback is fixed only from a proposal the acting
  supervisor confirmed; and that immediate enforcement is ordered only by a supervisor in their own name.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 23:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTIONS = r"""
CREATE FUNCTION fd_clawback_proposals_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    me integer := fd_person_id();
    my_role text := fd_person_role();
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.state = 'confirmed' THEN
            PERFORM fd_refuse('Ein bestätigter Rückforderungsbescheid kann nicht gelöscht werden.');
        END IF;
        RETURN OLD;
    END IF;
    IF me IS NULL THEN
        RETURN NEW;  -- the owner without a person: migrations and set-up
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.proposed_by_id IS DISTINCT FROM me THEN
            PERFORM fd_refuse('Eine Rückforderung kann man nur im eigenen Namen vorschlagen.');
        END IF;
        IF NEW.confirmed_by_id IS NOT NULL OR NEW.state <> 'proposed' THEN
            PERFORM fd_refuse('Eine Rückforderung wird vorgeschlagen und danach von einer zweiten Person bestätigt.');
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.state <> 'proposed' AND (
        NEW.application_id, NEW.state, NEW.final_amount, NEW.amount, NEW.interest_abs3, NEW.interest_abs4,
        NEW.interest_from, NEW.interest_until, NEW.closed_on, NEW.waiver_reason, NEW.reasons, NEW.confirmed_by_id,
        NEW.confirmed_at, NEW.returned_by_id, NEW.return_reason
    ) IS DISTINCT FROM (
        OLD.application_id, OLD.state, OLD.final_amount, OLD.amount, OLD.interest_abs3, OLD.interest_abs4,
        OLD.interest_from, OLD.interest_until, OLD.closed_on, OLD.waiver_reason, OLD.reasons, OLD.confirmed_by_id,
        OLD.confirmed_at, OLD.returned_by_id, OLD.return_reason) THEN
        PERFORM fd_refuse('Ein bestätigter oder zurückgegebener Rückforderungsvorschlag ist unveränderlich.');
    END IF;
    IF NEW.proposed_by_id IS DISTINCT FROM OLD.proposed_by_id THEN
        PERFORM fd_refuse('Wer eine Rückforderung vorgeschlagen hat, lässt sich nicht ändern.');
    END IF;
    IF NEW.confirmed_by_id IS DISTINCT FROM OLD.confirmed_by_id OR
       (NEW.state = 'confirmed' AND OLD.state IS DISTINCT FROM 'confirmed') THEN
        IF NEW.confirmed_by_id IS DISTINCT FROM me THEN
            PERFORM fd_refuse('Eine Rückforderung kann man nur im eigenen Namen bestätigen.');
        END IF;
        IF my_role IS DISTINCT FROM 'supervisor' THEN
            PERFORM fd_refuse('Rückforderungen bestätigt nur die Sachgebietsleitung.');
        END IF;
        IF NEW.confirmed_by_id = NEW.proposed_by_id THEN
            PERFORM fd_refuse('Vier-Augen-Prinzip: Wer die Rückforderung vorgeschlagen hat, darf sie nicht '
                              'bestätigen.');
        END IF;
    END IF;
    IF NEW.returned_by_id IS DISTINCT FROM OLD.returned_by_id AND
       (NEW.returned_by_id IS DISTINCT FROM me OR my_role IS DISTINCT FROM 'supervisor') THEN
        PERFORM fd_refuse('Einen Rückforderungsvorschlag gibt nur die Sachgebietsleitung im eigenen Namen zurück.');
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION fd_clawbacks_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    me integer := fd_person_id();
    my_name text := (SELECT username FROM users WHERE id = me);
    my_role text := fd_person_role();
BEGIN
    IF me IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM clawback_proposals p
                        WHERE p.id = NEW.proposal_id AND p.application_id = NEW.application_id
                          AND p.state = 'confirmed' AND p.confirmed_by_id = me AND p.amount = NEW.amount)
           OR EXISTS (SELECT 1 FROM clawbacks c WHERE c.proposal_id = NEW.proposal_id) THEN
            PERFORM fd_refuse('Eine Rückforderung wird nur aus einem Vorschlag festgesetzt, den die '
                              'Sachgebietsleitung im eigenen Namen bestätigt hat (Vier-Augen-Prinzip).');
        END IF;
        IF NEW.enforcement_ordered_by IS NOT NULL THEN
            PERFORM fd_refuse('Die sofortige Vollziehung wird erst nach dem Bescheid angeordnet.');
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.application_id, NEW.amount, NEW.decided_on, NEW.proposal_id)
       IS DISTINCT FROM (OLD.application_id, OLD.amount, OLD.decided_on, OLD.proposal_id) THEN
        PERFORM fd_refuse('Betrag und Datum eines Rückforderungsbescheids sind unveränderlich.');
    END IF;
    IF (NEW.enforcement_ordered_on, NEW.enforcement_ordered_by, NEW.enforcement_reasons)
       IS DISTINCT FROM (OLD.enforcement_ordered_on, OLD.enforcement_ordered_by, OLD.enforcement_reasons) THEN
        IF OLD.enforcement_ordered_by IS NOT NULL THEN
            PERFORM fd_refuse('Die Anordnung der sofortigen Vollziehung ist unveränderlich.');
        END IF;
        IF NEW.enforcement_ordered_by IS DISTINCT FROM my_name OR my_role IS DISTINCT FROM 'supervisor' THEN
            PERFORM fd_refuse('Die sofortige Vollziehung ordnet nur die Sachgebietsleitung im eigenen Namen an.');
        END IF;
    END IF;
    RETURN NEW;
END
$$;
"""

TRIGGERS = """
CREATE TRIGGER clawback_proposals_guard BEFORE INSERT OR UPDATE OR DELETE ON clawback_proposals
    FOR EACH ROW EXECUTE FUNCTION fd_clawback_proposals_guard();
CREATE TRIGGER clawbacks_guard BEFORE INSERT OR UPDATE ON clawbacks
    FOR EACH ROW EXECUTE FUNCTION fd_clawbacks_guard();
CREATE TRIGGER clawback_proposals_audit AFTER INSERT OR UPDATE OR DELETE ON clawback_proposals FOR EACH ROW
    EXECUTE FUNCTION fd_audit('ClawbackProposal', '', 'id', 'column', '');
"""

GRANTS = """
DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON clawback_proposals TO %I', fd_group('reader'));
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON clawback_proposals TO %I, %I',
                   fd_group('caseworker'), fd_group('admin'));
    EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE clawback_proposals_id_seq TO %I, %I',
                   fd_group('caseworker'), fd_group('admin'));
END $$
"""

DROP = """
DROP TRIGGER IF EXISTS clawback_proposals_audit ON clawback_proposals;
DROP TRIGGER IF EXISTS clawbacks_guard ON clawbacks;
DROP TRIGGER IF EXISTS clawback_proposals_guard ON clawback_proposals;
DROP FUNCTION IF EXISTS fd_clawbacks_guard();
DROP FUNCTION IF EXISTS fd_clawback_proposals_guard();
"""


def _defer_foreign_keys() -> None:
    """SQLite rebuilds a table to add a foreign key or drop a column; rows of other tables that point at it
    (reminders → clawbacks, deadlines → decisions) are checked at commit, when the rebuilt table is in place."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA defer_foreign_keys = ON")


def upgrade() -> None:
    _defer_foreign_keys()
    op.create_table(
        'clawback_proposals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('state', sa.Enum('proposed', 'confirmed', 'returned', name='clawback_proposal_state',
                                   native_enum=False, create_constraint=True, length=30), nullable=False),
        sa.Column('final_amount', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('interest_abs3', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('interest_abs4', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('interest_from', sa.Date(), nullable=False),
        sa.Column('interest_until', sa.Date(), nullable=True),
        sa.Column('closed_on', sa.Date(), nullable=False),
        sa.Column('waiver_reason', sa.Text(), nullable=True),
        sa.Column('reasons', sa.Text(), nullable=False),
        sa.Column('proposed_by_id', sa.Integer(), nullable=False),
        sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('confirmed_by_id', sa.Integer(), nullable=True),
        sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('returned_by_id', sa.Integer(), nullable=True),
        sa.Column('return_reason', sa.Text(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                name=op.f('fk_clawback_proposals_application_id_applications')),
        sa.ForeignKeyConstraint(['confirmed_by_id'], ['users.id'],
                                name=op.f('fk_clawback_proposals_confirmed_by_id_users')),
        sa.ForeignKeyConstraint(['proposed_by_id'], ['users.id'],
                                name=op.f('fk_clawback_proposals_proposed_by_id_users')),
        sa.ForeignKeyConstraint(['returned_by_id'], ['users.id'],
                                name=op.f('fk_clawback_proposals_returned_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_clawback_proposals')),
    )
    with op.batch_alter_table('clawback_proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clawback_proposals_application_id'), ['application_id'], unique=False)
    with op.batch_alter_table('clawbacks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('proposal_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('posted_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('notified_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('objection_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('enforcement_ordered_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('enforcement_ordered_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('enforcement_reasons', sa.Text(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_clawbacks_proposal_id_clawback_proposals'),
                                    'clawback_proposals', ['proposal_id'], ['id'])
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decision_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('clawback_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_deadlines_clawback_id_clawbacks'), 'clawbacks',
                                    ['clawback_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_deadlines_decision_id_decisions'), 'decisions',
                                    ['decision_id'], ['id'])
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('objection_until', sa.Date(), nullable=True))
    with op.batch_alter_table('objections', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clawback_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_objections_clawback_id_clawbacks'), 'clawbacks',
                                    ['clawback_id'], ['id'])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(FUNCTIONS)
        op.execute(TRIGGERS)
        op.execute(GRANTS)


def downgrade() -> None:
    _defer_foreign_keys()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(DROP)
    with op.batch_alter_table('objections', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_objections_clawback_id_clawbacks'), type_='foreignkey')
        batch_op.drop_column('clawback_id')
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_deadlines_decision_id_decisions'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_deadlines_clawback_id_clawbacks'), type_='foreignkey')
        batch_op.drop_column('clawback_id')
        batch_op.drop_column('decision_id')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_column('objection_until')
    with op.batch_alter_table('clawbacks', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_clawbacks_proposal_id_clawback_proposals'), type_='foreignkey')
        for column in ('enforcement_reasons', 'enforcement_ordered_by', 'enforcement_ordered_on', 'objection_until',
                       'notified_on', 'posted_on', 'proposal_id'):
            batch_op.drop_column(column)
    with op.batch_alter_table('clawback_proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clawback_proposals_application_id'))
    op.drop_table('clawback_proposals')
