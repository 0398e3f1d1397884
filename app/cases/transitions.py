"""Performing a declared workflow transition: state, role, guards, status history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from app.cases import workflow
from app.cases.guard_context import GuardContext
from app.cases.guards import GUARDS
from app.cases.workflow import Transition
from app.kernel import clock, permissions
from app.kernel.errors import TransitionRefused
from app.kernel.stored_text import StoredText, pack
from app.kernel.uow import UnitOfWork
from db.enums import Status
from db.models import Application, StatusChange


def perform(uow: UnitOfWork, application: Application, action: str, *, target: Status | None = None,
            reason: str | StoredText | None = None, params: Mapping[str, Any] | None = None,
            today: dt.date | None = None) -> Transition:
    """Refuse unless declared for the state, allowed for the role and all guards pass; then move.

    Must be called before the use case writes anything else, so a refusal leaves no trace.
    """
    transition = workflow.transition_for(action, application.status)
    actor = uow.act(action, reason)
    permissions.require(actor, f"case.{action}")
    context = GuardContext(uow.session, application, actor, today or clock.today(),
                           {"reason": None if reason is None else str(reason), **(params or {})})
    for name in transition.guards:
        problem = GUARDS[name](context)
        if problem:
            raise TransitionRefused(problem)
    if transition.targets:
        new_status = target or transition.targets[0]
        if new_status not in transition.targets:
            raise ValueError(f"{action} cannot lead to {new_status}")
        move(uow, application, new_status, action, reason)
    return transition


def precheck(uow: UnitOfWork, application: Application, action: str) -> Transition:
    """State and role only, for use cases that must read more before the guards can run."""
    transition = workflow.transition_for(action, application.status)
    permissions.require(uow.act(action), f"case.{action}")
    return transition


def move(uow: UnitOfWork, application: Application, new_status: Status, action: str,
         reason: str | StoredText | None) -> None:
    """Set the status and append the status history (also used when a case is created)."""
    old_status = application.status
    application.status = new_status
    if application.id is None:
        uow.session.add(application)
        uow.session.flush()
    uow.session.add(StatusChange(application_id=application.id, from_status=old_status, to_status=new_status,
                                 action=action, user_name=uow.actor.username, reason=pack(reason)))
    uow.session.flush()
