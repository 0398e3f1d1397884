"""Every workflow action is refused in every state where it is not declared and for every role that may
not perform it — through the real services, with the state and the audit trail unchanged and a reason."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from app.cases.transitions import perform
from app.cases.workflow import TRANSITIONS, transition_named
from app.kernel.case_records import load_case
from app.kernel.errors import PermissionDenied, TransitionRefused
from app.kernel.uow import UnitOfWork
from cli.transitions import ACTIONS, ORDER_ONLY
from db.enums import Role, Status
from db.models import Application, AuditEvent
from tests.support import Office, register

USER_OF_ROLE = {Role.caseworker: "anna", Role.supervisor: "sabine", Role.admin: "admin", Role.reader: "leser"}


def args(**overrides: object) -> argparse.Namespace:
    values = dict(amount="100.00", date="2026-12-30", reason="Begründung mit ausreichend Text für die Prüfung.",
                  outcome="approve", purpose="clawback", channel="written", remedied=True, request=None, posted=None,
                  actual_costs="100", eligible_costs="100", own_funds="0", third_party_funds="0", other_income="0",
                  ineffective_on=None, interest_until=None, waive_interest=None, bescheid=None, expected_version=None,
                  score_basis=None)
    values.update(overrides)
    return argparse.Namespace(**values)


def snapshot(office: Office, file_number: str) -> tuple[Status, int]:
    with office.database.read() as s:
        app = s.scalar(select(Application).where(Application.file_number == file_number))
        assert app is not None
        events = s.scalar(select(func.count()).select_from(AuditEvent))
        return app.status, int(events or 0)


def force_status(office: Office, file_number: str, status: Status) -> None:
    """Test set-up only: put the case into a state without walking there."""
    with office.database.engine.begin() as conn:
        conn.execute(update(Application).where(Application.file_number == file_number).values(status=status))


def _perform(action: str) -> Callable[[UnitOfWork, str, argparse.Namespace], None]:
    """The payments (`pay`, `pay-balance`) have no action of their own: `book_paid` performs them like this
    (and `close_case` performs `propose-clawback`)."""
    def run(uow: UnitOfWork, file_number: str, _args: argparse.Namespace) -> None:
        with uow:
            perform(uow, load_case(uow.session, file_number, for_update=True), action,
                    params={"amount": Decimal("100.00")})
            uow.commit()
    return run


RUN = {**ACTIONS, **{action: _perform(action) for action in ORDER_ONLY}}


@pytest.fixture
def case_ref(office: Office) -> str:
    return register(office)


def test_every_action_has_a_declaration_and_a_handler() -> None:
    assert {t.action for t in TRANSITIONS if t.direct} == set(ACTIONS)
    # payments only through an order; a clawback proposal only through `close`
    assert {t.action for t in TRANSITIONS if not t.direct} == set(ORDER_ONLY) == {"pay", "pay-balance",
                                                                                 "propose-clawback"}


def test_undeclared_action_is_refused_with_the_list_of_actions() -> None:
    with pytest.raises(TransitionRefused, match="gibt es nicht"):
        transition_named("approve-everything")


def test_actions_refused_in_undeclared_states(office: Office, case_ref: str) -> None:
    refused = 0
    for transition in TRANSITIONS:
        user = "sabine" if Role.supervisor in transition.roles else "anna"
        for status in Status:
            if status in transition.sources:
                continue
            force_status(office, case_ref, status)
            before = snapshot(office, case_ref)
            with pytest.raises(TransitionRefused) as info:
                RUN[transition.action](UnitOfWork(office.database, user), case_ref, args())
            assert "nicht möglich" in info.value.message, (transition.action, status, info.value.message)
            assert snapshot(office, case_ref) == before, (transition.action, status)
            refused += 1
    assert refused == sum(len(Status) - len(t.sources) for t in TRANSITIONS)


def test_actions_refused_for_roles_without_permission(office: Office, case_ref: str) -> None:
    refused = 0
    for transition in TRANSITIONS:
        force_status(office, case_ref, sorted(transition.sources)[0])
        for role in Role:
            if role in transition.roles:
                continue
            before = snapshot(office, case_ref)
            with pytest.raises(PermissionDenied) as info:
                RUN[transition.action](UnitOfWork(office.database, USER_OF_ROLE[role]), case_ref, args())
            assert "darf" in info.value.message and transition.label in info.value.message
            assert snapshot(office, case_ref) == before
            refused += 1
    assert refused == sum(len(Role) - len(t.roles) for t in TRANSITIONS)


def test_unknown_and_deactivated_users_are_refused(office: Office, case_ref: str) -> None:
    from app.administration import users

    with pytest.raises(PermissionDenied, match="nicht angelegt"):
        ACTIONS["start-check"](UnitOfWork(office.database, "mallory"), case_ref, args())
    users.set_active(office.admin, "anna", False)
    with pytest.raises(PermissionDenied, match="deaktiviert"):
        ACTIONS["start-check"](UnitOfWork(office.database, "anna"), case_ref, args())
    assert snapshot(office, case_ref)[0] == Status.received
