"""GUI fixtures: real windows on a real database (both backends), driven with pytest-qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.kernel.database import Database
from app.kernel.uow import load_actor
from tests.support import Office
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.main_window import MainWindow
from ui.tasks import Runner

WindowFactory = Callable[[str], MainWindow]


class Answers:
    """What the (replaced) blocking questions answer; tests may change it and read what was asked."""

    def __init__(self) -> None:
        self.discard = True
        self.yes = True
        self.asked: list[str] = []


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """No test ever blocks on a modal question."""
    given = Answers()

    def discard(_parent: object, reference: str) -> bool:
        given.asked.append(f"discard {reference}")
        return given.discard

    def yes_no(_parent: object, title: str, _text: str) -> bool:
        given.asked.append(title)
        return given.yes

    monkeypatch.setattr(Ask, "discard_changes", classmethod(lambda _cls, p, r: discard(p, r)))
    monkeypatch.setattr(Ask, "yes_no", classmethod(lambda _cls, p, t, x: yes_no(p, t, x)))
    return given


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    runner = Runner()
    yield runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=20000)


def make_context(database: Database, user: str, runner: Runner) -> UiContext:
    with database.read() as session:
        actor = load_actor(session, user)
    return UiContext(database, actor, runner)


@pytest.fixture
def window_for(office: Office, qtbot: QtBot, runner: Runner) -> WindowFactory:
    """A started main window for a user; waits until the list and the form choices are loaded."""

    def make(user: str) -> MainWindow:
        window = MainWindow(make_context(office.database, user, runner))
        qtbot.addWidget(window)
        window.resize(1600, 900)
        window.show()
        with qtbot.waitSignal(window.case_list.loaded, timeout=20000):
            window.start()
        qtbot.waitUntil(lambda: window.choices is not None and not runner.busy, timeout=20000)
        return window

    return make
