"""The tab "Gremium" (several reviewers, issue 23), through the real widgets on both backends: a reviewer adds
their score, sees the summary, and the proposal dialog offers the panel's mean as the proposal's score."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.administration import settings_service as admin
from app.kernel.stored_text import unpack
from app.social_plan import reviews
from db.models import StatusChange
from tests.fixtures.database import Today
from tests.fixtures.gui import WindowFactory
from tests.letters import cases
from tests.social_plan.test_reviews import sheet
from tests.support import Office
from tests.ui.case_detail.test_caseworker_path import act, submit
from tests.ui.social_plan.test_gui import open_case
from ui.case_detail.reviews_tab import NOT_SCORED, ReviewsTab
from ui.main_window import MainWindow

WAIT = 20000


def open_reviews(qtbot: QtBot, window: MainWindow, file_number: str) -> ReviewsTab:
    open_case(qtbot, window, file_number)
    tab = window.case_detail.reviews
    window.case_detail.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.file_number == file_number
                    and not window.context.runner.busy, timeout=WAIT)
    return tab


def test_a_reviewer_adds_a_score_and_the_proposal_takes_the_panel_mean(office: Office, today: Today,
                                                                       window_for: WindowFactory,
                                                                       qtbot: QtBot) -> None:
    admin.set_setting(office.admin, "panel_review", "ja")
    file_number = cases.reviewed(office, today)
    reviews.record_review(office.sabine, file_number, sheet(2, 2, 2, 2, 2, 2), "Zu wenig Vernetzung")
    window = window_for("bernd")
    tab = open_reviews(qtbot, window, file_number)
    assert tab.form.isVisible() and tab.table.rowCount() == 1 and not tab.remove_button.isEnabled()
    assert "1 Bewertungen: Mittelwert 40,00 %" in tab.summary.text()

    tab.points["needs_based"].setValue(5)
    with qtbot.waitSignal(tab.saved, timeout=WAIT):  # a criterion left at "–": refused, said under the form
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "es fehlen" in tab.error.text(), timeout=WAIT)
        for spin in tab.points.values():
            spin.setValue(4)
        tab.comment.setFocus()
        qtbot.keyClicks(tab.comment, "Gut vernetzt")
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2 and not window.context.runner.busy, timeout=WAIT)
    own = {r.reviewer: r for r in reviews.case_reviews(office.leser, file_number).reviews}["bernd"]
    assert own.percent == Decimal("80.00") and own.comment == "Gut vernetzt"
    assert "2 Bewertungen: Mittelwert 60,00 %, Spanne 40,00 % bis 80,00 %" in tab.summary.text()
    assert "Standardabweichung 20,00" in tab.summary.text() and "Gut vernetzt" in tab.summary.text()
    assert tab.remove_button.isEnabled() and all(s.value() == 4 for s in tab.points.values())
    assert NOT_SCORED not in [s.value() for s in tab.points.values()]

    qtbot.waitUntil(lambda: window.case_detail.detail is not None
                    and window.case_detail.detail.panel_summary is not None
                    and "Mittelwert 60,00 %" in window.case_detail.detail.panel_summary, timeout=WAIT)
    dialog = act(qtbot, window, "propose")
    assert dialog is not None
    basis = dialog.widgets["score_basis"]
    assert isinstance(basis, QComboBox) and basis.count() == 2
    assert "Mittelwert 60,00 %" in basis.itemText(1) and "Standardabweichung 20,00" in basis.itemText(1)
    basis.setCurrentIndex(1)
    submit(qtbot, window, dialog)
    with office.database.read() as session:
        note = unpack(session.scalars(select(StatusChange.reason).where(StatusChange.action == "propose")).one())
    assert "Bewertung des Vorschlags: Mittelwert des Gremiums 60,00 %" in (note or "")


def test_a_reader_sees_the_scores_but_no_form(office: Office, today: Today, window_for: WindowFactory,
                                             qtbot: QtBot) -> None:
    admin.set_setting(office.admin, "panel_review", "ja")
    file_number = cases.reviewed(office, today)
    reviews.record_review(office.anna, file_number, sheet(3, 3, 3, 3, 3, 3))
    tab = open_reviews(qtbot, window_for("leser"), file_number)
    assert tab.table.rowCount() == 1 and not tab.form.isVisible()
    assert "Nur Sachbearbeitung und Sachgebietsleitung" in tab.info.text()
