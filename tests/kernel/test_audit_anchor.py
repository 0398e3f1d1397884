"""Anchors outside the database find what the chain alone cannot: a cut tail with a rewound head, a rehash.

On PostgreSQL the chain is keyed with a secret only the schema owner can read, so a row forged without the key
is found by `audit verify` alone; whoever holds the owner (or the SQLite file) can rehash, which only an anchor
kept elsewhere reveals.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.cases import checking, notes
from app.kernel.audit_anchor import make_anchor, read_anchor, verify_trail, write_anchor
from app.kernel.audit_chain import link_hash
from app.kernel.errors import ValidationError
from db.models import AuditEvent
from tests.support import Office, register, run_cli


def _history(office: Office, rounds: int = 3) -> str:
    file_number = register(office)
    checking.start_check(office.anna, file_number)
    for number in range(rounds):
        notes.add_note(office.anna, file_number, f"Rückruf {number}")
    return file_number


def _owner(office: Office, *statements: str) -> None:
    """What the holder of the schema owner (or of the SQLite file) can do: switch the triggers off and write."""
    with office.database.engine.begin() as conn:
        if office.database.backend == "postgresql":
            conn.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_events_seal_only"))
            conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
        for statement in statements:
            conn.execute(text(statement))


def _cut_tail(office: Office, links: int) -> None:
    _owner(office, f"DELETE FROM audit_events WHERE chain_seq > (SELECT last_seq - {links} FROM audit_chain)",
           "UPDATE audit_chain SET last_seq = (SELECT max(chain_seq) FROM audit_events), "
           "last_hash = (SELECT hash FROM audit_events WHERE chain_seq = (SELECT max(chain_seq) FROM audit_events))")


def test_anchor_on_the_command_line_and_a_later_check(office: Office, db_url: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    file_number = _history(office)
    target = tmp_path / "anker-2026-02.json"
    assert run_cli(["--db", db_url, "--user", "sabine", "audit", "anchor", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["entries"] > 5 and len(data["signature"]) == 64 and data["head"]
    notes.add_note(office.anna, file_number, "nach dem Anker")
    assert run_cli(["--db", db_url, "--user", "sabine", "audit", "verify", "--anchor", str(target)]) == 0
    assert f"alle {data['entries']} Einträge des Ankers" in capsys.readouterr().out
    assert run_cli(["--db", db_url, "--user", "leser", "audit", "anchor", "-o", str(tmp_path / "x.json")]) != 0
    assert not (tmp_path / "x.json").exists()


def test_a_cut_tail_with_a_rewound_head_is_found_only_with_an_anchor(office: Office, tmp_path: Path) -> None:
    _history(office)
    anchor = make_anchor(office.database, "sabine")
    _cut_tail(office, 3)
    assert verify_trail(office.database, "sabine").ok  # consistent in itself: what an anchor is for
    result = verify_trail(office.database, "sabine", anchor)
    assert not result.ok and "fehlen Einträge" in (result.problem or "")
    assert f"{anchor.entries} Glieder" in (result.problem or "")


def test_a_rehash_is_found_with_an_anchor(office: Office) -> None:
    _history(office)
    anchor = make_anchor(office.database, "sabine")
    with office.database.engine.connect() as conn:
        rows = conn.execute(select(AuditEvent).order_by(AuditEvent.chain_seq)).mappings().all()
    target = next(r for r in rows if r["field"] == "status")
    statements = [f"UPDATE audit_events SET new_value = 'approved' WHERE id = {target['id']}"]
    if office.database.backend == "postgresql":  # the owner holds the key and rebuilds every link inside
        statements.append("""DO $$ DECLARE e audit_events; previous text; k bytea; BEGIN
            SELECT key INTO k FROM audit_key; FOR e IN SELECT * FROM audit_events ORDER BY chain_seq LOOP
            UPDATE audit_events SET prev_hash = previous, hash = fd_audit_link_hash(previous, e, k) WHERE id = e.id;
            SELECT hash INTO previous FROM audit_events WHERE id = e.id; END LOOP;
            UPDATE audit_chain SET last_hash = previous; END $$""")
    else:  # whoever holds the file recomputes the program's SHA-256 chain
        previous = None
        for original in rows:
            row = {**original, "new_value": "approved"} if original["id"] == target["id"] else dict(original)
            digest = link_hash(previous, row)
            statements.append(f"UPDATE audit_events SET prev_hash = {_sql(previous)}, hash = '{digest}' "
                              f"WHERE id = {row['id']}")
            previous = digest
        statements.append(f"UPDATE audit_chain SET last_hash = '{previous}'")
    _owner(office, *statements)
    assert verify_trail(office.database, "sabine").ok
    result = verify_trail(office.database, "sabine", anchor)
    assert not result.ok and "neu berechnet oder verändert" in (result.problem or "")


def test_a_rewound_head_alone_is_found_without_an_anchor(office: Office) -> None:
    _history(office)
    _owner(office, "UPDATE audit_chain SET last_seq = last_seq - 2")
    result = verify_trail(office.database, "sabine")
    assert not result.ok and "Ende der Kette" in (result.problem or "")


def test_a_forged_row_without_the_key_is_found_on_the_server(office: Office) -> None:
    if office.database.backend != "postgresql":
        pytest.skip("the keyed chain is the server's; on SQLite whoever holds the file holds the key (README)")
    _history(office)
    with office.database.engine.connect() as conn:
        head = conn.execute(text("SELECT last_seq, last_hash FROM audit_chain")).one()
        last = conn.execute(select(AuditEvent).where(AuditEvent.chain_seq == head.last_seq)).mappings().one()
    forged = {**last, "id": last["id"] + 1000, "field": "approved_amount", "old_value": None,
              "new_value": "99999.00", "user_name": "sabine"}
    digest = link_hash(head.last_hash, forged)  # the best an attacker without the key can do
    _owner(office,
           "INSERT INTO audit_events (id, at, user_name, action, entity, entity_id, application_id, field, old_value, "
           "new_value, reason, db_login, chain_seq, prev_hash, hash) SELECT id + 1000, at, 'sabine', action, entity, "
           "entity_id, application_id, 'approved_amount', NULL, '99999.00', reason, db_login, chain_seq + 1, hash, "
           f"'{digest}' FROM audit_events WHERE chain_seq = {head.last_seq}",
           f"UPDATE audit_chain SET last_seq = last_seq + 1, last_hash = '{digest}'")
    result = verify_trail(office.database, "sabine")
    assert not result.ok and "nachträglich verändert" in (result.problem or "")
    assert f"Nr. {forged['id']} " in (result.problem or "")


def test_an_anchor_from_elsewhere_or_edited_is_refused(office: Office, tmp_path: Path) -> None:
    _history(office)
    anchor = make_anchor(office.database, "sabine")
    target = tmp_path / "anker.json"
    write_anchor(anchor, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["entries"] -= 1
    target.write_text(json.dumps(data), encoding="utf-8")
    result = verify_trail(office.database, "sabine", read_anchor(target))
    assert not result.ok and "nicht mit dem Protokollschlüssel" in (result.problem or "")
    (tmp_path / "kaputt.json").write_text("kein Anker", encoding="utf-8")
    with pytest.raises(ValidationError, match="keine Ankerdatei"):
        read_anchor(tmp_path / "kaputt.json")


def _sql(value: str | None) -> str:
    return "NULL" if value is None else f"'{value}'"
