"""Switched to English, the main window, its menus, the case tabs and the dialogs show no German.

The walk runs in its own process (tests/i18n/english_walk.py): the language has to be chosen before the
modules that build translated labels at import are loaded, as at program start. It opens the window as
caseworker, supervisor and administrator on demo data, selects a case in every status, goes through all
tabs, builds every offered action dialog and the letter dialog, the intake wizard, and opens every menu
entry (applicant file, coverage, Excel, administration, data protection …).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> dict:
    database = tmp_path_factory.mktemp("english") / "demo.sqlite3"
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tests.i18n.english_walk", str(database)], cwd=ROOT, env=environ,
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads(done.stdout)


@pytest.mark.slow
def test_no_visible_text_is_german(walk: dict) -> None:
    found = "\n".join(f"{f['kind']}: {f['text']!r} ({f['reason']}) in {f['where']}" for f in walk["found"])
    assert not walk["found"], f"German texts in the English interface:\n{found}"


@pytest.mark.slow
def test_walk_saw_the_english_interface(walk: dict) -> None:
    """Guards the test above: it looked at many texts, and they were the English ones."""
    assert walk["seen"] > 20000
    expected = {"&File", "&View", "Cases", "Master data", "Financing plan", "New application", "Save"}
    assert expected <= set(walk["sample"])
