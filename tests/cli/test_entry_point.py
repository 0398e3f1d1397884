"""The one entry point (`foerderdesk.main`): global options before any command, then window, CLI or benchmarks."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

import foerderdesk.main as entry
from demo.data import PASSWORD as DEMO_PASSWORD
from foerderdesk.main import parse_global_options, run
from tests.support import run_cli

ROOT = Path(__file__).resolve().parents[2]


def test_global_options_are_parsed_before_the_command_and_the_rest_is_left_to_it() -> None:
    options = parse_global_options(["--db", "sqlite:///x", "--user", "weber", "case", "list", "--json"])
    assert (options.db, options.user, options.command) == ("sqlite:///x", "weber", "case")
    assert options.arguments == ["list", "--json"]
    # a command's own options stay the command's, even when they share a global option's name
    later = parse_global_options(["proof", "sign", "--user", "mueller"])
    assert later.user is None and later.arguments == ["sign", "--user", "mueller"]
    window = parse_global_options(["--db", "sqlite:///x"])
    assert window.command is None and window.db == "sqlite:///x"


def test_global_options_reach_the_command(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", db_url, "--user", "weber", "demo-data", "--cases", "20", "--seed", "2"]) == 0
    assert "20 Vorgänge" in capsys.readouterr().out
    assert run_cli(["--user", "weber", "--db", db_url, "case", "list", "--json"], DEMO_PASSWORD) == 0
    assert len(json.loads(capsys.readouterr().out)) == 20


def test_global_options_work_before_bench(monkeypatch: pytest.MonkeyPatch) -> None:
    """`foerderdesk --db URL bench` was refused while `foerderdesk bench` worked."""
    called: list[list[str]] = []
    monkeypatch.setattr(entry, "bench", lambda args: called.append(args) or 0)
    assert run(["--db", "sqlite:///egal", "--user", "weber", "bench", "--quick", "-o", "b.md"]) == 0
    assert called == [["--quick", "-o", "b.md"]]


def test_bench_usage_error_after_global_options_is_the_bench_parsers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run(["--db", "sqlite:///egal", "bench", "--cases", "zehn"])
    assert exited.value.code == 2
    assert "Fehlerhafter Aufruf von »foerderdesk bench«" in capsys.readouterr().err


def test_no_command_starts_the_window_with_the_global_options(monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.application

    started: list[tuple[object, ...]] = []
    monkeypatch.setattr(ui.application, "run_gui", lambda *args: started.append(args) or 0)
    assert run(["--db", "sqlite:///x", "--user", "weber"]) == 0
    db, user, demo = started[0]
    assert (db, user) == ("sqlite:///x", "weber")
    assert demo is not None and demo.users is not None  # demo data are in the source tree: offered


def test_without_demo_data_neither_command_nor_offer(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(entry, "demo_available", lambda: False)
    assert entry.demo_offer() is None
    with pytest.raises(SystemExit) as exited:
        run(["demo-data"])
    assert exited.value.code == 2
    assert "demo-data" in capsys.readouterr().err


def test_help_lists_global_options_and_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert all(text in out for text in ("--db URL", "--user NAME", "--version", "demo-data", "case"))


def test_unknown_global_option_is_a_german_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run(["--no-such-option"])
    assert exited.value.code == 2
    assert "Fehlerhafter Aufruf von »foerderdesk«" in capsys.readouterr().err


def test_version_before_a_command_from_the_program() -> None:
    done = subprocess.run([sys.executable, "-m", "foerderdesk", "--db", "sqlite:///egal", "--version"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.startswith("FörderDesk ")


def test_bench_missing_from_an_installation_is_one_german_sentence(monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "bench" else real(name, *a))
    assert entry.bench(["--quick"]) == 1
    assert "gehören nicht zu dieser Installation" in capsys.readouterr().err

