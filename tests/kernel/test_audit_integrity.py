"""The audit trail cannot be changed through the database, and any change made around the triggers is found."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.cases import checking, notes
from app.kernel.audit_chain import verify
from app.kernel.uow import UnitOfWork
from tests.support import Office, register, run_cli


def _case_with_history(office: Office) -> str:
    file_number = register(office)
    checking.start_check(office.anna, file_number)
    notes.add_note(office.anna, file_number, "Rückruf vereinbart")
    return file_number


def _verify(office: Office):
    with office.database.engine.connect() as connection:
        return verify(connection)


def test_chain_is_intact_after_normal_work(office: Office, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _case_with_history(office)
    result = _verify(office)
    with office.database.read() as session:
        events = session.execute(text("SELECT COUNT(*) FROM audit_events")).scalar()
    assert result.ok and result.checked == events > 10
    assert run_cli(["--db", db_url, "--user", "sabine", "audit", "verify"]) == 0
    assert f"{events} Einträge" in capsys.readouterr().out


@pytest.mark.parametrize("statement", [
    "UPDATE audit_events SET new_value = 'gefälscht' WHERE id = (SELECT MAX(id) FROM audit_events)",
    "UPDATE audit_events SET hash = 'x' WHERE id = (SELECT MIN(id) FROM audit_events)",
    "DELETE FROM audit_events WHERE id = (SELECT MAX(id) FROM audit_events)",
])
def test_triggers_refuse_updates_and_deletes(office: Office, statement: str) -> None:
    _case_with_history(office)
    with pytest.raises(DBAPIError, match="append-only"), office.database.engine.begin() as conn:
        conn.execute(text(statement))
    assert _verify(office).ok


def test_truncate_is_refused_on_postgresql(office: Office) -> None:
    if office.database.backend != "postgresql":
        pytest.skip("TRUNCATE exists on PostgreSQL only")
    with pytest.raises(DBAPIError, match="append-only"), office.database.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_events CASCADE"))


def _bypassing_triggers(office: Office, statement: str) -> None:
    """What an attacker with database superuser rights could do: switch the triggers off."""
    with office.database.engine.begin() as conn:
        if office.database.backend == "postgresql":
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            conn.execute(text(statement))
        else:
            conn.execute(text("DROP TRIGGER audit_events_seal_only"))
            conn.execute(text("DROP TRIGGER audit_events_no_delete"))
            conn.execute(text(statement))


def test_a_changed_event_is_named_by_verify(office: Office, db_url: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    _case_with_history(office)
    with office.database.read() as session:
        target = session.execute(text("SELECT id FROM audit_events WHERE field = 'status' ORDER BY id")).scalar()
    _bypassing_triggers(office, f"UPDATE audit_events SET new_value = 'closed' WHERE id = {target}")
    result = _verify(office)
    assert not result.ok and f"Nr. {target} " in (result.problem or "") and "verändert" in (result.problem or "")
    assert run_cli(["--db", db_url, "--user", "sabine", "audit", "verify"]) == 1
    assert f"Nr. {target} " in capsys.readouterr().err


def test_a_removed_event_breaks_the_chain(office: Office) -> None:
    _case_with_history(office)
    _bypassing_triggers(office, "DELETE FROM audit_events WHERE chain_seq = 3")
    result = _verify(office)
    assert not result.ok and "fehlen" in (result.problem or "") and result.checked == 2


def test_every_new_connection_audits_even_after_many_were_collected(office: Office, db_url: str) -> None:
    """Regression: listeners on session factories got lost when a new factory reused a collected one's address."""
    import gc

    from app.kernel.database import connect

    file_number = register(office)
    for number in range(40):
        database = connect(db_url)
        notes.add_note(UnitOfWork(database, "anna"), file_number, f"Notiz {number}")
        database.dispose()
        del database
        gc.collect()
    with office.database.read() as session:
        audited_notes = session.execute(text("SELECT COUNT(*) FROM audit_events WHERE entity = 'Note'")).scalar()
    assert audited_notes == 40
