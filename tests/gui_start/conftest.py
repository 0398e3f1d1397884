"""Fixtures of the start-page tests: the GUI fixtures of tests/gui."""

from __future__ import annotations

from tests.gui.conftest import answers, runner, window_for  # noqa: F401 - fixtures used by these tests
