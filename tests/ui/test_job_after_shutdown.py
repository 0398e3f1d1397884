"""A job that ends after the interpreter's shutdown freed the dispatcher stays silent, and the application waits for
its jobs when it ends."""

from __future__ import annotations

import threading

import shiboken6
from pytestqt.qtbot import QtBot

from ui.tasks import Runner, _Dispatcher, _Job, finish_jobs


def test_a_job_whose_dispatcher_is_gone_delivers_nothing_and_raises_nothing(qtbot: QtBot) -> None:
    dispatcher, delivered = _Dispatcher(), []
    dispatcher.done.connect(lambda *args: delivered.append(args))
    dispatcher.failed.connect(lambda *args: delivered.append(args))
    finished, failing = _Job(lambda: "Ergebnis", 1, dispatcher), _Job(lambda: 1 / 0, 2, dispatcher)
    shiboken6.delete(dispatcher)  # what the interpreter's shutdown does while a pool thread still works
    finished.run()
    failing.run()
    assert delivered == []


def test_a_job_delivers_through_a_live_dispatcher(qtbot: QtBot) -> None:
    dispatcher, delivered = _Dispatcher(), []
    dispatcher.done.connect(lambda *args: delivered.append(args))
    _Job(lambda: "Ergebnis", 7, dispatcher).run()
    assert delivered == [(7, "Ergebnis")]


def test_finish_jobs_waits_for_a_running_job(qtbot: QtBot) -> None:
    release, results = threading.Event(), []
    runner = Runner()
    runner.submit(lambda: release.wait(10) and "gespeichert", results.append)
    threading.Timer(0.2, release.set).start()
    assert finish_jobs(10_000)
    qtbot.waitUntil(lambda: results == ["gespeichert"])
