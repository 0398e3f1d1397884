"""The audit trail of the bulk copies on SQLite: one sealed "created" event per copied case.

On PostgreSQL the database's triggers write and seal the trail of every inserted row (schema 0009); the copy
only names the use case (`context_sql`). On SQLite the ORM flush writes the trail, which the
driver-level inserts of `demo.bulk` bypass, so the copier writes it itself: per copied case one event of the
use case "demo-copy" with the snapshot of the case (rendered and masked as `app.kernel.audit` does; the case's
lines, decisions, payments … came with it in the same use case). Ids, chain positions and hashes
(`app.kernel.audit_chain.link_hash`) are computed here and the events inserted already sealed, one statement
per chunk; the chain head moves once at the end. (An event per copied row, as the triggers write, took longer
than all the rest of the copy.)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, RowMapping, func, insert, select, update

from app.kernel.audit import PERSONAL, SKIPPED_FIELDS, render
from app.kernel.audit_chain import link_hash
from db.base import utcnow
from db.models import Application, AuditChain, AuditEvent

USER, ACTION = "admin", "demo-copy"
MASK = "‹personenbezogen›"
FIELDS = [(attr.columns[0].name, attr.key) for attr in Application.__mapper__.column_attrs
          if attr.key not in SKIPPED_FIELDS]
PERSONAL_FIELDS = PERSONAL.get("Application", frozenset())


def context_sql(connection: Connection) -> None:
    """PostgreSQL: the trigger-written trail names the use case (the person is the login that copies: naming
    another would trip the database's duties, e.g. a decision proposed only in one's own name)."""
    connection.execute(select(func.set_config("foerderdesk.action", ACTION, True)))


def snapshot(row: Mapping[str, Any] | RowMapping) -> dict[str, str]:
    """A case's values as the audit renders them (`row` as the ORM reads it: enums, dates, decimals)."""
    return {key: MASK if key in PERSONAL_FIELDS else str(render(row[column]))
            for column, key in FIELDS if row[column] is not None}


class Trail:
    """Collects the events of the copied cases and writes them sealed, chunk by chunk."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.next_id = int(connection.scalar(select(func.coalesce(func.max(AuditEvent.id), 0))) or 0) + 1
        head = connection.execute(select(AuditChain.last_seq, AuditChain.last_hash).where(AuditChain.id == 1)).one()
        self.seq, self.previous = int(head.last_seq), head.last_hash
        self.at = utcnow()
        self.rows: list[dict[str, Any]] = []

    def created(self, template: Mapping[str, str], template_row: Mapping[str, Any],
                copied: Mapping[str, Any]) -> None:
        """The event of one copied case: the template's snapshot with the values the copy changed (ids, texts)."""
        values = dict(template)
        for column, key in FIELDS:
            value = copied[column]
            if value is not template_row[column]:
                if value is None:
                    values.pop(key, None)
                else:
                    values[key] = MASK if key in PERSONAL_FIELDS else str(render(value))
        row = {"id": self.next_id, "at": self.at, "user_name": USER, "action": ACTION, "entity": "Application",
               "entity_id": str(copied["id"]), "application_id": copied["id"], "field": None, "old_value": None,
               "new_value": json.dumps(values, ensure_ascii=False, sort_keys=True), "reason": None}
        self.seq += 1
        digest = link_hash(self.previous, row)
        row.update(chain_seq=self.seq, prev_hash=self.previous, hash=digest, db_login=None)
        self.previous = digest
        self.next_id += 1
        self.rows.append(row)

    def write(self) -> None:
        if self.rows:
            self.connection.execute(insert(AuditEvent), self.rows)
            self.rows = []

    def finish(self) -> None:
        self.write()
        self.connection.execute(update(AuditChain).where(AuditChain.id == 1).values(last_seq=self.seq,
                                                                                     last_hash=self.previous))
