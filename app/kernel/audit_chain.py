"""Sealing and verifying the audit trail's hash chain.

On SQLite the program seals (below); on PostgreSQL the database does the same inside a privileged function,
keyed with a secret only the schema owner can read (HMAC-SHA-256, schema 0009). When a transaction commits,
its new audit events are sealed in order: each gets the next chain
position and `hash = SHA-256(previous hash | canonical content)`. The chain head row is locked for
this last step only, so sealing never waits inside a use case (no deadlocks with case or budget
locks). `verify` walks the chain and names the first event that was changed, removed or not sealed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, bindparam, select, text, update

from app.kernel.i18n import _
from db.models import AuditChain, AuditEvent, AuditKey

CONTENT = ("id", "at", "user_name", "action", "entity", "entity_id", "application_id", "field", "old_value",
           "new_value", "reason")
KEYED_CONTENT = (*CONTENT, "db_login")


def _text(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return value.isoformat(timespec="microseconds")
    return value


def canonical(row: Mapping[str, Any] | RowMapping) -> str:
    return json.dumps([_text(row[name]) for name in CONTENT], ensure_ascii=False, separators=(",", ":"))


def link_hash(previous: str | None, row: Mapping[str, Any] | RowMapping) -> str:
    return hashlib.sha256(f"{previous or ''}|{canonical(row)}".encode()).hexdigest()


def keyed_canonical(row: Mapping[str, Any] | RowMapping) -> str:
    """The content of a link the database sealed, exactly as `fd_audit_canonical` (schema 0009) writes it:
    the text of a PostgreSQL jsonb array."""
    at = row["at"]
    if isinstance(at, dt.datetime):
        at = (at.astimezone(dt.UTC).replace(tzinfo=None) if at.tzinfo else at).strftime("%Y-%m-%dT%H:%M:%S.%f")
    values = [row["id"], at, *(row[name] for name in KEYED_CONTENT[2:])]
    return json.dumps(values, ensure_ascii=False, separators=(", ", ": "))


def keyed_link_hash(previous: str | None, row: Mapping[str, Any] | RowMapping, key: bytes) -> str:
    message = f"{previous or ''}|{keyed_canonical(row)}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def seal(connection: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Chain the given new audit rows (with ids) behind the current head, in id order."""
    ordered = sorted(rows, key=lambda r: r["id"])
    if not ordered:
        return
    head = connection.execute(select(AuditChain.last_seq, AuditChain.last_hash).where(AuditChain.id == 1)
                              .with_for_update()).one()
    seq, previous = head.last_seq, head.last_hash
    updates = []
    for row in ordered:
        seq += 1
        digest = link_hash(previous, row)
        updates.append({"b_id": row["id"], "chain_seq": seq, "prev_hash": previous, "hash": digest})
        previous = digest
    connection.execute(update(AuditEvent).where(AuditEvent.id == bindparam("b_id")), updates)
    connection.execute(update(AuditChain).where(AuditChain.id == 1).values(last_seq=seq, last_hash=previous))


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    problem: str | None  # German description of the first broken link, None when the chain is intact

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(connection: Connection) -> VerifyResult:
    """Walk the whole chain. Links the database sealed with its secret key (PostgreSQL, from `keyed_from`) are
    recomputed by the database itself (`fd_audit_forged`), which never hands out the key."""
    head = connection.execute(select(AuditChain.last_seq, AuditChain.last_hash, AuditChain.keyed_from,
                                     AuditChain.keyed_to).where(AuditChain.id == 1)).one()
    keyed_from: int | None = head.keyed_from
    keyed_to: int | None = head.keyed_to
    server = connection.dialect.name == "postgresql"
    forged = connection.execute(text("SELECT fd_audit_forged(:start)"), {"start": keyed_from}).scalar() \
        if server and keyed_from is not None else None
    # a copy of a server database on SQLite carries the server's key with it (app.administration.dbtools)
    key = connection.execute(select(AuditKey.key).where(AuditKey.id == 1)).scalar() \
        if not server and keyed_from is not None else None
    unsealed = connection.execute(select(AuditEvent.id).where(AuditEvent.chain_seq.is_(None))
                                  .order_by(AuditEvent.id).limit(1)).scalar()
    previous, expected_seq, checked = None, 1, 0
    rows = connection.execution_options(stream_results=True).execute(
        select(AuditEvent).order_by(AuditEvent.chain_seq).where(AuditEvent.chain_seq.is_not(None)))
    with rows:
        for row in rows.mappings():
            keyed = keyed_from is not None and keyed_from <= row["chain_seq"] \
                and (keyed_to is None or row["chain_seq"] <= keyed_to)
            expected = (keyed_link_hash(previous, row, key) if key is not None else None) if keyed \
                else link_hash(previous, row)
            problem = _link_problem(row, expected_seq, previous, expected, forged=keyed and row["chain_seq"] == forged)
            if problem:
                return VerifyResult(checked, problem)
            previous, expected_seq, checked = row["hash"], expected_seq + 1, checked + 1
    if checked != head.last_seq or previous != head.last_hash:
        return VerifyResult(checked, _("Das Ende der Kette fehlt: erwartet {head} Einträge, gefunden {found}.").format(
            head=head.last_seq, found=checked))
    if unsealed is not None:
        return VerifyResult(checked, _("Protokolleintrag Nr. {id} ist nicht versiegelt.").format(id=unsealed))
    return VerifyResult(checked, None)


def _link_problem(row: RowMapping, expected_seq: int, previous: str | None, expected_hash: str | None,
                  forged: bool) -> str | None:
    where = _("Protokolleintrag Nr. {id} (Kettenglied {seq}, {user}, {at:%d.%m.%Y %H:%M})").format(
        id=row["id"], seq=row["chain_seq"], user=row["user_name"], at=row["at"])
    if row["chain_seq"] != expected_seq:
        return _("Vor {where} fehlen Einträge der Kette (erwartet Glied {seq}).").format(where=where, seq=expected_seq)
    if row["prev_hash"] != previous:
        return _("{where} verweist nicht auf seinen Vorgänger.").format(where=where)
    if forged or (expected_hash is not None and row["hash"] != expected_hash):
        return _("{where} wurde nachträglich verändert.").format(where=where)
    return None
