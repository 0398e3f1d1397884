"""The GUI fixtures of tests/gui and the replaced file dialogs of tests/gui_letters."""

from __future__ import annotations

from tests.gui.conftest import answers, runner, window_for  # noqa: F401 - fixtures used by these tests
from tests.gui_letters.conftest import files  # noqa: F401
