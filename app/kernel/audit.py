"""Audit trail written in the same transaction as the change: on SQLite by the flush, on PostgreSQL by the database.

On PostgreSQL (schema 0009) triggers write and seal the rows with the login behind the change, so a change
made outside FörderDesk is audited too; the program only names the use case (`set_context`). On SQLite:

Services never forget an audit event because they do not write them: every
insert, update and delete of an audited entity is turned into `AuditEvent`
rows after the flush (ids known, attribute history still present). The acting
user, the use case (action) and an optional reason come from `session.info`,
set by the unit of work. A flush of audited changes without an actor is a bug
and raises.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Session

from app.kernel.audit_chain import seal
from db.base import utcnow
from db.models import AuditChain, AuditEvent, ProofOfUse, StatusChange
from db.models.applications import Application

# Append-only records that are themselves history, or the audit trail itself.
NOT_AUDITED: tuple[type, ...] = (AuditEvent, AuditChain, StatusChange)
SKIPPED_FIELDS = frozenset({"version", "created_at", "updated_at"})
MAX_VALUE_CHARS = 2000


@dataclass
class AuditContext:
    user_name: str
    action: str
    reason: str | None = None


def set_context(session: Session, context: AuditContext) -> None:
    """Name who acts, in which use case and why. On PostgreSQL the database writes the trail itself (schema
    0009): it is told the use case and the reason for this transaction; the person it takes from the login."""
    session.info["audit"] = context
    if _database_writes_trail(session):
        session.execute(select(func.set_config("foerderdesk.person", context.user_name, True),
                               func.set_config("foerderdesk.action", context.action, True),
                               func.set_config("foerderdesk.reason", context.reason or "", True)))


def _database_writes_trail(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def render(value: Any) -> str | None:
    """A stable, readable text for an audited value."""
    if value is None:
        return None
    if isinstance(value, bytes):
        return f"<{len(value)} Bytes>"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return f"{value:.2f}" if value.as_tuple().exponent == -2 else str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"


def _entity_id(obj: Any) -> str:
    """Primary key as text; read from the instance because new objects get their identity key after the flush."""
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(part) for part in key)


def _application_id(obj: Any, session: Session | None = None) -> int | None:
    if isinstance(obj, Application):
        return obj.id
    proof_id = getattr(obj, "proof_id", None)  # receipts, samples, cost lines of a proof of use (issue 15)
    if proof_id is not None and session is not None:
        return _proof_case(session, proof_id)
    return getattr(obj, "application_id", None)


def _proof_case(session: Session, proof_id: int) -> int | None:
    cache: dict[int, int | None] = session.info.setdefault("audit_proof_cases", {})
    if proof_id not in cache:
        cache[proof_id] = session.connection().scalar(
            select(ProofOfUse.application_id).where(ProofOfUse.id == proof_id))
    return cache[proof_id]


def _columns(obj: Any) -> Iterable[str]:
    return (attr.key for attr in inspect(obj).mapper.column_attrs if attr.key not in SKIPPED_FIELDS)


# Personal data of people (not organisations): the trail records that it changed, not what it says, so that
# anonymising after the retention period leaves no copy in the append-only trail (DSGVO Art. 17).
# Free texts that may name people count as personal too (the record itself keeps the text until anonymised).
# An applicant's name, postcode and city stay readable (who the case is about, the district check); street and
# the ways of reaching and paying them do not. BIC and bank name name a bank, not a person (schema 0015).
# PostgreSQL keeps the same lists in the arguments of its audit triggers (schemas 0009, 0013, 0015).
PERSONAL = {"ContactPerson": frozenset({"name", "email", "phone", "salutation"}), "Note": frozenset({"text"}),
            "Applicant": frozenset({"street", "email", "phone", "iban", "account_holder", "notes"}),
            "BankAccount": frozenset({"iban", "account_holder"}),
            "PaymentOrder": frozenset({"payee", "iban"}),
            "RevocationKnowledge": frozenset({"facts"}),
            "Consultation": frozenset({"notes", "contact_name", "contact_phone", "contact_email"}),
            "Hearing": frozenset({"response_text"}),
            "Objection": frozenset({"grounds"}), "User": frozenset({"password_hash", "email", "phone"}),
            "PendingExportFile": frozenset({"content"})}


def _masked(obj: Any, key: str, value: str | None) -> str | None:
    if value is None or key not in PERSONAL.get(type(obj).__name__, ()):
        return value
    return "‹personenbezogen›"  # no hash either: short names would be easy to guess back


def _snapshot(obj: Any) -> str:
    data = {key: _masked(obj, key, render(getattr(obj, key))) for key in _columns(obj)}
    data = {key: value for key, value in data.items() if value is not None}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _collection_changes(obj: Any) -> Iterable[tuple[str, str | None, str | None]]:
    """Many-to-many links (e.g. required documents of an applicant type) as sorted id lists, old → new."""
    state = inspect(obj)
    for relationship in state.mapper.relationships:
        if relationship.secondary is None:
            continue
        history = state.attrs[relationship.key].history
        if not history.has_changes():
            continue
        def ids(items: Iterable[Any]) -> str:
            return json.dumps(sorted(_entity_id(i) for i in items))
        yield (relationship.key, ids([*history.unchanged, *history.deleted]),
               ids([*history.unchanged, *history.added]))


def _changes(obj: Any) -> Iterable[tuple[str, str | None, str | None]]:
    yield from _collection_changes(obj)
    state = inspect(obj)
    for key in _columns(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if render(old) != render(new):
            yield key, _masked(obj, key, render(old)), _masked(obj, key, render(new))


def _rows_for(session: Session, context: AuditContext) -> list[dict[str, Any]]:
    now = utcnow()
    base = {"at": now, "user_name": context.user_name, "action": context.action, "reason": context.reason}
    rows: list[dict[str, Any]] = []

    def row(obj: Any, **extra: Any) -> dict[str, Any]:
        return {**base, "entity": type(obj).__name__, "entity_id": _entity_id(obj),
                "application_id": _application_id(obj, session), **extra}

    for obj in session.new:
        if not isinstance(obj, NOT_AUDITED):
            rows.append(row(obj, field=None, old_value=None, new_value=_snapshot(obj)))
    for obj in session.dirty:
        if isinstance(obj, NOT_AUDITED) or not session.is_modified(obj, include_collections=True):
            continue
        for field, old, new in _changes(obj):
            rows.append(row(obj, field=field, old_value=old, new_value=new))
    for obj in session.deleted:
        if not isinstance(obj, NOT_AUDITED):
            rows.append(row(obj, field=None, old_value=_snapshot(obj), new_value=None))
    return rows


def _after_flush(session: Session, _flush_context: Any) -> None:
    touched = [o for o in (*session.new, *session.dirty, *session.deleted) if not isinstance(o, NOT_AUDITED)]
    if not touched:
        return
    context: AuditContext | None = session.info.get("audit")
    if context is None:
        raise RuntimeError("audited change flushed without an actor (use a UnitOfWork)")
    if _database_writes_trail(session):
        return
    rows = _rows_for(session, context)
    if rows:
        ids = session.connection().execute(insert(AuditEvent).returning(AuditEvent.id, sort_by_parameter_order=True),
                                           rows).scalars().all()
        pending = session.info.setdefault("audit_pending", [])
        pending.extend({**row, "id": row_id} for row, row_id in zip(rows, ids, strict=True))


def _before_commit(session: Session) -> None:
    """Seal this transaction's audit events into the hash chain, as the very last step before commit."""
    session.flush()
    pending = session.info.pop("audit_pending", None)
    if pending:
        seal(session.connection(), pending)


def _after_rollback(session: Session, _previous_transaction: Any) -> None:
    session.info.pop("audit_pending", None)


class AuditedSession(Session):
    """The session class of every write session: its flushes are audited, its commits sealed.

    The listeners hang on the class, registered once at import; listeners on individual session
    factories were lost at random when a new factory reused the memory address of a collected one.
    """


event.listen(AuditedSession, "after_flush", _after_flush)
event.listen(AuditedSession, "before_commit", _before_commit)
event.listen(AuditedSession, "after_soft_rollback", _after_rollback)

