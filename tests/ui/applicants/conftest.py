"""Applicant-file GUI tests: the fixtures of tests/fixtures/gui.py and tests/fixtures/applicants_gui.py."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _replaced_dialogs(answers: object, picked: object, opened: object) -> None:
    """No test here blocks on a modal question, a file dialog or the system viewer (tests/fixtures/)."""
