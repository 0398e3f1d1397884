"""`db restore` (issue 22): restoring an older backup shows the newer payment order it lacks, refuses without
confirmation, and with it takes a safety copy of the live database first, restores, and records the restore in
the audit trail."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.administration import dbtools
from app.administration.restore import RESTORE_KEY, preview_restore, restore_database
from app.kernel.database import Database, connect
from app.kernel.errors import PermissionDenied, ValidationError
from db.models import AuditEvent, ConfigValue, PaymentOrder
from tests.fixtures.database import Today
from tests.payments.cases import approved, ordered
from tests.support import Office, run_cli
from tests.support_fingerprint import fingerprint


def _safety_copies(saved: Path) -> list[Path]:
    """Safety copies beside the live SQLite file or in the backup's folder (both under the test's tmp_path)."""
    return list(saved.parent.parent.rglob("*vor-wiederherstellung*"))


def _orders(database: Database) -> list[int]:
    with database.read() as session:
        return list(session.scalars(select(PaymentOrder.id).order_by(PaymentOrder.id)))


@pytest.fixture
def older_backup(office: Office, today: Today, tmp_path: Path) -> tuple[Path, int, int]:
    """A backup holding one payment order; a newer one (4.321,00 €) added after it."""
    file_number = approved(office, today)
    first = ordered(office, file_number, "1000.00")
    folder = tmp_path / "sicherungen"
    folder.mkdir()
    saved = dbtools.backup(office.database, folder / "sicherung.bak")
    newer = ordered(office, file_number, "4321.00", "2026-05-04")
    return saved, first, newer


def test_restore_shows_what_is_lost_refuses_without_confirmation_then_restores_with_a_safety_copy(
        office: Office, older_backup: tuple[Path, int, int], db_url: str) -> None:
    saved, first, newer = older_backup
    database = office.database
    before = fingerprint(database)
    with pytest.raises(ValidationError) as info:
        restore_database(database, "admin", saved, confirmed=False)
    assert fingerprint(database) == before and _orders(database) == [first, newer]
    assert (f"Auszahlungsanordnungen: 2 jetzt, 1 in der Sicherung, 1 fehlen\n"
            f"  – Auszahlungsanordnung Nr. {newer} über 4.321,00 €, fällig 04.05.2026 (LPF-2026-0001)"
            ) in info.value.message
    assert _safety_copies(saved) == []  # no safety copy without confirmation
    assert info.value.message.endswith("Nicht zurückgespielt: bitte bestätigen (Befehlszeile: --yes).")
    with pytest.raises(PermissionDenied):
        restore_database(database, "anna", saved, confirmed=True)  # administrators only

    result = restore_database(database, "admin", saved, confirmed=True)

    database.dispose()
    restored = connect(db_url)
    try:
        assert _orders(restored) == [first]
        with restored.read() as session:
            record = json.loads(session.get_one(ConfigValue, RESTORE_KEY).value)
            [event] = session.scalars(select(AuditEvent).where(AuditEvent.action == "db-restore")).all()
        assert record["backup"] == str(saved) and event.user_name == "admin" and str(saved) in (event.reason or "")
        assert record["safety_copy"] == str(result.safety_copy) and str(result.safety_copy) in (event.reason or "")
        assert result.safety_copy.is_file() and ".vor-wiederherstellung-" in result.safety_copy.name
        if restored.backend == "sqlite":
            assert result.safety_copy.name.startswith("foerderdesk.vor-wiederherstellung-")
            with sqlite3.connect(result.safety_copy) as copy:  # the lost order is kept in the safety copy
                assert [r[0] for r in copy.execute("SELECT id FROM payment_orders ORDER BY id")] == [first, newer]
        else:  # pg_dump archive in the backup's folder, named after the database
            assert result.safety_copy.parent == saved.parent
            assert result.safety_copy.name.startswith(f"{restored.url.database}.vor-wiederherstellung-")
            assert [p.name for p in saved.parent.iterdir() if p.name.startswith(".~")] == []  # no partial left

        # recovery without loss: the safety copy brings the newer order back
        again = restore_database(restored, "admin", result.safety_copy, confirmed=True)
        assert again.preview.loses_something is False
    finally:
        restored.dispose()
    recovered = connect(db_url)
    try:
        assert _orders(recovered) == [first, newer]
        with recovered.read() as session:
            amounts = session.scalars(select(PaymentOrder.amount).order_by(PaymentOrder.id)).all()
        assert [str(a) for a in amounts] == ["1000.00", "4321.00"]
    finally:
        recovered.dispose()


def test_nothing_lacking_is_said_so(office: Office, today: Today, tmp_path: Path) -> None:
    saved = dbtools.backup(office.database, tmp_path / "gleich.bak")
    assert preview_restore(office.database, saved).lines()[-1] == (
        "Der Sicherung fehlen keine Auszahlungsanordnungen, Schreiben oder Zahlungsläufe.")


def test_cli_restore_without_yes_refuses_and_names_the_lost_order(
        office: Office, older_backup: tuple[Path, int, int], db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    saved, first, newer = older_backup
    assert run_cli(["--db", db_url, "--user", "admin", "db", "restore", str(saved)]) == 1
    err = capsys.readouterr().err
    assert "Nicht zurückgespielt" in err and _orders(office.database) == [first, newer]
    assert f"Auszahlungsanordnung Nr. {newer} über 4.321,00 €" in err
    office.database.dispose()
    assert run_cli(["--db", db_url, "--user", "admin", "db", "restore", str(saved), "--yes"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith(f"Sicherung {saved} zurückgespielt; im Protokoll vermerkt.")
    assert f"Auszahlungsanordnung Nr. {newer} über 4.321,00 €" in out
    assert "Sicherheitskopie des vorherigen Stands: " in out
    restored = connect(db_url)
    try:
        assert _orders(restored) == [first]
    finally:
        restored.dispose()


def test_a_backup_that_does_not_know_the_restoring_administrator_is_refused_before_anything_changes(
        office: Office, older_backup: tuple[Path, int, int], db_url: str) -> None:
    from app.administration import users

    saved, first, newer = older_backup
    users.add_user(office.admin, "neuadmin", "admin", "Neue Administratorin")
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match="In der Sicherung ist »neuadmin« kein aktiver Administrator"):
        restore_database(office.database, "neuadmin", saved, confirmed=True)
    assert fingerprint(office.database) == before and _orders(office.database) == [first, newer]
    assert _safety_copies(saved) == []  # not even a safety copy was taken


def test_a_file_that_is_no_backup_is_refused_before_anything_changes(office: Office, tmp_path: Path) -> None:
    bogus = tmp_path / "kaputt.bak"
    bogus.write_bytes(b"PGDMP not really an archive")
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match="ist keine FörderDesk-Sicherung"):
        restore_database(office.database, "admin", bogus, confirmed=True)
    assert fingerprint(office.database) == before
    assert list(tmp_path.rglob("*vor-wiederherstellung*")) == []
