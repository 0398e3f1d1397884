"""The start page warns above everything: a time limit of the office running out (one-year limit after
knowledge, § 48 Abs. 4 VwVfG) and, for administrators, a base rate missing for the current half-year."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from app.case_actions.perform import perform
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.letters.cases import decided
from tests.support import Office
from tests.ui.start.test_dashboard import board_loaded


def test_time_limit_and_missing_base_rate_are_shown(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                    today: Today) -> None:
    file_number = decided(office, today)
    today.set(dt.date(2026, 5, 20))
    perform(office.anna, "record-knowledge", file_number,
            {"learned_on": "15.05.2026", "facts": "Der Träger hat den Projektraum nie angemietet."}, None)
    today.set(dt.date(2027, 3, 16))  # 60 days before 15.05.2027; no base rate for 1.1.2027 in the table
    anna = window_for("anna")
    board_loaded(qtbot, anna)
    label = anna.start_page.warnings
    assert label.isVisible()
    assert label.text() == (f"Jahresfrist Rücknahme/Widerruf: {file_number} – Jahresfrist für Rücknahme/Widerruf "
                            "endet 15.05.2027 (Kenntnis am 15.05.2026) (Frist 15.05.2027)")
    admin = window_for("admin")
    board_loaded(qtbot, admin)
    lines = admin.start_page.warnings.text().split("\n")
    assert lines[0].startswith("Der Basiszinssatz (§ 247 BGB) ab dem 01.01.2027 fehlt in der Zinstabelle")
    assert len(lines) == 2


def test_no_warning_no_label(office: Office, window_for: WindowFactory, qtbot: QtBot, today: Today) -> None:
    today.set(dt.date(2026, 6, 30))
    admin = window_for("admin")
    board_loaded(qtbot, admin)
    assert not admin.start_page.warnings.isVisible() and admin.start_page.warnings.text() == ""
