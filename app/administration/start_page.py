"""What the start page and the deadline list read: each call checks the reader's right first."""

from __future__ import annotations

from app.administration import dashboard as queries
from app.administration.dashboard import Dashboard, DeadlineItem
from app.kernel import clock
from app.kernel.uow import UnitOfWork


def start_page(uow: UnitOfWork) -> Dashboard:
    """Budgets, cases by status, decisions awaiting confirmation, deadlines of the week, recent activity."""
    with uow:
        actor = uow.act("read-dashboard", permission="case.read")
        return queries.dashboard(uow.session, actor, clock.today())


def open_deadlines(uow: UnitOfWork, *, mine_only: bool) -> list[DeadlineItem]:
    """All open deadlines by due date, or only those assigned to the signed-in user (Wiedervorlage)."""
    with uow:
        actor = uow.act("read-deadlines", permission="case.read")
        return queries.deadlines(uow.session, clock.today(), assigned_to=actor.id if mine_only else None)
