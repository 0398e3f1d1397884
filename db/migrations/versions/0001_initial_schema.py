"""initial schema

Revision ID: 0001
Revises: -
Create Date: 2026-11-26 00:44:34.102696
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('applicant_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('eligible', sa.Boolean(), nullable=False),
    sa.Column('needs_nonprofit_proof', sa.Boolean(), nullable=False),
    sa.Column('needs_legal_capacity', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applicant_types')),
    sa.UniqueConstraint('code', name=op.f('uq_applicant_types_code'))
    )
    op.create_table('base_rates',
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('rate', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.PrimaryKeyConstraint('valid_from', name=op.f('pk_base_rates'))
    )
    op.create_table('config_values',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_config_values'))
    )
    op.create_table('document_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('valid_years', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_types')),
    sa.UniqueConstraint('code', name=op.f('uq_document_types_code'))
    )
    op.create_table('fields_of_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('guideline', sa.String(length=80), nullable=False),
    sa.Column('label', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fields_of_action')),
    sa.UniqueConstraint('guideline', 'name', name=op.f('uq_fields_of_action_guideline_name'))
    )
    op.create_table('interest_surcharges',
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('points', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.PrimaryKeyConstraint('valid_from', name=op.f('pk_interest_surcharges'))
    )
    op.create_table('letter_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('subject', sa.String(length=255), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_templates')),
    sa.UniqueConstraint('kind', name=op.f('uq_letter_templates_kind'))
    )
    op.create_table('life_phases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_life_phases')),
    sa.UniqueConstraint('code', name=op.f('uq_life_phases_code'))
    )
    op.create_table('programmes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('default_financing_type', sa.Enum('share', 'deficit', 'fixed_amount', 'full', name='financingtype', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('max_funding_rate', sa.Numeric(precision=7, scale=4), nullable=False),
    sa.Column('min_grant', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('max_grant', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('min_own_share', sa.Numeric(precision=7, scale=4), nullable=False),
    sa.Column('file_number_pattern', sa.String(length=80), nullable=False),
    sa.Column('proof_of_use_months', sa.Integer(), nullable=False),
    sa.Column('use_within_months', sa.Integer(), nullable=False),
    sa.Column('cost_line_tolerance', sa.Numeric(precision=7, scale=4), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programmes')),
    sa.UniqueConstraint('code', name=op.f('uq_programmes_code'))
    )
    op.create_table('social_areas',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_social_areas')),
    sa.UniqueConstraint('name', name=op.f('uq_social_areas_name'))
    )
    op.create_table('social_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('valid_from_year', sa.Integer(), nullable=False),
    sa.Column('valid_to_year', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_social_plans'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.Enum('reader', 'caseworker', 'supervisor', 'admin', name='role', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('budgets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('allocation', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('budget_position', sa.String(length=60), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_budgets_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budgets')),
    sa.UniqueConstraint('programme_id', 'fiscal_year', name=op.f('uq_budgets_programme_id_fiscal_year'))
    )
    op.create_table('file_number_counters',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_file_number_counters_programme_id_programmes')),
    sa.PrimaryKeyConstraint('programme_id', 'fiscal_year', name=op.f('pk_file_number_counters'))
    )
    op.create_table('goals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('social_plan_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('life_phase_id', sa.Integer(), nullable=True),
    sa.Column('field_of_action_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['field_of_action_id'], ['fields_of_action.id'], name=op.f('fk_goals_field_of_action_id_fields_of_action')),
    sa.ForeignKeyConstraint(['life_phase_id'], ['life_phases.id'], name=op.f('fk_goals_life_phase_id_life_phases')),
    sa.ForeignKeyConstraint(['social_plan_id'], ['social_plans.id'], name=op.f('fk_goals_social_plan_id_social_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goals')),
    sa.UniqueConstraint('social_plan_id', 'code', name=op.f('uq_goals_social_plan_id_code'))
    )
    op.create_table('municipalities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=12), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('population', sa.Integer(), nullable=True),
    sa.Column('population_year', sa.Integer(), nullable=True),
    sa.Column('in_district', sa.Boolean(), nullable=False),
    sa.Column('social_area_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['social_area_id'], ['social_areas.id'], name=op.f('fk_municipalities_social_area_id_social_areas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipalities')),
    sa.UniqueConstraint('key', name=op.f('uq_municipalities_key')),
    sa.UniqueConstraint('name', name=op.f('uq_municipalities_name'))
    )
    op.create_table('programme_applicant_types',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('applicant_type_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['applicant_type_id'], ['applicant_types.id'], name=op.f('fk_programme_applicant_types_applicant_type_id_applicant_types'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_programme_applicant_types_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('programme_id', 'applicant_type_id', name=op.f('pk_programme_applicant_types'))
    )
    op.create_table('required_documents',
    sa.Column('applicant_type_id', sa.Integer(), nullable=False),
    sa.Column('document_type_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['applicant_type_id'], ['applicant_types.id'], name=op.f('fk_required_documents_applicant_type_id_applicant_types'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_type_id'], ['document_types.id'], name=op.f('fk_required_documents_document_type_id_document_types'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('applicant_type_id', 'document_type_id', name=op.f('pk_required_documents'))
    )
    op.create_table('scoring_criteria',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('weight', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_scoring_criteria_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_criteria')),
    sa.UniqueConstraint('programme_id', 'code', name=op.f('uq_scoring_criteria_programme_id_code'))
    )
    op.create_table('applicants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('applicant_type_id', sa.Integer(), nullable=False),
    sa.Column('legal_form', sa.String(length=80), nullable=True),
    sa.Column('has_legal_capacity', sa.Boolean(), nullable=False),
    sa.Column('sponsor_name', sa.String(length=200), nullable=True),
    sa.Column('register_court', sa.String(length=80), nullable=True),
    sa.Column('register_number', sa.String(length=40), nullable=True),
    sa.Column('street', sa.String(length=120), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('city', sa.String(length=80), nullable=True),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('nonprofit_proof_kind', sa.Enum('exemption_notice', 'assessment_60a', name='nonprofitproofkind', native_enum=False, create_constraint=True, length=30), nullable=True),
    sa.Column('nonprofit_proof_date', sa.Date(), nullable=True),
    sa.Column('iban', sa.String(length=34), nullable=True),
    sa.Column('bic', sa.String(length=11), nullable=True),
    sa.Column('bank_name', sa.String(length=120), nullable=True),
    sa.Column('account_holder', sa.String(length=120), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['applicant_type_id'], ['applicant_types.id'], name=op.f('fk_applicants_applicant_type_id_applicant_types')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipalities.id'], name=op.f('fk_applicants_municipality_id_municipalities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applicants'))
    )
    with op.batch_alter_table('applicants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applicants_name'), ['name'], unique=False)

    op.create_table('measures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('target_indicator', sa.String(length=255), nullable=True),
    sa.Column('target_count', sa.Integer(), nullable=True),
    sa.Column('target_social_area_id', sa.Integer(), nullable=True),
    sa.Column('in_catalogue', sa.Boolean(), nullable=False),
    sa.Column('reference_cost', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goals.id'], name=op.f('fk_measures_goal_id_goals')),
    sa.ForeignKeyConstraint(['target_social_area_id'], ['social_areas.id'], name=op.f('fk_measures_target_social_area_id_social_areas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measures')),
    sa.UniqueConstraint('goal_id', 'code', name=op.f('uq_measures_goal_id_code'))
    )
    op.create_table('municipality_populations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('age_group', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipalities.id'], name=op.f('fk_municipality_populations_municipality_id_municipalities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipality_populations')),
    sa.UniqueConstraint('municipality_id', 'age_group', 'year', name=op.f('uq_municipality_populations_municipality_id_age_group_year'))
    )
    op.create_table('contact_persons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('applicant_id', sa.Integer(), nullable=False),
    sa.Column('salutation', sa.String(length=20), nullable=True),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('function', sa.String(length=120), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('anonymised_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['applicant_id'], ['applicants.id'], name=op.f('fk_contact_persons_applicant_id_applicants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_persons'))
    )
    op.create_table('applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_number', sa.String(length=40), nullable=True),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('idea', 'received', 'eligibility_check', 'documents_requested', 'social_plan_review', 'decision_proposed', 'approved', 'rejected', 'funding', 'proof_review', 'closed', 'withdrawn', name='status', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('applicant_id', sa.Integer(), nullable=False),
    sa.Column('contact_person_id', sa.Integer(), nullable=True),
    sa.Column('caseworker_id', sa.Integer(), nullable=True),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('life_phase_id', sa.Integer(), nullable=True),
    sa.Column('field_of_action_id', sa.Integer(), nullable=True),
    sa.Column('measure_id', sa.Integer(), nullable=True),
    sa.Column('catalogue_justification', sa.Text(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('project_started_on', sa.Date(), nullable=True),
    sa.Column('early_start_approved_on', sa.Date(), nullable=True),
    sa.Column('financing_type', sa.Enum('share', 'deficit', 'fixed_amount', 'full', name='financingtype', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('funding_rate', sa.Numeric(precision=7, scale=4), nullable=True),
    sa.Column('requested_amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('approved_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('paid_amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('final_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('retention_until', sa.Date(), nullable=True),
    sa.Column('anonymised_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('approved_amount IS NULL OR approved_amount >= 0', name=op.f('ck_applications_approved_non_negative')),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name=op.f('ck_applications_period_order')),
    sa.CheckConstraint('paid_amount >= 0', name=op.f('ck_applications_paid_non_negative')),
    sa.CheckConstraint('requested_amount >= 0', name=op.f('ck_applications_requested_non_negative')),
    sa.ForeignKeyConstraint(['applicant_id'], ['applicants.id'], name=op.f('fk_applications_applicant_id_applicants')),
    sa.ForeignKeyConstraint(['caseworker_id'], ['users.id'], name=op.f('fk_applications_caseworker_id_users')),
    sa.ForeignKeyConstraint(['contact_person_id'], ['contact_persons.id'], name=op.f('fk_applications_contact_person_id_contact_persons')),
    sa.ForeignKeyConstraint(['field_of_action_id'], ['fields_of_action.id'], name=op.f('fk_applications_field_of_action_id_fields_of_action')),
    sa.ForeignKeyConstraint(['life_phase_id'], ['life_phases.id'], name=op.f('fk_applications_life_phase_id_life_phases')),
    sa.ForeignKeyConstraint(['measure_id'], ['measures.id'], name=op.f('fk_applications_measure_id_measures')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipalities.id'], name=op.f('fk_applications_municipality_id_municipalities')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_applications_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applications')),
    sa.UniqueConstraint('file_number', name=op.f('uq_applications_file_number'))
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applications_applicant_id'), ['applicant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_caseworker_id'), ['caseworker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index('ix_applications_programme_year_status', ['programme_id', 'fiscal_year', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_status'), ['status'], unique=False)

    op.create_table('application_goals',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_application_goals_application_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['goal_id'], ['goals.id'], name=op.f('fk_application_goals_goal_id_goals')),
    sa.ForeignKeyConstraint(['measure_id'], ['measures.id'], name=op.f('fk_application_goals_measure_id_measures')),
    sa.PrimaryKeyConstraint('application_id', 'goal_id', name=op.f('pk_application_goals'))
    )
    op.create_table('audit_events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_name', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_audit_events_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_application_id'), ['application_id'], unique=False)
        batch_op.create_index('ix_audit_events_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('clawbacks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('interest_from', sa.Date(), nullable=True),
    sa.Column('interest_to', sa.Date(), nullable=True),
    sa.Column('interest_abs3', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('interest_abs4', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('interest_waived', sa.Boolean(), nullable=False),
    sa.Column('waiver_reason', sa.Text(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('repaid_on', sa.Date(), nullable=True),
    sa.Column('repaid_amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_clawbacks_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clawbacks'))
    )
    with op.batch_alter_table('clawbacks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clawbacks_application_id'), ['application_id'], unique=False)

    op.create_table('consultations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_consultations_application_id_applications')),
    sa.ForeignKeyConstraint(['staff_id'], ['users.id'], name=op.f('fk_consultations_staff_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultations'))
    )
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultations_application_id'), ['application_id'], unique=False)

    op.create_table('cost_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.Enum('personnel', 'material', 'fees', 'investment', 'other', name='costcategory', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('description', sa.String(length=255), nullable=False),
    sa.Column('planned_amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('eligible', sa.Boolean(), nullable=False),
    sa.CheckConstraint('planned_amount >= 0', name=op.f('ck_cost_lines_planned_non_negative')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_cost_lines_application_id_applications'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_lines'))
    )
    with op.batch_alter_table('cost_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cost_lines_application_id'), ['application_id'], unique=False)

    op.create_table('deadlines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('documents', 'hearing', 'proof_of_use', 'objection', 'retention', 'payment_use', 'follow_up', name='deadlinekind', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('assigned_to_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_by', sa.String(length=64), nullable=True),
    sa.Column('postpone_reason', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_deadlines_application_id_applications')),
    sa.ForeignKeyConstraint(['assigned_to_id'], ['users.id'], name=op.f('fk_deadlines_assigned_to_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadlines'))
    )
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deadlines_due_on'), ['due_on'], unique=False)
        batch_op.create_index('ix_deadlines_open_due', ['application_id', 'done_at', 'due_on'], unique=False)

    op.create_table('decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.Enum('approve', 'partial', 'reject', name='decisionoutcome', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('state', sa.Enum('proposed', 'confirmed', 'returned', name='decisionstate', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('funding_rate', sa.Numeric(precision=7, scale=4), nullable=True),
    sa.Column('financing_type', sa.Enum('share', 'deficit', 'fixed_amount', 'full', name='financingtype', native_enum=False, create_constraint=True, length=30), nullable=True),
    sa.Column('eligible_costs', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=True),
    sa.Column('proposed_by_id', sa.Integer(), nullable=False),
    sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('confirmed_by_id', sa.Integer(), nullable=True),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('returned_by_id', sa.Integer(), nullable=True),
    sa.Column('return_reason', sa.Text(), nullable=True),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('posted_on', sa.Date(), nullable=True),
    sa.Column('notified_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_decisions_application_id_applications')),
    sa.ForeignKeyConstraint(['confirmed_by_id'], ['users.id'], name=op.f('fk_decisions_confirmed_by_id_users')),
    sa.ForeignKeyConstraint(['proposed_by_id'], ['users.id'], name=op.f('fk_decisions_proposed_by_id_users')),
    sa.ForeignKeyConstraint(['returned_by_id'], ['users.id'], name=op.f('fk_decisions_returned_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decisions'))
    )
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decisions_application_id'), ['application_id'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_type_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('applicant_id', sa.Integer(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=True),
    sa.Column('content_type', sa.String(length=100), nullable=True),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('size', sa.Integer(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.CheckConstraint('application_id IS NOT NULL OR applicant_id IS NOT NULL', name=op.f('ck_documents_has_owner')),
    sa.ForeignKeyConstraint(['applicant_id'], ['applicants.id'], name=op.f('fk_documents_applicant_id_applicants')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_documents_application_id_applications')),
    sa.ForeignKeyConstraint(['document_type_id'], ['document_types.id'], name=op.f('fk_documents_document_type_id_document_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_applicant_id'), ['applicant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_application_id'), ['application_id'], unique=False)

    op.create_table('eligibility_results',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('checked_by', sa.String(length=64), nullable=False),
    sa.Column('override_justification', sa.Text(), nullable=True),
    sa.Column('overridden_by', sa.String(length=64), nullable=True),
    sa.Column('overridden_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_eligibility_results_application_id_applications'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eligibility_results')),
    sa.UniqueConstraint('application_id', 'rule', name=op.f('uq_eligibility_results_application_id_rule'))
    )
    with op.batch_alter_table('eligibility_results', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eligibility_results_application_id'), ['application_id'], unique=False)

    op.create_table('funding_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('own', 'third_party', 'other_income', name='fundingkind', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('planned_amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.CheckConstraint('planned_amount >= 0', name=op.f('ck_funding_lines_planned_non_negative')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_funding_lines_application_id_applications'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funding_lines'))
    )
    with op.batch_alter_table('funding_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funding_lines_application_id'), ['application_id'], unique=False)

    op.create_table('hearings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Enum('rejection', 'revocation', 'clawback', name='hearingpurpose', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('response_due', sa.Date(), nullable=False),
    sa.Column('response_received_on', sa.Date(), nullable=True),
    sa.Column('response_text', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_hearings_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hearings'))
    )
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hearings_application_id'), ['application_id'], unique=False)

    op.create_table('letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('subject', sa.String(length=255), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=True),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.Column('posted_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_letters_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letters'))
    )
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letters_application_id'), ['application_id'], unique=False)

    op.create_table('notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_notes_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_application_id'), ['application_id'], unique=False)

    op.create_table('payment_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('state', sa.Enum('open', 'paid', 'rejected', name='paymentrequeststate', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_payment_requests_amount_positive')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_payment_requests_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_requests'))
    )
    with op.batch_alter_table('payment_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_requests_application_id'), ['application_id'], unique=False)

    op.create_table('proofs_of_use',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('interim', sa.Boolean(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('report_text', sa.Text(), nullable=True),
    sa.Column('actual_total_costs', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('actual_eligible_costs', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('actual_own_funds', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('actual_third_party_funds', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('actual_other_income', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=True),
    sa.Column('checked_by', sa.String(length=64), nullable=True),
    sa.Column('result_note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_proofs_of_use_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proofs_of_use'))
    )
    with op.batch_alter_table('proofs_of_use', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proofs_of_use_application_id'), ['application_id'], unique=False)

    op.create_table('scores',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_scores_application_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['criterion_id'], ['scoring_criteria.id'], name=op.f('fk_scores_criterion_id_scoring_criteria')),
    sa.PrimaryKeyConstraint('application_id', 'criterion_id', name=op.f('pk_scores'))
    )
    op.create_table('status_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.Enum('idea', 'received', 'eligibility_check', 'documents_requested', 'social_plan_review', 'decision_proposed', 'approved', 'rejected', 'funding', 'proof_review', 'closed', 'withdrawn', name='from_status', native_enum=False, create_constraint=True, length=30), nullable=True),
    sa.Column('to_status', sa.Enum('idea', 'received', 'eligibility_check', 'documents_requested', 'social_plan_review', 'decision_proposed', 'approved', 'rejected', 'funding', 'proof_review', 'closed', 'withdrawn', name='to_status', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_name', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_status_changes_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_changes'))
    )
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_changes_application_id'), ['application_id'], unique=False)

    op.create_table('objections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('lodged_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('written', 'electronic', 'on_record', name='objectionchannel', native_enum=False, create_constraint=True, length=30), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('in_time', sa.Boolean(), nullable=True),
    sa.Column('grounds', sa.Text(), nullable=True),
    sa.Column('remedied', sa.Boolean(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_objections_application_id_applications')),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_objections_decision_id_decisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objections'))
    )
    with op.batch_alter_table('objections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objections_application_id'), ['application_id'], unique=False)

    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('payment_request_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('use_by', sa.Date(), nullable=True),
    sa.Column('reference', sa.String(length=140), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_payments_amount_positive')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_payments_application_id_applications')),
    sa.ForeignKeyConstraint(['payment_request_id'], ['payment_requests.id'], name=op.f('fk_payments_payment_request_id_payment_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_application_id'), ['application_id'], unique=False)

    op.create_table('proof_cost_lines',
    sa.Column('proof_id', sa.Integer(), nullable=False),
    sa.Column('cost_line_id', sa.Integer(), nullable=False),
    sa.Column('actual_amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['cost_line_id'], ['cost_lines.id'], name=op.f('fk_proof_cost_lines_cost_line_id_cost_lines')),
    sa.ForeignKeyConstraint(['proof_id'], ['proofs_of_use.id'], name=op.f('fk_proof_cost_lines_proof_id_proofs_of_use'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('proof_id', 'cost_line_id', name=op.f('pk_proof_cost_lines'))
    )


def downgrade() -> None:
    op.drop_table('proof_cost_lines')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_application_id'))

    op.drop_table('payments')
    with op.batch_alter_table('objections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objections_application_id'))

    op.drop_table('objections')
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_changes_application_id'))

    op.drop_table('status_changes')
    op.drop_table('scores')
    with op.batch_alter_table('proofs_of_use', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proofs_of_use_application_id'))

    op.drop_table('proofs_of_use')
    with op.batch_alter_table('payment_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_requests_application_id'))

    op.drop_table('payment_requests')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_application_id'))

    op.drop_table('notes')
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letters_application_id'))

    op.drop_table('letters')
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hearings_application_id'))

    op.drop_table('hearings')
    with op.batch_alter_table('funding_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funding_lines_application_id'))

    op.drop_table('funding_lines')
    with op.batch_alter_table('eligibility_results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eligibility_results_application_id'))

    op.drop_table('eligibility_results')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_application_id'))
        batch_op.drop_index(batch_op.f('ix_documents_applicant_id'))

    op.drop_table('documents')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decisions_application_id'))

    op.drop_table('decisions')
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.drop_index('ix_deadlines_open_due')
        batch_op.drop_index(batch_op.f('ix_deadlines_due_on'))

    op.drop_table('deadlines')
    with op.batch_alter_table('cost_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cost_lines_application_id'))

    op.drop_table('cost_lines')
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultations_application_id'))

    op.drop_table('consultations')
    with op.batch_alter_table('clawbacks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clawbacks_application_id'))

    op.drop_table('clawbacks')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_entity')
        batch_op.drop_index(batch_op.f('ix_audit_events_application_id'))

    op.drop_table('audit_events')
    op.drop_table('application_goals')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applications_status'))
        batch_op.drop_index('ix_applications_programme_year_status')
        batch_op.drop_index(batch_op.f('ix_applications_municipality_id'))
        batch_op.drop_index(batch_op.f('ix_applications_caseworker_id'))
        batch_op.drop_index(batch_op.f('ix_applications_applicant_id'))

    op.drop_table('applications')
    op.drop_table('contact_persons')
    op.drop_table('municipality_populations')
    op.drop_table('measures')
    with op.batch_alter_table('applicants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applicants_name'))

    op.drop_table('applicants')
    op.drop_table('scoring_criteria')
    op.drop_table('required_documents')
    op.drop_table('programme_applicant_types')
    op.drop_table('municipalities')
    op.drop_table('goals')
    op.drop_table('file_number_counters')
    op.drop_table('budgets')
    op.drop_table('users')
    op.drop_table('social_plans')
    op.drop_table('social_areas')
    op.drop_table('programmes')
    op.drop_table('life_phases')
    op.drop_table('letter_templates')
    op.drop_table('interest_surcharges')
    op.drop_table('fields_of_action')
    op.drop_table('document_types')
    op.drop_table('config_values')
    op.drop_table('base_rates')
    op.drop_table('applicant_types')
