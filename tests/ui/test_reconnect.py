"""A lost database connection: the window says so in German, keeps what was typed, and the next save works."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from tests.fixtures.database import DEFAULT_PG
from tests.fixtures.gui import WindowFactory
from tests.support import Office, register


def _kill_connections(database_name: str) -> None:
    admin = create_engine(DEFAULT_PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": database_name})
    admin.dispose()


def test_lost_connection_keeps_typed_input(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    if office.database.backend != "postgresql":
        pytest.skip("connections are killed on the PostgreSQL server")
    file_number = register(office)
    anna = window_for("anna")
    anna.case_list.view.selectRow(0)
    qtbot.waitUntil(lambda: anna.case_detail.detail is not None, timeout=15000)
    title = anna.case_detail.master.title
    title.selectAll()
    qtbot.keyClicks(title, "Neuer Titel nach Verbindungsabbruch")
    from app.cases import intake as applications

    real = applications.check_version

    def lose_connection(session, app, expected):
        _kill_connections(office.database.url.database)  # the server ends the session mid-transaction
        return real(session, app, expected)

    monkeypatch.setattr(applications, "check_version", lose_connection)
    anna.case_detail.save_button.click()
    qtbot.waitUntil(lambda: anna.findChild(QMessageBox, "expectedErrorBox") is not None, timeout=15000)
    box = anna.findChild(QMessageBox, "expectedErrorBox")
    assert "nicht erreichbar" in box.text()
    assert title.text() == "Neuer Titel nach Verbindungsabbruch" and anna.case_detail.dirty
    box.close()
    monkeypatch.setattr(applications, "check_version", real)
    anna.case_detail.save_button.click()  # the pool reconnects by itself
    qtbot.waitUntil(lambda: not anna.case_detail.dirty and not anna.context.runner.busy, timeout=15000)
    with office.database.read() as session:
        from app.cases.detail import case_detail

        assert case_detail(session, file_number).title == "Neuer Titel nach Verbindungsabbruch"
