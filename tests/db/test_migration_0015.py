"""Migration 0015 on a database with letters and documents: sizes and missing hashes filled in, and on
PostgreSQL the audit triggers of applicants and accounts created anew with their personal fields."""

from __future__ import annotations

import hashlib

from sqlalchemy import inspect, text

from app.letters import service as letters
from db import migrate
from tests.support import Office, register

CONTENT = b"Satzung des Vereins, Fassung 2024"  # 33 bytes


def test_upgrade_fills_sizes_and_hashes_and_masks_personal_fields(office: Office, today) -> None:
    file_number = register(office)
    issued = letters.issue_letter(office.anna, file_number, "receipt")
    engine = office.database.engine
    migrate.downgrade(engine, "0014")
    assert "size" not in {c["name"] for c in inspect(engine).get_columns("letters")}
    with engine.begin() as conn:  # a document stored before hashes were kept
        document_id = conn.execute(text(
            "UPDATE documents SET content = :c, sha256 = NULL, size = NULL WHERE applicant_id = :a "
            "AND id = (SELECT min(id) FROM documents WHERE applicant_id = :a) RETURNING id"),
            {"c": CONTENT, "a": office.applicant_id}).scalar_one()
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD
    assert migrate.schema_drift(engine) == []
    with engine.connect() as conn:
        letter = conn.execute(text("SELECT size, sha256, content_deleted_at FROM letters WHERE id = :id"),
                              {"id": issued.id}).one()
        document = conn.execute(text("SELECT sha256, size, content_deleted_at FROM documents WHERE id = :id"),
                                {"id": document_id}).one()
        offered = conn.execute(text("SELECT count(*) FROM applications WHERE archive_offered_at IS NOT NULL")).scalar()
        triggers = {} if office.database.backend != "postgresql" else dict(conn.execute(text(
            "SELECT tgname, encode(tgargs, 'escape') FROM pg_trigger WHERE tgname IN "
            "('applicants_audit', 'bank_accounts_audit', 'payment_orders_audit', 'users_audit')")).all())
    assert tuple(letter) == (len(issued.pdf), issued.sha256, None)
    assert tuple(document) == (hashlib.sha256(CONTENT).hexdigest(), 33, None)
    assert offered == 0
    if office.database.backend == "postgresql":
        assert triggers["applicants_audit"].split("\\000")[1] == "street,email,phone,iban,account_holder,notes"
        assert triggers["bank_accounts_audit"].split("\\000")[1] == "iban,account_holder"
        assert triggers["payment_orders_audit"].split("\\000")[1] == "payee,iban"
        assert triggers["users_audit"].split("\\000")[1] == "password_hash,email,phone"
