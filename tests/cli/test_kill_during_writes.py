"""A process killed while writing an Excel export or a batch of letters leaves no half-written file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.administration.reference_data import ensure_reference_data
from app.administration.user_passwords import set_password
from app.kernel.database import connect, upgrade_schema
from app.kernel.uow import UnitOfWork
from demo.data import PASSWORD as DEMO_PASSWORD
from demo.generator import generate
from tests.support import PASSWORD

PROGRAM = [sys.executable, "-m", "foerderdesk", "--password-stdin"]  # `--user NAME` signs in with NAME's password


def _start(command: list[str], password: str) -> subprocess.Popen:
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert process.stdin is not None
    process.stdin.write(f"{password}\n".encode())
    process.stdin.close()
    return process


def _kill_when(process: subprocess.Popen, condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, "finished before it could be killed; make the job bigger"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.xdist_group("processes")  # spawns processes that load both cores: one such test at a time
def test_killed_excel_export_leaves_no_workbook(tmp_path: Path) -> None:
    db = tmp_path / "gross.sqlite3"
    subprocess.run([sys.executable, "-m", "bench.bulk_data", "--cases", "20000", "--out", str(db)], check=True,
                   capture_output=True)
    bulk = connect(f"sqlite:///{db}")
    set_password(UnitOfWork(bulk, "bench"), "bench", PASSWORD)
    bulk.dispose()
    out = tmp_path / "export"
    out.mkdir()
    target = out / "uebersicht.xlsx"
    command = [*PROGRAM, "--db", f"sqlite:///{db}", "--user", "bench", "export", "overview", "-o", str(target)]
    process = _start(command, PASSWORD)
    _kill_when(process, lambda: any(out.glob(".~foerderdesk-*.part")))
    assert not target.exists()
    assert [p.name for p in out.iterdir() if not p.name.startswith(".")] == []
    small = tmp_path / "klein.sqlite3"
    database = connect(f"sqlite:///{small}")
    upgrade_schema(database)
    ensure_reference_data(database)
    generate(database, cases=12, seed=2)
    database.dispose()
    done = subprocess.run([*PROGRAM, "--db", f"sqlite:///{small}", "--user", "weber", "export", "overview", "-o",
                           str(target)], capture_output=True, text=True, timeout=120, check=False,
                          input=f"{DEMO_PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    assert target.exists() and list(out.glob(".~foerderdesk-*")) == []  # the dead writer's leftover is gone


@pytest.mark.slow
@pytest.mark.xdist_group("processes")  # spawns processes that load both cores: one such test at a time
def test_killed_letter_batch_leaves_only_complete_letters(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    database = connect(f"sqlite:///{db}")
    upgrade_schema(database)
    ensure_reference_data(database)
    generate(database, cases=120, seed=3)
    database.dispose()
    out = tmp_path / "briefe"
    command = [*PROGRAM, "--db", f"sqlite:///{db}", "--user", "mueller", "letters", "--status", "funding",
               "--status", "closed", "--status", "proof_review", "--kind", "approval", "-o", str(out)]
    process = _start(command, DEMO_PASSWORD)
    _kill_when(process, lambda: out.is_dir() and len(list(out.glob("*.pdf"))) >= 3)
    letters = list(out.glob("*.pdf"))
    assert letters
    for letter in letters:
        assert len(PdfReader(letter).pages) >= 1  # every visible letter is complete
