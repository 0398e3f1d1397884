"""Reading the audit trail of a case (only for roles allowed to see it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.kernel.case_records import load_case
from app.kernel.uow import UnitOfWork
from db.models import AuditEvent


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user_name: str
    action: str
    entity: str
    entity_id: str
    field: str | None
    old_value: str | None
    new_value: str | None
    reason: str | None


def audit_trail(uow: UnitOfWork, file_number: str) -> list[AuditRow]:
    with uow:
        uow.act("read-audit", permission="audit.read")
        app = load_case(uow.session, file_number)
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.application_id == app.id)
                                     .order_by(AuditEvent.id))
        return [AuditRow(e.id, e.at, e.user_name, e.action, e.entity, e.entity_id, e.field, e.old_value,
                         e.new_value, e.reason) for e in events]
