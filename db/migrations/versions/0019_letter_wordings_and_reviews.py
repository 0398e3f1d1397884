"""Letter wordings and several reviewers (issue 23)

`letter_wordings`: the text blocks a caseworker reworded in one letter before issuing it (the generated and
the edited text, beside the issued PDF). `reviews` / `review_scores`: one score per reviewer and case (points
per criterion of the programme's scoring sheet, the weighted percentage and a comment). On PostgreSQL all three
are case data for caseworkers and admins (supervisors inherit; readers only read), audited by their triggers;
`letter_wordings` is append-only (an issued letter never changes).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 02:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0019'
down_revision: str | None = '0018'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'letter_wordings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('letter_id', sa.Integer(), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('block', sa.String(length=40), nullable=False),
        sa.Column('label', sa.String(length=160), nullable=False),
        sa.Column('generated', sa.Text(), nullable=False),
        sa.Column('edited', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                name=op.f('fk_letter_wordings_application_id_applications')),
        sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_letter_wordings_letter_id_letters')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_wordings')),
        sa.UniqueConstraint('letter_id', 'block', name=op.f('uq_letter_wordings_letter_id_block')),
    )
    with op.batch_alter_table('letter_wordings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_wordings_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letter_wordings_letter_id'), ['letter_id'], unique=False)
    op.create_table(
        'reviews',
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('reviewer', sa.String(length=64), nullable=False),
        sa.Column('percent', sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column('comment', sa.Text(), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                name=op.f('fk_reviews_application_id_applications'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('application_id', 'reviewer', name=op.f('pk_reviews')),
    )
    op.create_table(
        'review_scores',
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('reviewer', sa.String(length=64), nullable=False),
        sa.Column('criterion_id', sa.Integer(), nullable=False),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                name=op.f('fk_review_scores_application_id_applications'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['criterion_id'], ['scoring_criteria.id'],
                                name=op.f('fk_review_scores_criterion_id_scoring_criteria')),
        sa.PrimaryKeyConstraint('application_id', 'reviewer', 'criterion_id', name=op.f('pk_review_scores')),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
    DO $$ BEGIN
        EXECUTE format('GRANT SELECT ON letter_wordings, reviews, review_scores TO %I', fd_group('reader'));
        EXECUTE format('GRANT SELECT, INSERT ON letter_wordings TO %I, %I', fd_group('caseworker'), fd_group('admin'));
        -- anonymisation after the retention period empties the reworded text (app.administration.data_protection)
        EXECUTE format('GRANT UPDATE (generated, edited) ON letter_wordings TO %I', fd_group('admin'));
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON reviews, review_scores TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT USAGE ON SEQUENCE letter_wordings_id_seq TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
    END $$""")
    for table, entity, keys in (("letter_wordings", "LetterWording", "id"),
                                ("reviews", "Review", "application_id,reviewer"),
                                ("review_scores", "ReviewScore", "application_id,reviewer,criterion_id")):
        op.execute(f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION fd_audit('{entity}', '', '{keys}', 'column', '')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("letter_wordings", "reviews", "review_scores"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {table}")
    op.drop_table('review_scores')
    op.drop_table('reviews')
    with op.batch_alter_table('letter_wordings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_wordings_letter_id'))
        batch_op.drop_index(batch_op.f('ix_letter_wordings_application_id'))
    op.drop_table('letter_wordings')
