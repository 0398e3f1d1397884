"""The operation wrapper: results out of date are dropped, failures routed, the change notice sent."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.kernel.errors import FoerderDeskError
from ui.context import UiContext
from ui.operations import Operation
from ui.tasks import Runner

WAIT = 5000


@pytest.fixture
def context(runner: Runner) -> UiContext:
    return UiContext(database=None, actor=None, runner=runner)  # type: ignore[arg-type] # no database work here


def gated(value: str, gate: threading.Event) -> Callable[[], str]:
    def work() -> str:
        gate.wait(WAIT / 1000)
        return value
    return work


def test_success_then_case_notice(qtbot: QtBot, context: UiContext) -> None:
    owner, shown = QObject(), []
    with qtbot.waitSignal(context.changes.case_changed, timeout=WAIT) as notice:
        Operation(owner, context, lambda: "2026-0001").success(shown.append).notice_case("2026-0001").run()
    assert shown == ["2026-0001"]
    assert notice.args == ["2026-0001"]


def test_notice_taken_from_result_and_all_cases(qtbot: QtBot, context: UiContext) -> None:
    owner, changed = QObject(), []
    context.changes.case_changed.connect(changed.append)
    with qtbot.waitSignal(context.changes.cases_changed, timeout=WAIT):
        Operation(owner, context, lambda: "2026-0042").notice_case(lambda ref: ref).notice_cases().run()
    assert changed == ["2026-0042"]


def test_older_result_for_the_same_target_is_dropped(qtbot: QtBot, context: UiContext) -> None:
    owner, shown, gate = QObject(), [], threading.Event()
    Operation(owner, context, gated("old", gate)).success(shown.append).latest("search").run()
    Operation(owner, context, lambda: "new").success(shown.append).latest("search").run()
    qtbot.waitUntil(lambda: shown == ["new"], timeout=WAIT)
    gate.set()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=WAIT)
    assert shown == ["new"]


def test_other_targets_and_other_widgets_are_not_out_of_date(qtbot: QtBot, context: UiContext) -> None:
    first, second, shown = QObject(), QObject(), []
    Operation(first, context, lambda: "a").success(shown.append).latest("search").run()
    Operation(first, context, lambda: "b").success(shown.append).latest("preview").run()
    Operation(second, context, lambda: "c").success(shown.append).latest("search").run()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=WAIT)
    assert sorted(shown) == ["a", "b", "c"]


def test_result_for_a_closed_widget_is_dropped_but_the_notice_sent(qtbot: QtBot, context: UiContext) -> None:
    owner, shown, gate = QObject(), [], threading.Event()
    Operation(owner, context, gated("late", gate)).success(shown.append).notice_case("2026-0001").run()
    shiboken6.delete(owner)
    with qtbot.waitSignal(context.changes.case_changed, timeout=WAIT) as notice:
        gate.set()
    assert shown == [] and notice.args == ["2026-0001"]  # stored all the same: the other views follow


def test_failure_goes_to_the_handler_without_notice(qtbot: QtBot, context: UiContext) -> None:
    owner, failures, changes = QObject(), [], []
    context.changes.cases_changed.connect(lambda: changes.append("all"))

    def refuse() -> None:
        raise FoerderDeskError("Nicht erlaubt.")

    Operation(owner, context, refuse).failure(failures.append).notice_cases().run()
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT)
    assert failures[0].message == "Nicht erlaubt." and changes == []


def test_failure_without_handler_reaches_the_one_error_path(qtbot: QtBot, context: UiContext) -> None:
    def refuse() -> None:
        raise FoerderDeskError("Die Verbindung ist unterbrochen.")

    with qtbot.waitSignal(context.runner.expected_error, timeout=WAIT) as expected:
        Operation(QObject(), context, refuse).latest().run()
    assert expected.args[0].message == "Die Verbindung ist unterbrochen."


def test_a_bug_reaches_the_crash_path_even_with_a_handler(qtbot: QtBot, context: UiContext) -> None:
    owner, failures = QObject(), []

    def broken() -> None:
        raise KeyError("bug")

    with qtbot.waitSignal(context.runner.unexpected_error, timeout=WAIT) as crash:
        Operation(owner, context, broken).failure(failures.append).run()
    assert isinstance(crash.args[0], KeyError) and failures == []


def test_out_of_date_failure_is_dropped(qtbot: QtBot, context: UiContext) -> None:
    owner, failures, shown, gate = QObject(), [], [], threading.Event()

    def refuse_later() -> None:
        gate.wait(WAIT / 1000)
        raise FoerderDeskError("alt")

    Operation(owner, context, refuse_later).failure(failures.append).latest().run()
    Operation(owner, context, lambda: "neu").success(shown.append).failure(failures.append).latest().run()
    qtbot.waitUntil(lambda: shown == ["neu"], timeout=WAIT)
    gate.set()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=WAIT)
    assert failures == []


def test_notice_sent_even_when_the_success_handler_meets_a_deleted_widget(qtbot: QtBot, context: UiContext) -> None:
    owner, gone = QObject(), QObject()
    shiboken6.delete(gone)
    with qtbot.waitSignal(context.changes.cases_changed, timeout=WAIT):
        Operation(owner, context, lambda: None).success(lambda _r: gone.objectName()).notice_cases().run()


def test_an_operation_queued_ahead_runs_before_those_waiting(qtbot: QtBot, context: UiContext) -> None:
    """What fills the page the user looks at (the start page's figures) overtakes the jobs still queued."""
    pool, gate, order = context.runner.pool, threading.Event(), []
    owner = QObject()
    for _ in range(pool.maxThreadCount()):  # every thread busy, so the next jobs wait in the queue
        Operation(owner, context, gated("busy", gate)).run()
    Operation(owner, context, lambda: "later").success(order.append).run()
    Operation(owner, context, lambda: "first").ahead().success(order.append).run()
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 2, timeout=WAIT)
    assert order == ["first", "later"]
