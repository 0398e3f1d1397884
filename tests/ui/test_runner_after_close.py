"""A database job that finishes after its window (and runner) were closed delivers to nobody, without an error."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from ui.tasks import Runner


def test_a_job_finishing_after_its_runner_was_deleted_is_dropped_quietly(qtbot: QtBot) -> None:
    release, results = threading.Event(), []
    runner = Runner()
    runner.submit(lambda: release.wait(10) and "Ergebnis", results.append)
    runner.submit(lambda: release.wait(10) and 1 / 0, results.append)  # a failure finds nobody either
    shiboken6.delete(runner)  # the window closed while both jobs still run
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    assert results == []
