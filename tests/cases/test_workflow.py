"""The workflow declaration: complete, consistent, and the committed diagram is generated from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cases.guards import GUARDS
from app.cases.workflow import STATUS_LABELS, TRANSITIONS, available, transition_for
from app.kernel.errors import TransitionRefused
from cli.workflow_commands import workflow_document
from db.enums import Role, Status

ROOT = Path(__file__).resolve().parents[2]


def test_every_guard_named_in_the_declaration_is_implemented() -> None:
    named = {g for t in TRANSITIONS for g in t.guards}
    assert named <= set(GUARDS)
    assert set(GUARDS) <= named, "an implemented guard that no transition uses"


def test_every_state_has_a_label_and_is_reachable() -> None:
    assert set(STATUS_LABELS) == set(Status)
    reachable = {Status.idea, Status.received} | {s for t in TRANSITIONS for s in t.targets}
    assert reachable == set(Status)


def test_final_states_offer_no_state_change_except_reopen_and_repayment() -> None:
    for status in (Status.withdrawn,):
        assert not [t for t in TRANSITIONS if status in t.sources]
    assert {t.action for t in TRANSITIONS if Status.closed in t.sources and t.changes_state} == set()


def test_withdrawal_is_possible_from_every_state_before_a_decision_only() -> None:
    withdraw = next(t for t in TRANSITIONS if t.action == "withdraw")
    assert Status.approved not in withdraw.sources and Status.decision_proposed in withdraw.sources


def test_only_supervisors_confirm_and_readers_do_nothing() -> None:
    assert next(t for t in TRANSITIONS if t.action == "confirm-decision").roles == {Role.supervisor}
    for status in Status:
        assert available(status, Role.reader) == []
        assert available(status, Role.admin) == []


def test_undeclared_move_is_refused_with_state_and_alternatives() -> None:
    with pytest.raises(TransitionRefused) as info:
        transition_for("pay", Status.received)
    assert "Eingegangen" in info.value.message and "Formelle Prüfung beginnen" in info.value.message


def test_committed_diagram_is_generated_from_the_declaration() -> None:
    committed = (ROOT / "docs" / "workflow.md").read_text(encoding="utf-8")
    assert committed == workflow_document(), "run: foerderdesk workflow diagram > docs/workflow.md"
