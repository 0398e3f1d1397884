"""The log file never holds personal data: database errors carrying an IBAN, an account holder, an e-mail
address and a phone number are logged without them (issue 22), on both databases."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import DBAPIError

from app.kernel.database import Database
from app.kernel.logs import BACKUP_COUNT, MAX_BYTES, file_handler, scrub
from db.models import ContactPerson
from db.models.applicants import BankAccount

IBAN = "DE89370400440532013000"
HOLDER = "Hildegard Quastenberg"
EMAIL = "h.quastenberg@example.org"
PHONE = "+49 3621 987654"
SECRETS = (IBAN, "DE89 3704 0044 0532 0130 00", HOLDER, "Quastenberg", EMAIL, PHONE, "987654")


@pytest.fixture
def log_path(tmp_path: Path):
    path = tmp_path / "logs" / "foerderdesk.log"
    handler = file_handler(path)
    root = logging.getLogger()
    root.addHandler(handler)
    yield path
    root.removeHandler(handler)
    handler.close()


def _fail(database: Database, statement, values: dict) -> DBAPIError:
    with pytest.raises(DBAPIError) as caught, database.engine.begin() as conn:
        conn.execute(statement, values)
    return caught.value


def test_database_errors_reach_the_log_without_personal_data(database: Database, log_path: Path) -> None:
    errors = [
        # NOT NULL: PostgreSQL's DETAIL quotes the whole failing row
        _fail(database, insert(BankAccount), {"applicant_id": None, "iban": IBAN, "account_holder": HOLDER,
                                              "is_primary": True, "active": True, "version": 1}),
        # foreign key: the parameters hold name, e-mail and phone
        _fail(database, insert(ContactPerson), {"applicant_id": 987654321, "name": HOLDER, "email": EMAIL,
                                                "phone": PHONE, "active": True, "version": 1}),
    ]
    log = logging.getLogger("cli.main")
    for error in errors:
        try:
            raise error
        except DBAPIError:
            log.exception("unexpected error in CLI command %s (%s)", "applicant add", EMAIL)
    log.error("copy failed: %s", "; ".join(f"{IBAN[:2]}{n:02d}370400440532013{n:03d}" for n in range(9)))

    text = log_path.read_text(encoding="utf-8")
    assert text.count("unexpected error in CLI command") == 2 and "IntegrityError" in text  # the errors are there …
    for secret in SECRETS:
        assert secret not in text  # … their personal values are not
    assert "DE0" not in text and text.count("[IBAN]") == 9


def test_scrub_masks_the_parameter_part_and_row_details_but_keeps_dates_and_amounts() -> None:
    text = ("(psycopg.errors.NotNullViolation) null value in column \"applicant_id\"\n"
            f"DETAIL:  Failing row contains (7, null, {IBAN}, {HOLDER}).\n"
            "[SQL: INSERT INTO bank_accounts (iban) VALUES (%(iban)s)]\n"
            f"[parameters: {{'iban': '{IBAN}', 'holder': '{HOLDER}'}}]\n"
            "(Background on this error at: https://sqlalche.me/e/20/gkpj)\n"
            f"Key (email)=({EMAIL}) already exists. Am 2026-12-06 23:34:07 über 12345.67 EUR, Zeile 412, "
            f"Tel. (0361) 12 34 56, Mail {EMAIL}")
    assert scrub(text) == (
        "(psycopg.errors.NotNullViolation) null value in column \"applicant_id\"\n"
        "DETAIL:  Failing row contains (ausgeblendet)\n"
        "[SQL: INSERT INTO bank_accounts (iban) VALUES (%(iban)s)]\n"
        "[parameters: (ausgeblendet)]\n"
        "(Background on this error at: https://sqlalche.me/e/20/gkpj)\n"
        "Key (email)=((ausgeblendet)) already exists. Am 2026-12-06 23:34:07 über 12345.67 EUR, Zeile 412, "
        "Tel. [Telefon], Mail [E-Mail]")


def test_the_log_rotates(log_path: Path) -> None:
    log = logging.getLogger("rotation")
    line = "x" * 1000
    for _ in range(MAX_BYTES // 1000 * (BACKUP_COUNT + 2)):
        log.warning(line)
    files = sorted(p.name for p in log_path.parent.iterdir())
    assert files == ["foerderdesk.log", "foerderdesk.log.1", "foerderdesk.log.2", "foerderdesk.log.3"]
    assert all(p.stat().st_size <= MAX_BYTES for p in log_path.parent.iterdir())
