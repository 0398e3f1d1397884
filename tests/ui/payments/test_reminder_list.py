"""The reminder list (Mahnliste) widget on its own: overdue clawbacks with the amount owed today."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.fixtures.database import Today
from tests.fixtures.gui import make_context
from tests.letters.cases import clawed_back
from tests.support import Office
from ui.payments.reminder_list import ReminderList
from ui.tasks import Runner


def test_overdue_clawbacks_are_listed_and_open_their_case(office: Office, today: Today, qtbot: QtBot,
                                                          runner: Runner, qtmodeltester: ModelTester) -> None:
    file_number = clawed_back(office, today)  # 1,262.87 € due on 01.05.2027
    today.set(dt.date(2027, 5, 1))
    widget = ReminderList(make_context(office.database, "anna", runner))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=20000) as loaded:
        widget.show()
    assert loaded.args == [0] and widget.empty.text() == "Keine überfälligen Rückforderungen."
    today.set(dt.date(2027, 5, 10))
    with qtbot.waitSignal(widget.loaded, timeout=20000) as loaded:
        widget.reload()
    assert loaded.args == [1]
    cells = [widget.model.data(widget.model.index(0, c)) for c in range(widget.model.columnCount())]
    assert cells == [file_number, "Familienzentrum Sonnenblume e.V.", "01.05.2027", "9", "1.264,73 €", "0", "–"]
    qtmodeltester.check(widget.model)
    with qtbot.waitSignal(widget.case_chosen, timeout=5000) as chosen:
        widget.table.doubleClicked.emit(widget.model.index(0, 0))
    assert chosen.args == [file_number]


def test_a_claim_suspended_by_an_objection_is_shown_as_such(office: Office, today: Today, qtbot: QtBot,
                                                            runner: Runner) -> None:
    from app.cases import proceedings

    file_number = clawed_back(office, today)
    today.set(dt.date(2027, 4, 20))
    proceedings.record_objection(office.anna, file_number, "20.04.2027")  # against the clawback: suspends it
    today.set(dt.date(2027, 5, 10))
    widget = ReminderList(make_context(office.database, "anna", runner))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=20000) as loaded:
        widget.show()
    assert loaded.args == [1]
    cells = [widget.model.data(widget.model.index(0, c)) for c in range(widget.model.columnCount())]
    assert cells == [file_number, "Familienzentrum Sonnenblume e.V.", "01.05.2027", "ausgesetzt (Widerspruch)",
                     "1.264,73 €", "0", "–"]
