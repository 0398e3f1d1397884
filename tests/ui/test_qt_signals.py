"""PySide6 6.12.0 drops a reference to `True` on every emit of a signal declared in Python; after a few
hundred emits the interpreter aborts ("Fatal Python error: bool_dealloc"). pyproject.toml excludes that
release; this test fails on any installed version with the same defect."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Probe(QObject):
    ping = Signal()
    value = Signal(bool)

app = QCoreApplication([])
probe = Probe()
before = sys.getrefcount(True)
for _ in range(20_000):
    probe.ping.emit()
    probe.value.emit(True)
print(before, sys.getrefcount(True))
"""


def test_emitting_python_signals_keeps_reference_counts() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    before, after = map(int, done.stdout.split())
    assert abs(after - before) < 50
