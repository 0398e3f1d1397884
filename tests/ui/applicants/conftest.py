"""Applicant-file GUI tests: the fixtures of tests/fixtures/applicants_gui.py (questions: tests/ui/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _replaced_file_dialogs(picked: object, opened: object) -> None:
    """No test here blocks on a file dialog or starts the system viewer."""
