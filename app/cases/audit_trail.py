"""Reading the audit trail of a case (only for roles allowed to see it), as rows and as sentences."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.cases.audit_sentences import Names, audit_reason, sentence
from app.kernel.case_records import load_case
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from db.models import AuditEvent, DocumentType, User


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
    user_display: str = ""  # the person's display name ("Anna Schmidt"); the user name if unknown
    sentence: str = ""  # what happened, in the reader's language (app.cases.audit_sentences)

    @property
    def line(self) -> str:
        """"12.03.2026 14:05 — Anna Schmidt hat …" (local time)."""
        return f"{self.at.astimezone().strftime('%d.%m.%Y %H:%M')} — {self.sentence}"


def audit_trail(uow: UnitOfWork, file_number: str) -> list[AuditRow]:
    with uow:
        uow.act("read-audit", permission="audit.read")
        app = load_case(uow.session, file_number)
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.application_id == app.id)
                                     .order_by(AuditEvent.id)).all()
        people = uow.session.execute(select(User.id, User.username, User.display_name)).all()
        by_name = {username: display or username for _id, username, display in people}
        document_types = uow.session.execute(select(DocumentType.id, DocumentType.name))
        names = Names({user_id: display or username for user_id, username, display in people},
                      {type_id: _(name) for type_id, name in document_types})  # seeded names are message ids
        rows = []
        for e in events:
            who = by_name.get(e.user_name, e.user_name)
            rows.append(AuditRow(e.id, e.at, e.user_name, e.action, e.entity, e.entity_id, e.field, e.old_value,
                                 e.new_value, audit_reason(e.reason) or None, who,
                                 sentence(who, e.action, e.entity, e.field, e.old_value, e.new_value, names)))
        return rows
