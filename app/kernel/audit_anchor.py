"""Anchoring the audit chain outside the database, and checking the trail against an anchor.

Whoever holds the schema owner (or the SQLite file) could rebuild the whole chain, or cut its tail and rewind
the head: inside the database such a trail looks intact. An anchor is a checkpoint kept *outside*: how many
links the chain had, the hash of the last one, and when. It is signed with the database's audit key (on
PostgreSQL inside the database, which never hands out the key), so it cannot be typed up by hand. Checking a
later trail against an older anchor finds a cut tail (fewer links than anchored) and a rehash (the anchored
link no longer has its hash). The office files an anchor regularly (docs/operations.md); every auditor's
dossier carries one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Connection, select, text

from app.kernel import atomic
from app.kernel.audit_chain import VerifyResult, verify
from app.kernel.database import Database
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import reading
from db.models import AuditChain, AuditEvent, AuditKey

FORMAT = "foerderdesk-protokollanker/1"


@dataclass(frozen=True)
class Anchor:
    entries: int
    head: str | None
    made_at: str  # ISO 8601, UTC
    signature: str
    format: str = FORMAT

    def to_json(self) -> bytes:
        return (json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _message(entries: int, head: str | None, made_at: str) -> str:
    return f"foerderdesk-anker||{entries}|{head or ''}|{made_at}"


def _signature(connection: Connection, entries: int, head: str | None, made_at: str) -> str:
    if connection.dialect.name == "postgresql":
        signed = connection.execute(text("SELECT fd_audit_anchor_signature('', :entries, :head, :made_at)"),
                                    {"entries": entries, "head": head, "made_at": made_at}).scalar()
        return str(signed)
    key = connection.execute(select(AuditKey.key).where(AuditKey.id == 1)).scalar_one()
    return hmac.new(key, _message(entries, head, made_at).encode("utf-8"), hashlib.sha256).hexdigest()


def make_anchor(database: Database, user_name: str) -> Anchor:
    """A signed checkpoint of the chain as it stands now (for those who may read the audit trail)."""
    with reading(database, user_name, "audit.read") as scope:
        connection = scope.session.connection()
        return anchor_of(connection)


def anchor_of(connection: Connection) -> Anchor:
    head = connection.execute(select(AuditChain.last_seq, AuditChain.last_hash).where(AuditChain.id == 1)).one()
    made_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return Anchor(int(head.last_seq), head.last_hash, made_at,
                  _signature(connection, int(head.last_seq), head.last_hash, made_at))


def write_anchor(anchor: Anchor, target: Path) -> None:
    atomic.write_bytes(target, anchor.to_json())


def read_anchor(source: Path) -> Anchor:
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(data.get("format"))
        return Anchor(int(data["entries"]), data["head"], str(data["made_at"]), str(data["signature"]))
    except OSError as exc:
        raise ValidationError(_("Die Ankerdatei {path} kann nicht gelesen werden ({error}).").format(
            path=source, error=exc.strerror or exc)) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValidationError(_("{path} ist keine Ankerdatei von FörderDesk.").format(path=source)) from exc


def _made_at_label(anchor: Anchor) -> str:
    try:
        return dt.datetime.fromisoformat(anchor.made_at).astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return anchor.made_at


def anchor_problem(connection: Connection, anchor: Anchor) -> str | None:
    """What the trail as it stands contradicts in `anchor` (None: it still holds everything anchored)."""
    expected = _signature(connection, anchor.entries, anchor.head, anchor.made_at)
    when = _made_at_label(anchor)
    if not hmac.compare_digest(expected, anchor.signature):
        return _("Der Anker vom {when} ist nicht mit dem Protokollschlüssel dieser Datenbank signiert: er stammt "
                 "von einer anderen Datenbank, wurde verändert, oder der Schlüssel wurde ersetzt.").format(when=when)
    last = connection.execute(select(AuditChain.last_seq).where(AuditChain.id == 1)).scalar_one()
    if anchor.entries == 0:
        return None
    anchored = connection.execute(select(AuditEvent.hash).where(AuditEvent.chain_seq == anchor.entries)).first()
    if last < anchor.entries or anchored is None:
        return _("Dem Protokoll fehlen Einträge: beim Anker vom {when} hatte die Kette {entries} Glieder, jetzt "
                 "{now}.").format(when=when, entries=anchor.entries, now=last)
    if anchored.hash != anchor.head:
        return _("Das Protokoll wurde seit dem Anker vom {when} neu berechnet oder verändert: Kettenglied {n} hat "
                 "nicht mehr den verankerten Stand.").format(when=when, n=anchor.entries)
    return None


def verify_trail(database: Database, user_name: str, anchor: Anchor | None = None) -> VerifyResult:
    """The whole chain, and with `anchor` also everything anchored (for those who may read the audit trail)."""
    with reading(database, user_name, "audit.read") as scope:
        connection = scope.session.connection()
        if anchor is not None:
            problem = anchor_problem(connection, anchor)
            if problem is not None:
                return VerifyResult(0, problem)
        return verify(connection)
