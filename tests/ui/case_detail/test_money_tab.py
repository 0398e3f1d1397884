"""The case's money tab shows a clawback with the interest up to today and what is open today (both backends)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from app.cases.detail import case_detail
from tests.fixtures.database import Today
from tests.letters.cases import clawed_back
from tests.support import Office
from ui.case_detail.record_tabs import MoneyTab


def test_clawback_row_with_interest_to_today(office: Office, today: Today, qtbot: QtBot) -> None:
    file_number = clawed_back(office, today)  # 1,200.00 € from 01.07.2026 at 6.27 %, due on 01.05.2027
    today.set(dt.date(2027, 4, 20))
    with office.database.read() as session:
        detail = case_detail(session, file_number)
    tab = MoneyTab()
    qtbot.addWidget(tab)
    tab.show_case(detail)
    # 01.07.2026–20.04.2027 = 294 days: 1,200.00 × 6.27 % × 294/365 = 60.6043… → 60.60 € (not the 62.87 € to the
    # due date)
    assert [tab.clawbacks.item(0, c).text() for c in range(6)] == [
        "01.04.2027", "1.200,00 €", "60,60 €", "01.05.2027", "0,00 €", "1.260,60 €"]
