"""What the start page and the deadline list read: each call checks the reader's right first."""

from __future__ import annotations

from dataclasses import replace

from app.administration import dashboard as queries
from app.administration import warnings
from app.administration.dashboard import Dashboard, DeadlineItem
from app.kernel import clock
from app.kernel.permissions import allowed
from app.kernel.uow import UnitOfWork


def start_page(uow: UnitOfWork) -> Dashboard:
    """Budgets, cases by status, decisions awaiting confirmation, deadlines of the week, recent activity."""
    with uow:
        actor = uow.act("read-dashboard", permission="case.read")
        today = clock.today()
        board = queries.dashboard(uow.session, actor, today)
        rate = warnings.missing_base_rate(uow.session, today) if allowed(actor.role, "admin.configure") else None
        return replace(board, time_limits=tuple(warnings.time_limit_warnings(uow.session, today)),
                       base_rate_warning=rate)


def open_deadlines(uow: UnitOfWork, *, mine_only: bool) -> list[DeadlineItem]:
    """All open deadlines by due date, or only those assigned to the signed-in user (Wiedervorlage)."""
    with uow:
        actor = uow.act("read-deadlines", permission="case.read")
        return queries.deadlines(uow.session, clock.today(), assigned_to=actor.id if mine_only else None)
