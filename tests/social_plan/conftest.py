"""Social plan tests: plan fixtures in tests/fixtures/social_plan.py; blocking questions answered (widget tests)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _replaced_dialogs(answers: object) -> None:
    """No test here ever blocks on a modal question (fixtures of tests/fixtures/)."""
