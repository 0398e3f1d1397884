"""The date field reads what a caseworker types and shows the full date: "1.3.27" never becomes the year 27."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.widgets.fields import DateField


def test_a_short_date_is_read_as_this_century_and_shown_in_full(qtbot: QtBot, today: object) -> None:
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "1.3.27")
    assert field.value() == dt.date(2027, 3, 1) and not field.error_label.isVisibleTo(field)
    with qtbot.waitSignal(field.editingFinished):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "01.03.2027"


def test_a_year_that_cannot_be_meant_is_marked_and_left_as_typed(qtbot: QtBot, today: object) -> None:
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "1.3.027")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "1.3.027" and not field.is_valid()
    assert "kein gültiges Datum" in field.error_label.text() and field.error_label.isVisibleTo(field)
