"""Sealing and verifying the audit trail's hash chain.

When a transaction commits, its new audit events are sealed in order: each gets the next chain
position and `hash = SHA-256(previous hash | canonical content)`. The chain head row is locked for
this last step only, so sealing never waits inside a use case (no deadlocks with case or budget
locks). `verify` walks the chain and names the first event that was changed, removed or not sealed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, bindparam, select, update

from app.kernel.i18n import _
from db.models import AuditChain, AuditEvent

CONTENT = ("id", "at", "user_name", "action", "entity", "entity_id", "application_id", "field", "old_value",
           "new_value", "reason")


def _text(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return value.isoformat(timespec="microseconds")
    return value


def canonical(row: Mapping[str, Any] | RowMapping) -> str:
    return json.dumps([_text(row[name]) for name in CONTENT], ensure_ascii=False, separators=(",", ":"))


def link_hash(previous: str | None, row: Mapping[str, Any] | RowMapping) -> str:
    return hashlib.sha256(f"{previous or ''}|{canonical(row)}".encode()).hexdigest()


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
    head = connection.execute(select(AuditChain.last_seq, AuditChain.last_hash).where(AuditChain.id == 1)).one()
    unsealed = connection.execute(select(AuditEvent.id).where(AuditEvent.chain_seq.is_(None))
                                  .order_by(AuditEvent.id).limit(1)).scalar()
    previous, expected_seq, checked = None, 1, 0
    rows = connection.execution_options(stream_results=True).execute(
        select(AuditEvent).order_by(AuditEvent.chain_seq).where(AuditEvent.chain_seq.is_not(None)))
    with rows:
        for row in rows.mappings():
            problem = _link_problem(row, expected_seq, previous)
            if problem:
                return VerifyResult(checked, problem)
            previous, expected_seq, checked = row["hash"], expected_seq + 1, checked + 1
    if checked != head.last_seq or previous != head.last_hash:
        return VerifyResult(checked, _("Das Ende der Kette fehlt: erwartet {head} Einträge, gefunden {found}.").format(
            head=head.last_seq, found=checked))
    if unsealed is not None:
        return VerifyResult(checked, _("Protokolleintrag Nr. {id} ist nicht versiegelt.").format(id=unsealed))
    return VerifyResult(checked, None)


def _link_problem(row: RowMapping, expected_seq: int, previous: str | None) -> str | None:
    where = _("Protokolleintrag Nr. {id} (Kettenglied {seq}, {user}, {at:%d.%m.%Y %H:%M})").format(
        id=row["id"], seq=row["chain_seq"], user=row["user_name"], at=row["at"])
    if row["chain_seq"] != expected_seq:
        return _("Vor {where} fehlen Einträge der Kette (erwartet Glied {seq}).").format(where=where, seq=expected_seq)
    if row["prev_hash"] != previous:
        return _("{where} verweist nicht auf seinen Vorgänger.").format(where=where)
    if row["hash"] != link_hash(previous, row):
        return _("{where} wurde nachträglich verändert.").format(where=where)
    return None
