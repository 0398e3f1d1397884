"""Personal data of applicants and accounts masked in the audit trail; stored files emptied by anonymisation

- The audit trail records that an applicant's street, e-mail, phone, IBAN, account holder or notes, a bank
  account's IBAN or holder, a payment order's payee or IBAN, or a user's e-mail or phone changed, but not what
  they say (as it already did for contact persons): on PostgreSQL the audit triggers of these tables are
  created anew with the longer list of personal fields (the program's list is `app.kernel.audit.PERSONAL`).
  Rows written before this revision keep what they say (the trail is append-only and hash-chained).
- Anonymising a case after its retention period deletes the bytes of its letters and documents; their
  SHA-256, size and metadata stay, and `content_deleted_at` says when. `letters.pdf` may therefore be empty,
  `letters.size` keeps the size (filled for existing rows), and a document's missing SHA-256 is filled in.
- `applications.archive_offered_at` records the offer to the public archive (§ 11 ThürArchivG), which
  anonymising (and so the deletion of the files) requires.
- PostgreSQL: a stored letter's bytes and hash cannot change, and a stored document's file cannot be replaced;
  the only change allowed is emptying the bytes together with setting `content_deleted_at`, by an admin.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 01:10:00
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, entity, personal fields before, personal fields from now on, keys, case mode, binary) frozen here
RETRIGGERED = (
    ("applicants", "Applicant", "", "street,email,phone,iban,account_holder,notes", "id", "none", ""),
    ("bank_accounts", "BankAccount", "", "iban,account_holder", "id", "none", ""),
    ("payment_orders", "PaymentOrder", "", "payee,iban", "id", "column", ""),
    ("users", "User", "password_hash", "password_hash,email,phone", "id", "none", ""),
)

GUARD = r"""
CREATE FUNCTION fd_stored_file_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    bytes_column text := TG_ARGV[0];
    old_bytes text := to_jsonb(OLD) ->> bytes_column;
    new_bytes text := to_jsonb(NEW) ->> bytes_column;
    fixed_hash boolean := TG_ARGV[1] = 'always';
BEGIN
    IF old_bytes IS NOT DISTINCT FROM new_bytes AND OLD.sha256 IS NOT DISTINCT FROM NEW.sha256
       AND OLD.content_deleted_at IS NOT DISTINCT FROM NEW.content_deleted_at THEN
        RETURN NEW;
    END IF;
    IF fd_is_maintenance() AND fd_person_id() IS NULL THEN
        RETURN NEW;  -- the owner without a person: migrations and set-up
    END IF;
    IF OLD.content_deleted_at IS NULL AND NEW.content_deleted_at IS NOT NULL AND new_bytes IS NULL
       AND OLD.sha256 IS NOT DISTINCT FROM NEW.sha256 THEN
        IF fd_person_role() IS DISTINCT FROM 'admin' THEN
            PERFORM fd_refuse('Gespeicherte Dateien löscht nur die Administration beim Anonymisieren.');
        END IF;
        RETURN NEW;
    END IF;
    IF NOT fixed_hash AND old_bytes IS NULL AND OLD.content_deleted_at IS NULL
       AND NEW.content_deleted_at IS NULL THEN
        RETURN NEW;  -- a file attached to a recorded document
    END IF;
    PERFORM fd_refuse('Eine gespeicherte Datei ist unveränderlich; sie wird nur beim Anonymisieren gelöscht.');
    RETURN NULL;
END
$$;
CREATE TRIGGER letters_stored_file BEFORE UPDATE ON letters
    FOR EACH ROW EXECUTE FUNCTION fd_stored_file_guard('pdf', 'always');
CREATE TRIGGER documents_stored_file BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION fd_stored_file_guard('content', 'once');
"""


def _retrigger(new: bool) -> None:
    for table, entity, before, after, keys, case_mode, binary in RETRIGGERED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {table}")
        op.execute(f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION fd_audit('{entity}', '{after if new else before}', '{keys}', '{case_mode}', "
                   f"'{binary}')")


def _fill_document_hashes() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, content FROM documents WHERE content IS NOT NULL AND sha256 IS NULL")).all()
    for row_id, content in rows:
        connection.execute(sa.text("UPDATE documents SET sha256 = :digest, size = coalesce(size, :size) "
                                   "WHERE id = :id"),
                           {"digest": hashlib.sha256(bytes(content)).hexdigest(), "size": len(content), "id": row_id})


def _defer_foreign_keys() -> None:
    """SQLite rebuilds `letters` (and on the way down `applications`); rows pointing at them (reminders → letters,
    every case table → applications) are checked at commit, when the rebuilt table is in place."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA defer_foreign_keys = ON")


def upgrade() -> None:
    _defer_foreign_keys()
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('archive_offered_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.add_column(sa.Column('size', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('content_deleted_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.alter_column('pdf', existing_type=sa.LargeBinary(), nullable=True)
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_deleted_at', sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE letters SET size = length(pdf)")
    _fill_document_hashes()
    if op.get_bind().dialect.name != "postgresql":
        return
    _retrigger(new=True)
    op.execute(GUARD)


def downgrade() -> None:
    _defer_foreign_keys()
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS documents_stored_file ON documents")
        op.execute("DROP TRIGGER IF EXISTS letters_stored_file ON letters")
        op.execute("DROP FUNCTION IF EXISTS fd_stored_file_guard()")
        _retrigger(new=False)
    # an emptied letter cannot get its bytes back: it keeps an empty PDF (its hash no longer matches)
    op.execute(sa.text("UPDATE letters SET pdf = :empty WHERE pdf IS NULL").bindparams(empty=b""))
    op.execute("ALTER TABLE documents DROP COLUMN content_deleted_at")
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.alter_column('pdf', existing_type=sa.LargeBinary(), nullable=False)
        batch_op.drop_column('content_deleted_at')
        batch_op.drop_column('size')
    # a plain column drop (SQLite ≥ 3.35 too): rebuilding `applications` would touch every case table
    op.execute("ALTER TABLE applications DROP COLUMN archive_offered_at")
