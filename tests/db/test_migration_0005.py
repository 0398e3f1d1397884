"""Migration 0005 turns the applicant's single IBAN into its primary bank account, on both backends."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, select, text

from app.kernel.database import connect
from db import migrate
from db.models import Applicant, ApplicantType
from db.models.applicants import BankAccount


def _old_applicant(conn: object, name: str, iban: str | None) -> int:
    type_id = conn.scalar(select(ApplicantType.id).where(ApplicantType.code == "association"))  # type: ignore[attr-defined]
    now = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    return conn.scalar(Applicant.__table__.insert().values(  # type: ignore[attr-defined]
        name=name, applicant_type_id=type_id, has_legal_capacity=True, active=True, version=3,
        iban=iban, bic="COBADEFFXXX" if iban else None, bank_name="Commerzbank" if iban else None,
        account_holder="Kasse des Vereins" if iban else None, created_at=now, updated_at=now,
    ).returning(Applicant.id))


def test_the_existing_iban_becomes_the_primary_account(db_url: str) -> None:
    database = connect(db_url)
    try:
        migrate.downgrade(database.engine, "0004")
        assert "bank_accounts" not in inspect(database.engine).get_table_names()
        with database.engine.begin() as conn:
            with_account = _old_applicant(conn, "Kirchgemeinde St. Trinitatis", "DE89370400440532013000")
            without = _old_applicant(conn, "Initiative ohne Konto", None)
            conn.execute(text("INSERT INTO contact_persons (applicant_id, name, consent_on, version) "
                              "VALUES (:a, 'Erika Muster', :d, 1)"), {"a": with_account, "d": dt.date(2025, 3, 1)})
        migrate.upgrade(database.engine)
        assert migrate.current_revision(database.engine) == migrate.HEAD == "0011"
        with database.engine.connect() as conn:
            accounts = conn.execute(select(BankAccount.__table__)).mappings().all()
            contact = conn.execute(text("SELECT active, consent_withdrawn_on, consent_on FROM contact_persons")).one()
        assert [(a["applicant_id"], a["iban"], a["bic"], a["bank_name"], a["account_holder"], a["is_primary"],
                 a["active"], a["version"]) for a in accounts] == [
            (with_account, "DE89370400440532013000", "COBADEFFXXX", "Commerzbank", "Kasse des Vereins", True, True, 1)]
        assert without not in {a["applicant_id"] for a in accounts}
        assert (bool(contact[0]), contact[1], str(contact[2])) == (True, None, "2025-03-01")
        assert migrate.schema_drift(database.engine) == []
    finally:
        database.dispose()


def test_downgrade_to_0004_removes_only_what_0005_added(db_url: str) -> None:
    database = connect(db_url)
    try:
        migrate.downgrade(database.engine, "0004")
        columns = {c["name"] for c in inspect(database.engine).get_columns("contact_persons")}
        assert "consent_on" in columns and not {"active", "consent_withdrawn_on"} & columns
        assert "bank_accounts" not in inspect(database.engine).get_table_names()
        migrate.upgrade(database.engine)
        assert migrate.schema_drift(database.engine) == []
    finally:
        database.dispose()
