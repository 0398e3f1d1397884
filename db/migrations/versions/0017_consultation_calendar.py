"""Consultations of their own: contact, topic, status and follow-up; the idea recorded from one

- A consultation (Beratungstermin) no longer needs a project idea first: `application_id` becomes optional and
  names the idea recorded from the talk. The contact is a registered applicant (`applicant_id`) or a free name
  with phone or e-mail; `topic`, `status` (booked, held, cancelled), `follow_up_on` and the follow-up deadline
  (`deadline_id`) are new. Existing rows take topic and applicant from their idea; past ones count as held.
- One advisor, one slot: a unique index over advisor, day and start of the bookings not cancelled.
- PostgreSQL: the audit trigger is created anew with the contact's name, phone and e-mail as personal fields
  (the program's list is `app.kernel.audit.PERSONAL`). The table's privileges (schema 0008) cover the new columns.
- Downgrade: consultations without an idea cannot be kept by the older schema and are deleted.

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-07 02:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERSONAL_BEFORE, PERSONAL_AFTER = "notes", "notes,contact_name,contact_phone,contact_email"
ACTIVE = sa.text("status <> 'cancelled'")


def _retrigger(personal: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS consultations_audit ON consultations")
    op.execute("CREATE TRIGGER consultations_audit AFTER INSERT OR UPDATE OR DELETE ON consultations FOR EACH ROW "
               f"EXECUTE FUNCTION fd_audit('Consultation', '{personal}', 'id', 'column', '')")


def upgrade() -> None:
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('applicant_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('contact_name', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('contact_phone', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('contact_email', sa.String(length=254), nullable=True))
        batch_op.add_column(sa.Column('topic', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('status', sa.Enum('booked', 'held', 'cancelled', name='consultationstatus',
                                                        native_enum=False, create_constraint=True, length=30),
                                      nullable=True))
        batch_op.add_column(sa.Column('follow_up_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('deadline_id', sa.Integer(), nullable=True))
        batch_op.alter_column('application_id', existing_type=sa.INTEGER(), nullable=True)
    op.execute("UPDATE consultations SET "
               "topic = (SELECT substr(a.title, 1, 255) FROM applications a WHERE a.id = consultations.application_id), "
               "applicant_id = (SELECT a.applicant_id FROM applications a "
               "WHERE a.id = consultations.application_id), "
               "status = CASE WHEN \"on\" < CURRENT_DATE THEN 'held' ELSE 'booked' END")
    op.execute("UPDATE consultations SET topic = 'Beratung' WHERE topic IS NULL")
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.alter_column('topic', existing_type=sa.String(length=255), nullable=False)
        batch_op.alter_column('status', existing_type=sa.String(length=30), nullable=False)
        batch_op.create_index(batch_op.f('ix_consultations_applicant_id'), ['applicant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultations_on'), ['on'], unique=False)
        batch_op.create_index('uq_consultations_advisor_slot', ['staff_id', 'on', 'start_time'], unique=True,
                              sqlite_where=ACTIVE, postgresql_where=ACTIVE)
        batch_op.create_foreign_key(batch_op.f('fk_consultations_applicant_id_applicants'), 'applicants',
                                    ['applicant_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_consultations_deadline_id_deadlines'), 'deadlines',
                                    ['deadline_id'], ['id'])
    _retrigger(PERSONAL_AFTER)


def downgrade() -> None:
    _retrigger(PERSONAL_BEFORE)
    op.execute("DELETE FROM consultations WHERE application_id IS NULL")
    # outside the batch: SQLite's copy of the table would otherwise recreate the index over a dropped column
    op.drop_index('uq_consultations_advisor_slot', table_name='consultations')
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_consultations_deadline_id_deadlines'), type_='foreignkey')
        batch_op.drop_constraint('consultationstatus', type_='check')
        batch_op.drop_constraint(batch_op.f('fk_consultations_applicant_id_applicants'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_consultations_on'))
        batch_op.drop_index(batch_op.f('ix_consultations_applicant_id'))
        batch_op.alter_column('application_id', existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column('deadline_id')
        batch_op.drop_column('follow_up_on')
        batch_op.drop_column('status')
        batch_op.drop_column('topic')
        batch_op.drop_column('contact_email')
        batch_op.drop_column('contact_phone')
        batch_op.drop_column('contact_name')
        batch_op.drop_column('applicant_id')
