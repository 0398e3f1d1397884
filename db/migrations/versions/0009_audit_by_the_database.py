"""The audit trail is written and sealed by the database (PostgreSQL), keyed with a secret; anchors

- `audit_key`: one random secret (32 bytes). On PostgreSQL no login but the schema owner can read it.
- `audit_chain.keyed_from` (and `keyed_to` in an SQLite copy): the chain links sealed with that key
  (HMAC-SHA-256) inside the database.
- PostgreSQL: every audited table has an AFTER row trigger that writes the audit rows itself, with the
  FörderDesk user behind the login, the login (`session_user`) and the use case the program named
  (`foerderdesk.action`, `foerderdesk.reason`; a change made outside FörderDesk is labelled "direkt"). At
  commit a deferred trigger seals the transaction's new rows into the chain. Nobody but the owner may insert,
  change or delete audit rows or the chain head. `fd_audit_forged` and `fd_audit_anchor*` let the program verify
  the keyed links and sign checkpoints without ever showing the key.
- SQLite: the program keeps writing and sealing the trail (SHA-256); the key only signs anchors.
- An index on the unsealed rows keeps the sealing step short.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 21:40:00
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, entity as the program names it, personal fields (masked), primary key, how to find the case, binary)
# frozen at this revision; a later migration that adds a table adds its trigger (docs/developing.md)
AUDITED = (
    ("applicant_types", "ApplicantType", "", "id", "none", ""),
    ("base_rates", "BaseRate", "", "valid_from", "none", ""),
    ("config_values", "ConfigValue", "", "key", "none", ""),
    ("document_types", "DocumentType", "", "id", "none", ""),
    ("export_batches", "ExportBatch", "", "id", "none", ""),
    ("fields_of_action", "FieldOfAction", "", "id", "none", ""),
    ("interest_surcharges", "InterestSurcharge", "", "valid_from", "none", ""),
    ("letter_templates", "LetterTemplate", "", "id", "none", ""),
    ("life_phases", "LifePhase", "", "id", "none", ""),
    ("programmes", "Programme", "", "id", "none", ""),
    ("social_areas", "SocialArea", "", "id", "none", ""),
    ("social_plans", "SocialPlan", "", "id", "none", ""),
    ("users", "User", "password_hash", "id", "none", ""),
    ("budgets", "Budget", "", "id", "none", ""),
    ("file_number_counters", "FileNumberCounter", "", "programme_id,fiscal_year", "none", ""),
    ("goals", "Goal", "", "id", "none", ""),
    ("municipalities", "Municipality", "", "id", "none", ""),
    ("scoring_criteria", "ScoringCriterion", "", "id", "none", ""),
    ("applicants", "Applicant", "", "id", "none", ""),
    ("measures", "Measure", "", "id", "none", ""),
    ("municipality_populations", "MunicipalityPopulation", "", "id", "none", ""),
    ("bank_accounts", "BankAccount", "", "id", "none", ""),
    ("contact_persons", "ContactPerson", "name,email,phone,salutation", "id", "none", ""),
    ("applications", "Application", "", "id", "self", ""),
    ("application_goals", "ApplicationGoal", "", "application_id,goal_id", "column", ""),
    ("clawbacks", "Clawback", "", "id", "column", ""),
    ("consultations", "Consultation", "notes", "id", "column", ""),
    ("cost_lines", "CostLine", "", "id", "column", ""),
    ("deadlines", "Deadline", "", "id", "column", ""),
    ("decisions", "Decision", "", "id", "column", ""),
    ("documents", "Document", "", "id", "column", "content"),
    ("eligibility_results", "EligibilityResult", "", "id", "column", ""),
    ("funding_lines", "FundingLine", "", "id", "column", ""),
    ("hearings", "Hearing", "response_text", "id", "column", ""),
    ("letters", "Letter", "", "id", "column", "pdf"),
    ("notes", "Note", "text", "id", "column", ""),
    ("payment_instalments", "PaymentInstalment", "", "id", "column", ""),
    ("payment_requests", "PaymentRequest", "", "id", "column", ""),
    ("proofs_of_use", "ProofOfUse", "", "id", "column", ""),
    ("scores", "Score", "", "application_id,criterion_id", "column", ""),
    ("objections", "Objection", "grounds", "id", "column", ""),
    ("payments", "Payment", "", "id", "column", ""),
    ("proof_cost_lines", "ProofCostLine", "", "proof_id,cost_line_id", "proof", ""),
    ("receipts", "Receipt", "", "id", "proof", ""),
    ("reminders", "Reminder", "", "id", "none", ""),
    ("repayments", "Repayment", "", "id", "none", ""),
    ("sample_draws", "SampleDraw", "", "id", "proof", ""),
    ("payment_orders", "PaymentOrder", "", "id", "column", ""),
)
# many-to-many link tables: recorded as a change of the owner's list, as the program records them
LINKS = (
    ("programme_applicant_types", "Programme", "programme_id", "allowed_applicant_types", "applicant_type_id"),
    ("required_documents", "ApplicantType", "applicant_type_id", "required_documents", "document_type_id"),
)
CONTENT = ("id", "at", "user_name", "action", "entity", "entity_id", "application_id", "field", "old_value",
           "new_value", "reason", "db_login")

FUNCTIONS = r"""
CREATE FUNCTION fd_audit_user() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT username FROM users WHERE id = fd_person_id()),
                    nullif(current_setting('foerderdesk.person', true), ''), session_user::text)
$$;

CREATE FUNCTION fd_audit_render(value jsonb, is_binary boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN value IS NULL OR jsonb_typeof(value) = 'null' THEN NULL
        WHEN is_binary THEN '<' || ((length(value #>> '{}') - 2) / 2) || ' Bytes>'
        WHEN jsonb_typeof(value) = 'boolean' THEN CASE WHEN value = 'true'::jsonb THEN 'True' ELSE 'False' END
        WHEN length(value #>> '{}') > 2000 THEN left(value #>> '{}', 2000) || '…'
        ELSE value #>> '{}'
    END
$$;

CREATE FUNCTION fd_audit_write(entity text, entity_key text, case_id bigint, field text, old_value text,
                               new_value text) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    INSERT INTO audit_events (at, user_name, action, entity, entity_id, application_id, field, old_value,
                              new_value, reason, db_login)
    VALUES (now(), fd_audit_user(),
            left(coalesce(nullif(current_setting('foerderdesk.action', true), ''), 'direkt'), 40),
            entity, entity_key, case_id, field, old_value, new_value,
            nullif(current_setting('foerderdesk.reason', true), ''), session_user)
$$;

CREATE FUNCTION fd_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    entity text := TG_ARGV[0];
    personal text[] := string_to_array(TG_ARGV[1], ',');
    keys text[] := string_to_array(TG_ARGV[2], ',');
    case_mode text := TG_ARGV[3];
    binary_columns text[] := string_to_array(TG_ARGV[4], ',');
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    data jsonb := coalesce(new_row, old_row);
    entity_key text;
    case_id bigint;
    col text;
    before_value text;
    after_value text;
    snapshot text;
BEGIN
    SELECT string_agg(data ->> k, '/' ORDER BY n) INTO entity_key FROM unnest(keys) WITH ORDINALITY AS u(k, n);
    case_id := CASE case_mode
        WHEN 'self' THEN (data ->> 'id')::bigint
        WHEN 'column' THEN (data ->> 'application_id')::bigint
        WHEN 'proof' THEN (SELECT application_id FROM proofs_of_use WHERE id = (data ->> 'proof_id')::bigint)
    END;
    IF TG_OP = 'UPDATE' THEN
        FOR col IN SELECT attname FROM pg_attribute WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped
                   ORDER BY attnum LOOP
            CONTINUE WHEN col IN ('version', 'created_at', 'updated_at');
            before_value := fd_audit_render(old_row -> col, col = ANY(binary_columns));
            after_value := fd_audit_render(new_row -> col, col = ANY(binary_columns));
            CONTINUE WHEN before_value IS NOT DISTINCT FROM after_value;
            IF col = ANY(personal) THEN
                before_value := CASE WHEN before_value IS NOT NULL THEN '‹personenbezogen›' END;
                after_value := CASE WHEN after_value IS NOT NULL THEN '‹personenbezogen›' END;
            END IF;
            PERFORM fd_audit_write(entity, entity_key, case_id, col, before_value, after_value);
        END LOOP;
        RETURN NULL;
    END IF;
    SELECT jsonb_object_agg(key, CASE WHEN key = ANY(personal) THEN '‹personenbezogen›'
                                      ELSE fd_audit_render(value, key = ANY(binary_columns)) END)::text
      INTO snapshot
      FROM jsonb_each(data) WHERE key NOT IN ('version', 'created_at', 'updated_at') AND jsonb_typeof(value) <> 'null';
    IF TG_OP = 'INSERT' THEN
        PERFORM fd_audit_write(entity, entity_key, case_id, NULL, NULL, coalesce(snapshot, '{}'));
    ELSE
        PERFORM fd_audit_write(entity, entity_key, case_id, NULL, coalesce(snapshot, '{}'), NULL);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION fd_audit_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    entity text := TG_ARGV[0];
    owner_column text := TG_ARGV[1];
    field text := TG_ARGV[2];
    member_column text := TG_ARGV[3];
    data jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    owner_key text := data ->> owner_column;
    member text := data ->> member_column;
    now_members text[];
    before_members text[];
BEGIN
    EXECUTE format('SELECT coalesce(array_agg(%I::text ORDER BY %I::text COLLATE "C"), ''{}'') FROM %I WHERE %I::text = $1',
                   member_column, member_column, TG_TABLE_NAME, owner_column)
       INTO now_members USING owner_key;
    IF TG_OP = 'INSERT' THEN
        before_members := array_remove(now_members, member);
    ELSE
        SELECT coalesce(array_agg(m ORDER BY m COLLATE "C"), '{}') INTO before_members
          FROM unnest(array_append(now_members, member)) AS m;
    END IF;
    PERFORM fd_audit_write(entity, owner_key, NULL, field, to_jsonb(before_members)::text,
                           to_jsonb(now_members)::text);
    RETURN NULL;
END
$$;

CREATE FUNCTION fd_audit_canonical(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_array(e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), e.user_name, e.action, e.entity,
                             e.entity_id, e.application_id, e.field, e.old_value, e.new_value, e.reason,
                             e.db_login)::text
$$;

CREATE FUNCTION fd_audit_link_hash(previous text, e audit_events, secret bytea) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT encode(hmac(convert_to(coalesce(previous, '') || '|' || fd_audit_canonical(e), 'UTF8'), secret,
                       'sha256'), 'hex')
$$;

CREATE FUNCTION fd_audit_seal() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    seq bigint;
    previous text;
    secret bytea;
    digest text;
    e audit_events;
BEGIN
    IF (SELECT chain_seq FROM audit_events WHERE id = NEW.id) IS NOT NULL THEN
        RETURN NULL;  -- sealed together with an earlier row of this transaction
    END IF;
    SELECT last_seq, last_hash INTO seq, previous FROM audit_chain WHERE id = 1 FOR UPDATE;
    SELECT key INTO secret FROM audit_key WHERE id = 1;
    FOR e IN SELECT * FROM audit_events WHERE chain_seq IS NULL ORDER BY id LOOP
        seq := seq + 1;
        digest := fd_audit_link_hash(previous, e, secret);
        UPDATE audit_events SET chain_seq = seq, prev_hash = previous, hash = digest WHERE id = e.id;
        previous := digest;
    END LOOP;
    UPDATE audit_chain SET last_seq = seq, last_hash = previous WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE FUNCTION fd_audit_forged(from_seq bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT min(e.chain_seq) FROM audit_events e, audit_key k
     WHERE k.id = 1 AND e.chain_seq >= from_seq AND e.hash IS DISTINCT FROM fd_audit_link_hash(e.prev_hash, e, k.key)
$$;

CREATE FUNCTION fd_audit_anchor_signature(database_name text, entries bigint, head text, made_at text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT encode(hmac(convert_to(format('foerderdesk-anker|%s|%s|%s|%s', database_name, entries,
                                         coalesce(head, ''), made_at), 'UTF8'), key, 'sha256'), 'hex')
      FROM audit_key WHERE id = 1
$$;

CREATE FUNCTION fd_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND {unchanged} THEN
        RETURN NEW;  -- the one-time sealing at commit
    END IF;
    RAISE EXCEPTION 'audit_events is append-only (%)', TG_OP;
END
$$ LANGUAGE plpgsql;
""".replace("{unchanged}", " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in CONTENT))


def _pg_upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    op.execute(FUNCTIONS)
    op.execute("DROP TRIGGER IF EXISTS audit_events_no_change ON audit_events")
    op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
    op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
    op.execute("CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
               "FOR EACH ROW EXECUTE FUNCTION fd_audit_append_only()")
    op.execute("CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
               "FOR EACH STATEMENT EXECUTE FUNCTION fd_audit_append_only()")
    op.execute("CREATE CONSTRAINT TRIGGER audit_events_seal AFTER INSERT ON audit_events "
               "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fd_audit_seal()")
    for table, entity, personal, keys, case_mode, binary in AUDITED:
        op.execute(f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION fd_audit('{entity}', '{personal}', '{keys}', '{case_mode}', '{binary}')")
    for table, entity, owner, field, member in LINKS:
        op.execute(f"CREATE TRIGGER {table}_audit AFTER INSERT OR DELETE ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION fd_audit_link('{entity}', '{owner}', '{field}', '{member}')")
    op.execute("""
    DO $$
    BEGIN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON audit_events, audit_chain FROM %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('REVOKE UPDATE (chain_seq, prev_hash, hash) ON audit_events FROM %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_audit_forged(bigint) TO %I', fd_group('reader'));
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_audit_anchor_signature(text, bigint, text, text) TO %I',
                       fd_group('reader'));
    END $$""")
    for function in ("fd_audit_forged(bigint)", "fd_audit_anchor_signature(text, bigint, text, text)",
                     "fd_audit_write(text, text, bigint, text, text, text)"):
        op.execute(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC")
    op.execute("REVOKE ALL ON audit_key FROM PUBLIC")


def upgrade() -> None:
    op.create_table(
        'audit_key',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_key')),
    )
    op.execute(sa.text("INSERT INTO audit_key (id, key) VALUES (1, :key)").bindparams(key=os.urandom(32)))
    with op.batch_alter_table('audit_chain', schema=None) as batch_op:
        batch_op.add_column(sa.Column('keyed_from', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('keyed_to', sa.BigInteger(), nullable=True))
    op.create_index('ix_audit_events_unsealed', 'audit_events', ['id'], unique=False,
                    postgresql_where=sa.text('chain_seq IS NULL'), sqlite_where=sa.text('chain_seq IS NULL'))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE audit_chain SET keyed_from = last_seq + 1 WHERE id = 1")
        _pg_upgrade()


OLD_CONTENT = CONTENT[:-1]  # as schema 0003 left it, without db_login
OLD_APPEND_ONLY = """
CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND {unchanged} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only (%)', TG_OP;
END
$$ LANGUAGE plpgsql
""".replace("{unchanged}", " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in OLD_CONTENT))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_change ON audit_events")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS fd_audit_append_only()")
        op.execute(OLD_APPEND_ONLY)
        op.execute("CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
                   "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()")
        op.execute("CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()")
        for table, *_rest in (*AUDITED, *LINKS):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {table}")
        op.execute("DROP TRIGGER IF EXISTS audit_events_seal ON audit_events")
        for function in ("fd_audit_seal()", "fd_audit_forged(bigint)",
                         "fd_audit_anchor_signature(text, bigint, text, text)", "fd_audit_link()", "fd_audit()",
                         "fd_audit_write(text, text, bigint, text, text, text)", "fd_audit_render(jsonb, boolean)",
                         "fd_audit_user()"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
        op.execute("DROP FUNCTION IF EXISTS fd_audit_link_hash(text, audit_events, bytea)")
        op.execute("DROP FUNCTION IF EXISTS fd_audit_canonical(audit_events)")
        op.execute("""
        DO $$
        BEGIN
            EXECUTE format('GRANT INSERT ON audit_events TO %I, %I', fd_group('caseworker'), fd_group('admin'));
            EXECUTE format('GRANT UPDATE (chain_seq, prev_hash, hash) ON audit_events TO %I, %I',
                           fd_group('caseworker'), fd_group('admin'));
            EXECUTE format('GRANT UPDATE ON audit_chain TO %I, %I', fd_group('caseworker'), fd_group('admin'));
        END $$""")
    op.drop_index('ix_audit_events_unsealed', table_name='audit_events')
    with op.batch_alter_table('audit_chain', schema=None) as batch_op:
        batch_op.drop_column('keyed_to')
        batch_op.drop_column('keyed_from')
    op.drop_table('audit_key')
