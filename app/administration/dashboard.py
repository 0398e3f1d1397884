"""The start page: budgets, cases by status, decisions awaiting confirmation, deadlines, recent activity."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.administration.setup_gaps import SetupGap
from app.cases.action_labels import action_label
from app.cases.case_list import deadline_is_open
from app.cases.code_labels import STATUS, code_label
from app.kernel import budget
from app.kernel.case_records import IDEA_PREFIX, case_file_number
from app.kernel.i18n import _
from app.kernel.permissions import Actor, allowed
from app.kernel.stored_text import render
from db.enums import DeadlineKind, DecisionOutcome, DecisionState, Role, Status
from db.models import Application, AuditEvent, Deadline, Decision, User


def deadline_kind_label(kind: DeadlineKind) -> str:
    """The kind of a deadline in the reader's language (translated when read, not at import)."""
    label = code_label(DeadlineKind, kind.value)
    return _(label) if label is not None else kind.value


@dataclass(frozen=True)
class StatusCount:
    status: Status
    label: str
    count: int


@dataclass(frozen=True)
class PendingDecision:
    file_number: str
    title: str
    applicant: str
    outcome: DecisionOutcome
    amount: Decimal | None
    proposed_by: str
    proposed_at: dt.datetime
    mine_to_confirm: bool  # a supervisor who did not propose it


@dataclass(frozen=True)
class DeadlineItem:
    id: int
    version: int
    file_number: str | None
    case_title: str | None
    title: str
    kind: DeadlineKind
    kind_label: str
    due_on: dt.date
    assigned_to: str | None
    overdue: bool


@dataclass(frozen=True)
class Activity:
    at: dt.datetime
    user: str
    action: str
    file_number: str | None
    label: str = ""  # the German name of the action (`app.cases.action_labels`)


@dataclass(frozen=True)
class Dashboard:
    budgets: list[budget.BudgetFigures]
    statuses: list[StatusCount]
    pending: list[PendingDecision]
    due_this_week: list[DeadlineItem]
    overdue: list[DeadlineItem]
    recent: list[Activity]
    overdue_count: int = 0  # all of them; the lists hold the first START_PAGE_DEADLINES by due date
    due_this_week_count: int = 0
    time_limits: tuple[DeadlineItem, ...] = ()  # revocation limit and limitation ending soon (`warnings`)
    base_rate_warning: str | None = None  # administrators: the current half-year's base rate is missing
    setup_gaps: tuple[SetupGap, ...] = ()  # administrators: what the office still lacks (`setup_gaps`)


START_PAGE_DEADLINES = 200  # rows on the start page; the deadlines page lists all


def status_counts(session: Session) -> list[StatusCount]:
    found = dict(session.execute(select(Application.status, func.count()).group_by(Application.status)).all())
    return [StatusCount(s, _(STATUS[s]), int(found.get(s, 0))) for s in Status]  # translated when read


def pending_decisions(session: Session, actor: Actor) -> list[PendingDecision]:
    rows = session.execute(select(Decision, Application, User).join(Application, Application.id ==
                                                                    Decision.application_id)
                           .join(User, User.id == Decision.proposed_by_id)
                           .where(Decision.state == DecisionState.proposed,
                                  Application.status == Status.decision_proposed)
                           .order_by(Decision.proposed_at)).all()
    return [PendingDecision(case_file_number(app), app.title, app.applicant.name, d.outcome, d.amount,
                            user.display_name, d.proposed_at,
                            actor.role == Role.supervisor and d.proposed_by_id != actor.id)
            for d, app, user in rows]


def deadlines(session: Session, today: dt.date, *, assigned_to: int | None = None, due_by: dt.date | None = None,
              limit: int | None = None, kinds: frozenset[DeadlineKind] | None = None) -> list[DeadlineItem]:
    """Open deadlines by due date (an expired objection period is no to-do and not listed).

    Plain columns, no ORM objects: an office with many cases has tens of thousands of open deadlines."""
    query = (select(Deadline.id, Deadline.version, Application.id, Application.file_number, Application.title,
                    Deadline.title, Deadline.title_params, Deadline.kind, Deadline.due_on, User.display_name)
             .outerjoin(Application, Application.id == Deadline.application_id)
             .outerjoin(User, User.id == Deadline.assigned_to_id).where(deadline_is_open(today))
             .order_by(Deadline.due_on, Deadline.id))
    if assigned_to is not None:
        query = query.where(Deadline.assigned_to_id == assigned_to)
    if due_by is not None:
        query = query.where(Deadline.due_on <= due_by)
    if kinds is not None:
        query = query.where(Deadline.kind.in_(kinds))
    if limit is not None:
        query = query.limit(limit)
    return [DeadlineItem(d_id, version, (file_number or f"{IDEA_PREFIX}{app_id}") if app_id else None, app_title,
                         render(title, params), kind, deadline_kind_label(kind), due_on, user,
                         due_on < today)
            for d_id, version, app_id, file_number, app_title, title, params, kind, due_on, user
            in session.execute(query)]


def deadline_counts(session: Session, today: dt.date, week_end: dt.date) -> tuple[int, int]:
    """(overdue, due from today to `week_end`) among the open deadlines, counted in the database."""
    overdue = func.sum(case((Deadline.due_on < today, 1), else_=0))
    week = func.sum(case((Deadline.due_on >= today, 1), else_=0))
    found = session.execute(select(overdue, week).where(deadline_is_open(today), Deadline.due_on <= week_end)).one()
    return int(found[0] or 0), int(found[1] or 0)


def recent_activity(session: Session, limit: int = 15) -> list[Activity]:
    """The latest use cases (one line per use case, not per changed field)."""
    rows = session.execute(select(AuditEvent.at, AuditEvent.user_name, AuditEvent.action, AuditEvent.application_id)
                           .where(AuditEvent.action.not_in(("reference-data", "read-audit")))
                           .order_by(AuditEvent.id.desc()).limit(limit * 20)).all()
    result: list[tuple[dt.datetime, str, str, int | None]] = []
    for row in rows:
        if result and result[-1][1:] == tuple(row)[1:]:
            continue
        at, user, action, application_id = row
        result.append((at, user, action, application_id))
        if len(result) == limit:
            break
    apps = {a.id: a for a in session.scalars(select(Application).where(
        Application.id.in_([r[3] for r in result if r[3] is not None])))}
    people = dict(session.execute(select(User.username, User.display_name).where(
        User.username.in_({r[1] for r in result}))).all())  # who acted, as people know them (issue 23)
    return [Activity(at, people.get(user) or user, action, case_file_number(apps[app_id]) if app_id in apps else None,
                     action_label(action))
            for at, user, action, app_id in result]


def dashboard(session: Session, actor: Actor, today: dt.date) -> Dashboard:
    week_end = today + dt.timedelta(days=7)
    open_items = deadlines(session, today, due_by=week_end, limit=START_PAGE_DEADLINES)
    overdue_count, week_count = deadline_counts(session, today, week_end)
    return Dashboard(budgets=budget.figures(session), statuses=status_counts(session),
                     pending=pending_decisions(session, actor),
                     due_this_week=[d for d in open_items if not d.overdue],
                     overdue=[d for d in open_items if d.overdue],
                     recent=recent_activity(session) if allowed(actor.role, "audit.read") else [],
                     overdue_count=overdue_count, due_this_week_count=week_count)
