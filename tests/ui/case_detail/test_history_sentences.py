"""The case's history tab shows the audit trail as sentences with display names, not JSON (both backends)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from app.cases import checking
from tests.fixtures.gui import WindowFactory
from tests.support import Office, register
from tests.ui.case_detail.test_concurrent_edit import open_case


def test_history_tab_reads_as_sentences(office: Office, window_for: WindowFactory, qtbot: QtBot) -> None:
    file_number = register(office)
    checking.start_check(office.anna, file_number)
    checking.request_documents(office.anna, file_number, dt.date(2026, 3, 12))
    window = window_for("sabine")  # the audit trail is for supervisors
    open_case(qtbot, window, file_number)
    detail = window.case_detail
    detail.tabs.setCurrentWidget(detail.history)
    table = detail.history.audit
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=15000)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Zeitpunkt", "Änderung", "Grund"]
    cells = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert ("Anna Arndt hat den Status von »Formelle Prüfung« auf »Nachforderung« geändert "
            "(Unterlagen nachfordern).") in cells
    assert "Anna Arndt hat eine Frist angelegt (Unterlagen nachfordern): Nachgeforderte Unterlagen bis 12.03.2026" \
        in cells
    for cell in cells:
        assert "{" not in cell and '":' not in cell and not cell.startswith("anna "), cell
    status_users = {detail.history.history.item(r, 1).text() for r in range(detail.history.history.rowCount())}
    assert status_users == {"Anna Arndt"}  # the status history names people, too
    detail.history.grab().save("/tmp/n23/history.png")
