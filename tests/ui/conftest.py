"""GUI tests (tests/ui/…, as ui/…): the fixtures of tests/fixtures/gui.py, every blocking question answered."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _replaced_questions(answers: object) -> None:
    """No GUI test ever blocks on a modal question (tests/fixtures/gui.py)."""
