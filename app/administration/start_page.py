"""What the start page and the deadline list read: each call checks the reader's right first."""

from __future__ import annotations

from dataclasses import replace

from app.administration import dashboard as queries
from app.administration import warnings
from app.administration.dashboard import Dashboard, DeadlineItem
from app.administration.setup_gaps import setup_gaps
from app.kernel import clock
from app.kernel.permissions import allowed
from app.kernel.uow import UnitOfWork


def start_page(uow: UnitOfWork) -> Dashboard:
    """Budgets, cases by status, decisions awaiting confirmation, deadlines of the week, recent activity; for
    administrators also a missing base rate and what the office still lacks."""
    with uow:
        actor = uow.act("read-dashboard", permission="case.read")
        today = clock.today()
        board = queries.dashboard(uow.session, actor, today)
        admin = allowed(actor.role, "admin.configure")
        rate = warnings.missing_base_rate(uow.session, today) if admin else None
        gaps = tuple(setup_gaps(uow.session, today)) if admin else ()
        return replace(board, time_limits=tuple(warnings.time_limit_warnings(uow.session, today)),
                       base_rate_warning=rate, setup_gaps=gaps)


def open_deadlines(uow: UnitOfWork, *, mine_only: bool) -> list[DeadlineItem]:
    """All open deadlines by due date, or only those assigned to the signed-in user (Wiedervorlage)."""
    with uow:
        actor = uow.act("read-deadlines", permission="case.read")
        return queries.deadlines(uow.session, clock.today(), assigned_to=actor.id if mine_only else None)
