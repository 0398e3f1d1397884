"""Every use case a service records in the audit trail has a German name for the start page's activity list."""

from __future__ import annotations

import re
from pathlib import Path

from app.administration import start_page
from app.cases.action_labels import ACTION_LABELS, action_label
from app.cases.workflow import TRANSITIONS
from tests.support import Office, register

APP = Path(__file__).resolve().parents[2] / "app"
# `uow.act("…")`, and the few places that hand an action name on to it or set it directly
PATTERNS = (re.compile(r'\.act\(\s*"([a-z0-9-]+)"'), re.compile(r'open_proof\(\s*\w+,\s*\w+,\s*"([a-z0-9-]+)"'),
            re.compile(r'AuditContext\([^)]*action="([a-z0-9-]+)"'), re.compile(r'\bACTION\s*=\s*"([a-z0-9-]+)"'),
            re.compile(r'(?<![.\w])move\([^)]*?"([a-z0-9-]+)"'))  # the workflow's move, not a lifecycle's
# calls whose action is a variable: they pass on one of the names found above or a workflow step
INDIRECT = re.compile(r"\.act\(\s*(?!\")(\w+)")
PASSED_ON = {"action", "ACTION"}


def recorded_actions() -> set[str]:
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            found.update(pattern.findall(text))
        assert set(INDIRECT.findall(text)) <= PASSED_ON, f"{path}: unbekannte Herkunft einer Aktion"
    return found


def test_every_recorded_action_has_a_german_label() -> None:
    actions = recorded_actions()
    assert {"create-payment-order", "sign-factual", "draw-sample", "export-dossier", "set-base-rate"} <= actions
    missing = sorted(a for a in actions | {t.action for t in TRANSITIONS} if action_label(a) == a)
    assert missing == []
    assert action_label("sign-factual") == "Sachlich richtig gezeichnet"
    assert action_label("start-check") == next(t.label for t in TRANSITIONS if t.action == "start-check")
    assert not set(ACTION_LABELS) & {t.action for t in TRANSITIONS}  # a workflow step is named once, there


def test_the_activity_list_carries_the_label(office: Office, today) -> None:
    file_number = register(office)
    board = start_page.start_page(office.sabine)
    first = next(a for a in board.recent if a.file_number == file_number)
    assert (first.action, first.label) == ("register", action_label("register"))
    assert all(a.label and a.label != a.action for a in board.recent)
