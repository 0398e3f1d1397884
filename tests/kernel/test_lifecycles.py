"""The lifecycles beside the case workflow: every undeclared step is refused, with the texts users know."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import pytest

from app.cases.decisions import DECISIONS
from app.cases.payment_rules import LIVE_ORDER_STATES
from app.kernel.errors import FoerderDeskError, TransitionRefused, ValidationError
from app.kernel.lifecycle import Lifecycle
from app.kernel.permissions import PERMISSIONS, allowed
from app.payments.lifecycles import CLAIMS, ORDERS, REQUESTS, ClaimState
from db.enums import DecisionState, OrderState, PaymentRequestState, Role
from tests.cases.test_workflow import ROOT

LIFECYCLES: tuple[Lifecycle, ...] = (DECISIONS, ORDERS, REQUESTS, CLAIMS)  # type: ignore[type-arg]


def _undeclared(lifecycle: Lifecycle) -> list[tuple[str, StrEnum]]:  # type: ignore[type-arg]
    return [(s.action, state) for s in lifecycle.steps for state in lifecycle.labels if state not in s.sources]


@pytest.mark.parametrize("lifecycle", LIFECYCLES, ids=lambda c: c.name)
def test_every_undeclared_step_is_refused_and_the_state_kept(lifecycle: Lifecycle) -> None:  # type: ignore[type-arg]
    @dataclass
    class Record:
        state: StrEnum

    undeclared = _undeclared(lifecycle)
    assert undeclared, "every lifecycle has steps that some state may not take"
    for action, state in undeclared:
        record = Record(state)
        with pytest.raises(lifecycle.error) as info:
            lifecycle.move(record, action, id=7)
        assert record.state == state and "7" in info.value.message, (action, state)


@pytest.mark.parametrize("lifecycle", LIFECYCLES, ids=lambda c: c.name)
def test_labels_cover_the_states_and_steps_name_known_permissions(lifecycle: Lifecycle) -> None:  # type: ignore[type-arg]
    assert set(lifecycle.labels) == set(type(lifecycle.initial))
    for declared in lifecycle.steps:
        assert declared.permission in PERMISSIONS or declared.permission.startswith("case.")
        assert not allowed(Role.reader, declared.permission)
    with pytest.raises(TransitionRefused, match="gibt es nicht"):
        lifecycle.step("fly")


def test_order_refusal_keeps_its_text() -> None:
    with pytest.raises(TransitionRefused, match=r"Nr\. 3 ist »bezahlt«; das ist in diesem Stand nicht möglich"):
        ORDERS.check("cancel", OrderState.paid, id=3)
    assert set(ORDERS.sources("cancel")) == set(LIVE_ORDER_STATES)
    assert ORDERS.sources("export") == (OrderState.ordered,)


def test_settled_request_claim_and_decided_proposal_are_refused() -> None:
    with pytest.raises(ValidationError, match=r"Der Mittelabruf Nr\. 4 ist bereits erledigt\."):
        REQUESTS.check("pay", PaymentRequestState.paid, id=4)
    with pytest.raises(TransitionRefused, match="»beglichen«"):
        CLAIMS.check("repay", ClaimState.settled, id=5)
    with pytest.raises(TransitionRefused, match="»zurückgegeben«; »Entscheidung bestätigen« ist nicht möglich"):
        DECISIONS.check("confirm", DecisionState.returned, id=6)
    assert issubclass(REQUESTS.error, FoerderDeskError)


def test_declared_steps_move_the_record() -> None:
    @dataclass
    class Order:
        state: OrderState

    order = Order(OrderState.draft)
    for action in ("sign-factual", "sign-arithmetic", "export", "reexport", "book-paid"):
        ORDERS.move(order, action, id=1)
    assert order.state == OrderState.paid


def test_docs_show_every_lifecycle() -> None:
    text = (ROOT / "docs" / "workflow.md").read_text(encoding="utf-8")
    for lifecycle in LIFECYCLES:
        assert f"## {lifecycle.title}" in text
