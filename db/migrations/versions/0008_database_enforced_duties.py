"""The database enforces who may do what (PostgreSQL): group roles, person logins, four eyes, sealed orders

Nothing changes on SQLite (a single workstation: the program's checks and the second person's password).

On PostgreSQL, every person connects with their own login (`users.db_login`), which is a member of one of four
group roles named after the database (`<db>_reader`, `<db>_caseworker`, `<db>_supervisor`, `<db>_admin`).
The role that runs this migration owns the schema and every function below (it needs CREATEROLE); it is the
maintenance login of administrators, not a person.

- Privileges: readers read; caseworkers (and supervisors, who are members of the caseworker group) write case
  data, may only append to the status history and the export batches, and write no user, programme, budget or
  setting (except their own saved import mappings, by row-level security); administrators write reference
  data and users, and case data for data protection and merging. Nobody but the owner changes the schema.
- `fd_person_id()` is the FörderDesk user behind `session_user`. A maintenance login (a member of the owner
  role) may name the person it acts for with `SET foerderdesk.person`; a person login cannot.
- Triggers, checked against that person whatever program sends the SQL: a decision is proposed and confirmed
  only in one's own name, confirmed only by a supervisor who did not propose it, and does not change once
  confirmed; a payment order is signed only in one's own name, "rechnerisch richtig" only by a supervisor who
  did not sign "sachlich richtig", and its content does not change (nor is it deleted) once signed; the
  approved amount of a case is always the amount of its newest confirmed decision (checked at commit).
- Users: inserting or changing a user with a `db_login` creates the login if needed, puts it into exactly the
  group of the user's role, and disables it (NOLOGIN) when the user is deactivated.
- The shared application role of earlier versions (`db grant-app-role`) loses every table privilege.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 21:00:00
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ("reader", "caseworker", "supervisor", "admin")

# frozen at this revision; a later migration that adds a table grants it (see docs/developing.md)
CASE_TABLES = (
    "applications", "application_goals", "applicants", "bank_accounts", "contact_persons", "consultations",
    "cost_lines", "funding_lines", "deadlines", "documents", "eligibility_results", "hearings", "letters", "notes",
    "payment_instalments", "payment_requests", "payments", "proofs_of_use", "proof_cost_lines", "receipts",
    "sample_draws", "scores", "objections", "clawbacks", "reminders", "repayments", "file_number_counters",
    "decisions", "payment_orders")
APPEND_ONLY = ("status_changes", "export_batches")
ADMIN_TABLES = (
    "users", "programmes", "budgets", "applicant_types", "document_types", "letter_templates", "config_values",
    "base_rates", "interest_surcharges", "social_plans", "goals", "measures", "fields_of_action", "life_phases",
    "municipalities", "social_areas", "scoring_criteria", "programme_applicant_types", "required_documents",
    "municipality_populations")
AUDIT_TABLES = ("audit_events", "audit_chain")

FUNCTIONS = r"""
CREATE FUNCTION fd_group(kind text) RETURNS name LANGUAGE sql STABLE AS $$
    SELECT (left(current_database(), 48) || '_' || kind)::name
$$;

CREATE FUNCTION fd_is_maintenance() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, '{owner}', 'MEMBER')
$$;

CREATE FUNCTION fd_person_id() RETURNS integer LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    uid integer;
BEGIN
    SELECT id INTO uid FROM users WHERE db_login = session_user AND active;
    IF FOUND THEN
        RETURN uid;
    END IF;
    IF fd_is_maintenance() THEN
        SELECT id INTO uid FROM users
         WHERE username = nullif(current_setting('foerderdesk.person', true), '') AND active;
        RETURN uid;  -- NULL: the owner at work without a person (migrations, set-up)
    END IF;
    RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = format('Die Datenbankanmeldung »%s« gehört zu keinem aktiven FörderDesk-Benutzer.', session_user);
END
$$;

CREATE FUNCTION fd_person_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT role FROM users WHERE id = fd_person_id()
$$;

CREATE FUNCTION fd_refuse(message text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = message;
END
$$;

CREATE FUNCTION fd_decisions_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    me integer := fd_person_id();
    my_role text := fd_person_role();
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.state = 'confirmed' THEN
            PERFORM fd_refuse('Ein bestätigter Bescheid kann nicht gelöscht werden.');
        END IF;
        RETURN OLD;
    END IF;
    IF me IS NULL THEN
        RETURN NEW;  -- the owner without a person: migrations and set-up
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.proposed_by_id IS DISTINCT FROM me THEN
            PERFORM fd_refuse('Einen Bescheid kann man nur im eigenen Namen vorschlagen.');
        END IF;
        IF NEW.confirmed_by_id IS NOT NULL OR NEW.state = 'confirmed' THEN
            PERFORM fd_refuse('Ein Bescheid wird vorgeschlagen und danach von einer zweiten Person bestätigt.');
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.state = 'confirmed' AND (
        NEW.application_id, NEW.outcome, NEW.state, NEW.amount, NEW.funding_rate, NEW.financing_type,
        NEW.eligible_costs, NEW.reasons, NEW.conditions, NEW.proposed_by_id, NEW.confirmed_by_id,
        NEW.confirmed_at, NEW.decision_date
    ) IS DISTINCT FROM (
        OLD.application_id, OLD.outcome, OLD.state, OLD.amount, OLD.funding_rate, OLD.financing_type,
        OLD.eligible_costs, OLD.reasons, OLD.conditions, OLD.proposed_by_id, OLD.confirmed_by_id,
        OLD.confirmed_at, OLD.decision_date) THEN
        PERFORM fd_refuse('Ein bestätigter Bescheid ist unveränderlich.');
    END IF;
    IF NEW.proposed_by_id IS DISTINCT FROM OLD.proposed_by_id THEN
        PERFORM fd_refuse('Wer einen Bescheid vorgeschlagen hat, lässt sich nicht ändern.');
    END IF;
    IF NEW.confirmed_by_id IS DISTINCT FROM OLD.confirmed_by_id OR
       (NEW.state = 'confirmed' AND OLD.state IS DISTINCT FROM 'confirmed') THEN
        IF NEW.confirmed_by_id IS DISTINCT FROM me THEN
            PERFORM fd_refuse('Einen Bescheid kann man nur im eigenen Namen bestätigen.');
        END IF;
        IF my_role IS DISTINCT FROM 'supervisor' THEN
            PERFORM fd_refuse('Bescheide bestätigt nur die Sachgebietsleitung.');
        END IF;
        IF NEW.confirmed_by_id = NEW.proposed_by_id THEN
            PERFORM fd_refuse('Vier-Augen-Prinzip: Wer den Bescheid vorgeschlagen hat, darf ihn nicht bestätigen.');
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION fd_payment_orders_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    me integer := fd_person_id();
    my_name text := (SELECT username FROM users WHERE id = me);
    my_role text := fd_person_role();
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.factual_by IS NOT NULL THEN
            PERFORM fd_refuse(format('Die gezeichnete Auszahlungsanordnung Nr. %s kann nicht gelöscht werden.', OLD.id));
        END IF;
        RETURN OLD;
    END IF;
    IF me IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.factual_by IS NOT NULL OR NEW.arithmetic_by IS NOT NULL THEN
            PERFORM fd_refuse('Eine Auszahlungsanordnung wird ungezeichnet angelegt.');
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.factual_by IS NOT NULL AND (
        NEW.application_id, NEW.payment_request_id, NEW.instalment_id, NEW.amount, NEW.due_on,
        NEW.budget_position, NEW.purpose, NEW.payee, NEW.iban, NEW.bic, NEW.factual_by, NEW.factual_at,
        NEW.factual_seal
    ) IS DISTINCT FROM (
        OLD.application_id, OLD.payment_request_id, OLD.instalment_id, OLD.amount, OLD.due_on,
        OLD.budget_position, OLD.purpose, OLD.payee, OLD.iban, OLD.bic, OLD.factual_by, OLD.factual_at,
        OLD.factual_seal) THEN
        PERFORM fd_refuse(format('Die Auszahlungsanordnung Nr. %s ist gezeichnet; ihr Inhalt ist unveränderlich.',
                                 OLD.id));
    END IF;
    IF OLD.arithmetic_by IS NOT NULL AND (NEW.arithmetic_by, NEW.arithmetic_at, NEW.arithmetic_seal)
        IS DISTINCT FROM (OLD.arithmetic_by, OLD.arithmetic_at, OLD.arithmetic_seal) THEN
        PERFORM fd_refuse(format('Die Anordnung der Auszahlungsanordnung Nr. %s ist unveränderlich.', OLD.id));
    END IF;
    IF OLD.factual_by IS NULL AND NEW.factual_by IS NOT NULL THEN
        IF NEW.factual_by IS DISTINCT FROM my_name THEN
            PERFORM fd_refuse('»Sachlich richtig« zeichnet man nur im eigenen Namen.');
        END IF;
        IF my_role NOT IN ('caseworker', 'supervisor') THEN
            PERFORM fd_refuse('»Sachlich richtig« zeichnet nur die Sachbearbeitung.');
        END IF;
    END IF;
    IF OLD.arithmetic_by IS NULL AND NEW.arithmetic_by IS NOT NULL THEN
        IF NEW.arithmetic_by IS DISTINCT FROM my_name THEN
            PERFORM fd_refuse('»Rechnerisch richtig« zeichnet man nur im eigenen Namen.');
        END IF;
        IF my_role IS DISTINCT FROM 'supervisor' THEN
            PERFORM fd_refuse('»Rechnerisch richtig« zeichnet und ordnet nur die Sachgebietsleitung an.');
        END IF;
        IF NEW.factual_by IS NULL OR NEW.arithmetic_by = NEW.factual_by THEN
            PERFORM fd_refuse('Zwei Unterschriften: Wer »sachlich richtig« gezeichnet hat, zeichnet nicht auch '
                              '»rechnerisch richtig«.');
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION fd_approved_amount_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    decided numeric;
    found_one boolean;
BEGIN
    IF fd_person_id() IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.approved_amount IS NOT NULL AND fd_person_role() IS DISTINCT FROM 'supervisor' THEN
            PERFORM fd_refuse('Einen bewilligten Betrag übernimmt nur die Sachgebietsleitung.');
        END IF;
        RETURN NULL;
    END IF;
    SELECT amount, true INTO decided, found_one FROM decisions
     WHERE application_id = NEW.id AND state = 'confirmed' AND outcome <> 'reject'
     ORDER BY confirmed_at DESC, id DESC LIMIT 1;
    IF NOT coalesce(found_one, false) OR NEW.approved_amount IS DISTINCT FROM decided THEN
        PERFORM fd_refuse(format('Der bewilligte Betrag des Vorgangs %s folgt nur einem bestätigten Bescheid.',
                                 NEW.file_number));
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION fd_users_sync_login() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    kind text;
    target record;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.db_login IS NOT NULL AND OLD.db_login IS DISTINCT FROM NEW.db_login THEN
        FOREACH kind IN ARRAY ARRAY['reader', 'caseworker', 'supervisor', 'admin'] LOOP
            IF pg_has_role(OLD.db_login, fd_group(kind), 'MEMBER') AND EXISTS (
                SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                 WHERE g.rolname = fd_group(kind) AND u.rolname = OLD.db_login) THEN
                EXECUTE format('REVOKE %I FROM %I', fd_group(kind), OLD.db_login);
            END IF;
        END LOOP;
    END IF;
    IF NEW.db_login IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls INTO target FROM pg_roles WHERE rolname = NEW.db_login;
    IF FOUND THEN
        IF target.rolsuper OR target.rolcreaterole OR target.rolcreatedb OR target.rolbypassrls
           OR NEW.db_login = '{owner}' THEN
            PERFORM fd_refuse(format('Die Anmeldung »%s« hat Verwaltungsrechte auf dem Server und kann keiner '
                                     'Person in FörderDesk zugeordnet werden.', NEW.db_login));
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN', NEW.db_login);
    END IF;
    FOREACH kind IN ARRAY ARRAY['reader', 'caseworker', 'supervisor', 'admin'] LOOP
        IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                    WHERE g.rolname = fd_group(kind) AND u.rolname = NEW.db_login) AND (kind <> NEW.role OR NOT NEW.active) THEN
            EXECUTE format('REVOKE %I FROM %I', fd_group(kind), NEW.db_login);
        END IF;
    END LOOP;
    IF NEW.active THEN
        EXECUTE format('GRANT %I TO %I', fd_group(NEW.role), NEW.db_login);
        EXECUTE format('ALTER ROLE %I LOGIN', NEW.db_login);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', NEW.db_login);
    END IF;
    RETURN NULL;
END
$$;
"""

PASSWORDS = r"""
CREATE FUNCTION fd_set_login_password(target_user text, verifier text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    login text;
    target_id integer;
BEGIN
    SELECT db_login, id INTO login, target_id FROM users WHERE username = target_user;
    IF login IS NULL THEN
        PERFORM fd_refuse(format('Der Benutzer »%s« hat keine Datenbankanmeldung.', target_user));
    END IF;
    IF NOT (fd_is_maintenance() OR fd_person_role() = 'admin' OR fd_person_id() = target_id) THEN
        PERFORM fd_refuse('Das Passwort einer anderen Person setzt nur die Administration.');
    END IF;
    IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        PERFORM fd_refuse('Ein Passwort wird nur als SCRAM-Prüfwert übertragen, nie im Klartext.');
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
END
$$;
REVOKE EXECUTE ON FUNCTION fd_set_login_password(text, text) FROM PUBLIC;
"""

TRIGGERS = """
CREATE TRIGGER decisions_guard BEFORE INSERT OR UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION fd_decisions_guard();
CREATE TRIGGER payment_orders_guard BEFORE INSERT OR UPDATE OR DELETE ON payment_orders
    FOR EACH ROW EXECUTE FUNCTION fd_payment_orders_guard();
CREATE CONSTRAINT TRIGGER applications_approved_amount AFTER UPDATE OF approved_amount ON applications
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.approved_amount IS DISTINCT FROM NEW.approved_amount)
    EXECUTE FUNCTION fd_approved_amount_guard();
CREATE CONSTRAINT TRIGGER applications_approved_amount_new AFTER INSERT ON applications
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.approved_amount IS NOT NULL)
    EXECUTE FUNCTION fd_approved_amount_guard();
CREATE TRIGGER users_sync_login AFTER INSERT OR UPDATE OF db_login, role, active ON users
    FOR EACH ROW EXECUTE FUNCTION fd_users_sync_login();
"""

DROP = """
DROP TRIGGER IF EXISTS users_sync_login ON users;
DROP TRIGGER IF EXISTS applications_approved_amount_new ON applications;
DROP TRIGGER IF EXISTS applications_approved_amount ON applications;
DROP TRIGGER IF EXISTS payment_orders_guard ON payment_orders;
DROP TRIGGER IF EXISTS decisions_guard ON decisions;
DROP FUNCTION IF EXISTS fd_set_login_password(text, text);
DROP FUNCTION IF EXISTS fd_users_sync_login();
DROP FUNCTION IF EXISTS fd_approved_amount_guard();
DROP FUNCTION IF EXISTS fd_payment_orders_guard();
DROP FUNCTION IF EXISTS fd_decisions_guard();
DROP FUNCTION IF EXISTS fd_refuse(text);
DROP FUNCTION IF EXISTS fd_person_role();
DROP FUNCTION IF EXISTS fd_person_id();
DROP FUNCTION IF EXISTS fd_is_maintenance();
"""


def _tables(names: Iterable[str]) -> str:
    return ", ".join(names)


def _retire_shared_role(owner: str) -> None:
    """Every table privilege of roles other than the owner and the groups goes (the shared application role)."""
    op.execute(f"""
    DO $$
    DECLARE grantee_name text;
    BEGIN
        FOR grantee_name IN
            SELECT DISTINCT grantee FROM information_schema.role_table_grants
             WHERE table_schema = current_schema() AND grantee NOT IN ('{owner}', 'PUBLIC')
               AND grantee NOT IN (SELECT fd_group(k) FROM unnest(ARRAY{list(KINDS)!r}) AS k)
               AND grantee IN (SELECT rolname FROM pg_roles WHERE NOT rolsuper)
        LOOP
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), grantee_name);
            EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', current_schema(), grantee_name);
        END LOOP;
    END $$""")


def _groups_and_grants() -> None:
    op.execute(f"""
    DO $$
    DECLARE kind text;
    BEGIN
        FOREACH kind IN ARRAY ARRAY{list(KINDS)!r} LOOP
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_group(kind)) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', fd_group(kind));
            END IF;
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), fd_group(kind));
            EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), fd_group(kind));
        END LOOP;
        EXECUTE format('GRANT %I TO %I', fd_group('caseworker'), fd_group('supervisor'));
        EXECUTE format('GRANT %I TO %I', fd_group('reader'), fd_group('caseworker'));
        EXECUTE format('GRANT %I TO %I', fd_group('reader'), fd_group('admin'));
        EXECUTE format('GRANT SELECT ON {_tables((*CASE_TABLES, *APPEND_ONLY, *ADMIN_TABLES, 'alembic_version'))} TO %I',
                       fd_group('reader'));
        EXECUTE format('GRANT SELECT ON {_tables(AUDIT_TABLES)} TO %I, %I', fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON {_tables(CASE_TABLES)} TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT INSERT ON {_tables(APPEND_ONLY)} TO %I, %I', fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON {_tables(t for t in ADMIN_TABLES if t != 'users')} TO %I',
                       fd_group('admin'));
        EXECUTE format('GRANT INSERT, UPDATE ON users TO %I', fd_group('admin'));
        EXECUTE format('GRANT EXECUTE ON FUNCTION fd_set_login_password(text, text) TO %I', fd_group('reader'));
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON config_values TO %I', fd_group('caseworker'));
        -- deciding locks the budget row (SELECT … FOR UPDATE needs an UPDATE right on some column)
        EXECUTE format('GRANT UPDATE (version) ON budgets TO %I', fd_group('caseworker'));
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I, %I', current_schema(),
                       fd_group('caseworker'), fd_group('admin'));
        -- until the database writes the audit trail itself (0009): the program appends and seals
        EXECUTE format('GRANT INSERT ON audit_events TO %I, %I', fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT UPDATE (chain_seq, prev_hash, hash) ON audit_events TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
        EXECUTE format('GRANT UPDATE ON audit_chain TO %I, %I', fd_group('caseworker'), fd_group('admin'));
        -- caseworkers keep only their saved import mappings in the settings table
        EXECUTE format('CREATE POLICY config_values_read ON config_values FOR SELECT USING (true)');
        EXECUTE format('CREATE POLICY config_values_admin ON config_values TO %I USING (true) WITH CHECK (true)',
                       fd_group('admin'));
        EXECUTE format('CREATE POLICY config_values_mappings ON config_values TO %I '
                       'USING (key LIKE ''import.mapping.%%'') WITH CHECK (key LIKE ''import.mapping.%%'')',
                       fd_group('caseworker'));
        ALTER TABLE config_values ENABLE ROW LEVEL SECURITY;
    END $$""")


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    owner = connection.exec_driver_sql("SELECT current_user").scalar()
    op.execute(FUNCTIONS.replace("{owner}", str(owner)))
    op.execute(PASSWORDS)
    op.execute(TRIGGERS)
    _groups_and_grants()
    _retire_shared_role(str(owner))


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    op.execute("DROP POLICY IF EXISTS config_values_mappings ON config_values")
    op.execute("DROP POLICY IF EXISTS config_values_admin ON config_values")
    op.execute("DROP POLICY IF EXISTS config_values_read ON config_values")
    op.execute("ALTER TABLE config_values DISABLE ROW LEVEL SECURITY")
    op.execute(f"""
    DO $$
    DECLARE kind text;
    BEGIN
        FOREACH kind IN ARRAY ARRAY{list(KINDS)!r} LOOP
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = fd_group(kind)) THEN
                EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), fd_group(kind));
                EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', current_schema(), fd_group(kind));
                EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', current_schema(), fd_group(kind));
                EXECUTE format('REVOKE ALL ON DATABASE %I FROM %I', current_database(), fd_group(kind));
            END IF;
        END LOOP;
    END $$""")
    op.execute(DROP)
    op.execute("DROP FUNCTION IF EXISTS fd_group(text)")
