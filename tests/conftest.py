"""Test set-up: the shared fixtures (tests/fixtures/, one plugin per concern) and the per-backend summary.

Every database test runs on a real SQLite file and on PostgreSQL (tests/fixtures/database.py).
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FOERDERDESK_DB", None)

pytest_plugins = [
    "tests.fixtures.database",
    "tests.fixtures.passwords",
    "tests.fixtures.gui",
    "tests.fixtures.files",
    "tests.fixtures.applicants_gui",
    "tests.fixtures.excel",
    "tests.fixtures.social_plan",
]

def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "db_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)


def _backend_of(nodeid: str) -> str | None:
    # imported here, not at the top: pytest must import the plugin itself first (assert rewriting)
    from tests.fixtures.database import BACKENDS

    params = nodeid.rsplit("[", 1)[-1].rstrip("]") if nodeid.endswith("]") else ""
    return next((b for b in BACKENDS if b in params.split("-")), None)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Show how many database tests ran on each backend, so a skipped half cannot hide."""
    from tests.fixtures.database import BACKENDS

    counts: dict[str, dict[str, int]] = {b: {} for b in BACKENDS}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            backend = _backend_of(getattr(report, "nodeid", ""))
            if backend is not None and (outcome != "passed" or report.when == "call"):
                counts[backend][outcome] = counts[backend].get(outcome, 0) + 1
    terminalreporter.write_sep("=", "database backends")
    for backend, by_outcome in counts.items():
        text = ", ".join(f"{n} {o}" for o, n in sorted(by_outcome.items())) or "none"
        terminalreporter.write_line(f"{backend}: {text}")
