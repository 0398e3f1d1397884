"""Deadlines (Fristen) and follow-ups (Wiedervorlage): create, complete, postpone."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel import clock
from app.kernel.case_records import load_case
from app.kernel.errors import ConcurrentEditError, NotFound, ValidationError
from app.kernel.i18n import _
from app.kernel.periods import format_date
from app.kernel.stored_text import StoredText, free, render
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_date, require_justification, require_text
from db.base import utcnow
from db.enums import DeadlineKind
from db.models import Application, Deadline


def open_deadline(session: Session, app: Application, kind: DeadlineKind, subject: StoredText, due_on: dt.date,
                  created_by: str, assigned_to_id: int | None = None) -> Deadline:
    """THE way to create a deadline. The subject is stored language-neutral and rendered in the reader's language:
    `coded(N_("Stellungnahme zur Anhörung bis {due}"), due=day)` (see `app.kernel.stored_text`), or `free(text)`
    for what a person typed. Assigned to the case's caseworker unless someone else is named."""
    if not isinstance(subject, StoredText):
        raise TypeError("a deadline subject is a StoredText: coded(N_('…'), …) or free(text)")
    deadline = Deadline(application_id=app.id, kind=kind, title=subject.message, title_params=subject.params_json,
                        due_on=due_on, created_by=created_by,
                        assigned_to_id=assigned_to_id if assigned_to_id is not None else app.caseworker_id)
    session.add(deadline)
    return deadline


def open_office_deadline(session: Session, kind: DeadlineKind, subject: StoredText, due_on: dt.date,
                         created_by: str, assigned_to_id: int | None) -> Deadline:
    """A deadline of the office that belongs to no case (e.g. the county's application to the Land); the same
    rules as `open_deadline`."""
    if not isinstance(subject, StoredText):
        raise TypeError("a deadline subject is a StoredText: coded(N_('…'), …) or free(text)")
    deadline = Deadline(application_id=None, kind=kind, title=subject.message, title_params=subject.params_json,
                        due_on=due_on, created_by=created_by, assigned_to_id=assigned_to_id)
    session.add(deadline)
    return deadline


def deadline_subject(deadline: Deadline) -> str:
    """A deadline's subject in the reader's language."""
    return render(deadline.title, deadline.title_params)


def close_deadlines(session: Session, app: Application, kinds: tuple[DeadlineKind, ...] | None, user: str) -> int:
    """Mark open deadlines of the case done (all kinds if `kinds` is None)."""
    query = select(Deadline).where(Deadline.application_id == app.id, Deadline.done_at.is_(None))
    if kinds is not None:
        query = query.where(Deadline.kind.in_(kinds))
    count = 0
    for deadline in session.scalars(query):
        deadline.done_at = utcnow()
        deadline.done_by = user
        count += 1
    return count


def add_follow_up(uow: UnitOfWork, file_number: str, title: str, due_on: dt.date | str,
                  assigned_to: str | None = None) -> int:
    with uow:
        actor = uow.act("add-follow-up", permission="deadline.manage")
        app = load_case(uow.session, file_number)
        due = require_date(due_on, _("Wiedervorlage am"), field="due_on")
        if due < clock.today():
            raise ValidationError(_("Die Wiedervorlage ({due}) liegt in der Vergangenheit.").format(
                due=format_date(due)), "due_on")
        assignee = None
        if assigned_to:
            from app.kernel.lookups import user_by_name

            assignee = user_by_name(uow.session, assigned_to).id
        deadline = open_deadline(uow.session, app, DeadlineKind.follow_up,
                                 free(require_text(title, _("Betreff"), field="title")), due, actor.username,
                                 assignee)
        uow.session.flush()
        deadline_id = deadline.id
        uow.commit()
    return deadline_id


def _load(uow: UnitOfWork, deadline_id: int, expected_version: int | None) -> Deadline:
    deadline = uow.session.get(Deadline, deadline_id)
    if deadline is None:
        raise NotFound(_("Die Frist Nr. {id} gibt es nicht.").format(id=deadline_id))
    if expected_version is not None and deadline.version != expected_version:
        raise ConcurrentEditError(_("Die Frist wurde inzwischen von jemand anderem bearbeitet. Bitte neu laden."))
    if deadline.done_at is not None:
        raise ValidationError(_("Die Frist ist bereits erledigt."))
    return deadline


def complete_deadline(uow: UnitOfWork, deadline_id: int, expected_version: int | None = None) -> None:
    with uow:
        actor = uow.act("complete-deadline", permission="deadline.manage")
        deadline = _load(uow, deadline_id, expected_version)
        deadline.done_at = utcnow()
        deadline.done_by = actor.username
        uow.commit()


def postpone_deadline(uow: UnitOfWork, deadline_id: int, new_due_on: dt.date | str, reason: str,
                      expected_version: int | None = None) -> None:
    with uow:
        justification = require_justification(reason, _("Grund der Verschiebung"), field="reason")
        uow.act("postpone-deadline", justification, permission="deadline.manage")
        deadline = _load(uow, deadline_id, expected_version)
        due = require_date(new_due_on, _("Neue Frist"), field="due_on")
        if due <= deadline.due_on:
            raise ValidationError(_("Die neue Frist muss nach der bisherigen ({due}) liegen.").format(
                due=format_date(deadline.due_on)), "due_on")
        deadline.due_on = due
        deadline.postpone_reason = justification
        uow.commit()
