"""Plan periods adopted by the Kreistag, the county's application to the Land, committee resolutions (issue 25)

- `social_plans` is the plan period of the county's Fachplan: it gains the Kreistag's resolution number and date.
  Goals and measures already belong to a plan (a plan period); nothing to move.
- `state_applications`: the county's application to the Land per programme and year (ceiling, co-financing rate and
  base, the Land's and the county's own Träger deadline, the deadlines on the list, when it was submitted);
  `state_plan_lines`: the lines the county enters itself (micro-project fund, its own planning posts).
- `committee_resolutions`: the resolutions of the Jugendhilfeausschuss / Kreistag on a case; append-only.
- PostgreSQL: the application and its lines are planning data for caseworkers and admins (readers read); the
  resolutions are case data, insert-only; all three audited by their triggers.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 06:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0022'
down_revision: str | None = '0021'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (("state_applications", "StateApplication", "none"), ("state_plan_lines", "StatePlanLine", "none"),
          ("committee_resolutions", "CommitteeResolution", "column"))


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=30)


def upgrade() -> None:
    with op.batch_alter_table('social_plans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resolution_number', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('resolution_date', sa.Date(), nullable=True))
    op.create_table(
        'state_applications',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('programme_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('recipient', sa.Text(), nullable=False),
        sa.Column('ceiling', sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column('cofinancing_rate', sa.Numeric(precision=7, scale=4), nullable=False),
        sa.Column('cofinancing_base', _enum('cofinancingbase', 'grant', 'eligible_costs'), nullable=False),
        sa.Column('submission_due_on', sa.Date(), nullable=False),
        sa.Column('applicant_due_on', sa.Date(), nullable=True),
        sa.Column('submitted_on', sa.Date(), nullable=True),
        sa.Column('submission_deadline_id', sa.Integer(), nullable=True),
        sa.Column('reminder_deadline_id', sa.Integer(), nullable=True),
        sa.Column('applicant_deadline_id', sa.Integer(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'],
                                name=op.f('fk_state_applications_programme_id_programmes')),
        sa.ForeignKeyConstraint(['submission_deadline_id'], ['deadlines.id'],
                                name=op.f('fk_state_applications_submission_deadline_id_deadlines')),
        sa.ForeignKeyConstraint(['reminder_deadline_id'], ['deadlines.id'],
                                name=op.f('fk_state_applications_reminder_deadline_id_deadlines')),
        sa.ForeignKeyConstraint(['applicant_deadline_id'], ['deadlines.id'],
                                name=op.f('fk_state_applications_applicant_deadline_id_deadlines')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_state_applications')),
        sa.UniqueConstraint('programme_id', 'year', name=op.f('uq_state_applications_programme_id_year')),
    )
    op.create_table(
        'state_plan_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('state_application_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('kind', _enum('statelinekind', 'micro_fund', 'planning_post'), nullable=False),
        sa.Column('title', sa.String(length=255), nullable=False),
        sa.Column('field_of_action_id', sa.Integer(), nullable=True),
        sa.Column('municipality_id', sa.Integer(), nullable=True),
        sa.Column('eligible_costs', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('funding', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['state_application_id'], ['state_applications.id'],
                                name=op.f('fk_state_plan_lines_state_application_id_state_applications'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['field_of_action_id'], ['fields_of_action.id'],
                                name=op.f('fk_state_plan_lines_field_of_action_id_fields_of_action')),
        sa.ForeignKeyConstraint(['municipality_id'], ['municipalities.id'],
                                name=op.f('fk_state_plan_lines_municipality_id_municipalities')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_state_plan_lines')),
    )
    with op.batch_alter_table('state_plan_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_state_plan_lines_state_application_id'), ['state_application_id'],
                              unique=False)
    op.create_table(
        'committee_resolutions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('committee', _enum('committee', 'youth_welfare', 'district_council'), nullable=False),
        sa.Column('number', sa.String(length=40), nullable=False),
        sa.Column('resolved_on', sa.Date(), nullable=False),
        sa.Column('outcome', _enum('resolutionoutcome', 'approved', 'rejected', 'changed'), nullable=False),
        sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                name=op.f('fk_committee_resolutions_application_id_applications')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_resolutions')),
    )
    with op.batch_alter_table('committee_resolutions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_resolutions_application_id'), ['application_id'],
                              unique=False)
    if op.get_bind().dialect.name == "postgresql":
        _grant_and_audit()


def _grant_and_audit() -> None:
    op.execute("""
    DO $$ BEGIN
        EXECUTE format('GRANT SELECT ON state_applications, state_plan_lines, committee_resolutions TO %I',
                       fd_group('reader'));
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON state_applications, state_plan_lines TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT SELECT, INSERT ON committee_resolutions TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT USAGE ON SEQUENCE state_applications_id_seq, state_plan_lines_id_seq, '
                       'committee_resolutions_id_seq TO %I, %I', fd_group('caseworker'), fd_group('admin'));
    END $$""")
    for table, entity, case_mode in TABLES:
        op.execute(f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION fd_audit('{entity}', '', 'id', '{case_mode}', '')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, _entity, _mode in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {table}")
    with op.batch_alter_table('committee_resolutions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_resolutions_application_id'))
    op.drop_table('committee_resolutions')
    with op.batch_alter_table('state_plan_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_state_plan_lines_state_application_id'))
    op.drop_table('state_plan_lines')
    op.drop_table('state_applications')
    with op.batch_alter_table('social_plans', schema=None) as batch_op:
        batch_op.drop_column('resolution_date')
        batch_op.drop_column('resolution_number')
