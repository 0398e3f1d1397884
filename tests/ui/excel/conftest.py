"""GUI tests: the fixtures of tests/fixtures/gui.py, with every blocking question answered."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _replaced_dialogs(answers: object) -> None:
    """No test here ever blocks on a modal question (fixtures of tests/fixtures/)."""
