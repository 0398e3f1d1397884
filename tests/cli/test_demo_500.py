"""`foerderdesk demo-data --cases 500` on a fresh database, then `case list --json` shows every state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.enums import Status
from demo.data import PASSWORD
from foerderdesk.main import run
from tests.support import run_cli


@pytest.mark.slow
def test_demo_data_500_cases_reach_every_state(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "neu").mkdir()  # an explicit --db in a missing folder is refused (tests/cli/test_cli_config.py)
    url = f"sqlite:///{tmp_path / 'neu' / 'foerderdesk.sqlite3'}"  # a fresh file: created and migrated on use
    assert run(["--db", url, "demo-data", "--cases", "500", "--seed", "1"]) == 0
    assert "500 Vorgänge" in capsys.readouterr().out
    assert run_cli(["--db", url, "--user", "mueller", "case", "list", "--json"], PASSWORD) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 500
    by_state = {status.value: sum(1 for r in rows if r["status"] == status.value) for status in Status}
    assert all(count > 0 for count in by_state.values()), by_state
