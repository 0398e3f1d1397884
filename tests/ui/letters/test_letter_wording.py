"""Rewording one letter in the dialog before issuing it (issue 23), through the real widgets, on both backends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.letters import service, templates
from db.models import AuditEvent
from tests.fixtures.database import Today
from tests.fixtures.gui import Answers, WindowFactory
from tests.letters import cases
from tests.letters.cases import pdf_text
from tests.support import Office
from tests.ui.letters.test_case_letters import WAIT, new_letter, open_letters


def plain(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def test_reword_a_paragraph_in_the_dialog_preview_and_issue(office: Office, today: Today,
                                                            window_for: WindowFactory, qtbot: QtBot,
                                                            answers: Answers) -> None:
    file_number = cases.decided(office, today)
    template_body = templates.get_template(office.admin, "approval").body
    window = window_for("anna")
    dialog = new_letter(qtbot, open_letters(qtbot, window, file_number))
    assert dialog.current_kind() == "approval"
    dialog.pages.setCurrentWidget(dialog.wording)
    fields = dialog.wording.findChildren(QPlainTextEdit)
    assert fields and all("Sehr geehrte" not in f.toPlainText() for f in fields)
    wish = next(f for f in fields if f.toPlainText().startswith("Wir wünschen"))
    reasons = next(f for f in fields if "Rechtsgrundlage" in f.toPlainText())

    # dropping the legal basis: the preview says why, "Ausstellen" waits
    basis = dialog.wording.blocks[[b.name for b in dialog.wording.blocks].index(reasons.objectName())].required[0]
    reasons.setPlainText("Ihr Antrag erfüllt die Fördervoraussetzungen.")
    qtbot.mouseClick(dialog.wording.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pdf is not None and not window.context.runner.busy, timeout=WAIT)
    assert dialog.problems.isVisible() and "Rechtsgrundlage" in dialog.problems.text()
    assert basis in dialog.problems.text() and not dialog.issue_button.isEnabled()
    qtbot.mouseClick(dialog.wording.reset_button, Qt.MouseButton.LeftButton)
    assert "Rechtsgrundlage" in reasons.toPlainText() and dialog.wording.changes() == {}

    dialog.pages.setCurrentWidget(dialog.wording)
    wish.setFocus()
    wish.selectAll()
    qtbot.keyClicks(wish,  # ASCII only: QTest types no umlauts
                     "Viel Erfolg mit Ihrem Familienzentrum sendet Ihnen das Jugendamt.")
    assert dialog.pages.tabText(1) == "Wortlaut anpassen (1 geändert)"
    qtbot.mouseClick(dialog.wording.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pdf is not None and not window.context.runner.busy, timeout=WAIT)
    assert dialog.pages.currentWidget() is dialog.preview and not dialog.problems.isVisible()
    assert "Familienzentrum sendet Ihnen das Jugendamt" in plain(dialog.pdf or b"")
    assert dialog.issue_button.isEnabled()

    with qtbot.waitSignal(dialog.issued, timeout=WAIT) as issued:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    letter_id = issued.args[0]
    assert "Schreiben ausstellen" in answers.asked
    stored = service.stored_letter(office.leser, letter_id)
    assert "Familienzentrum sendet Ihnen das Jugendamt" in plain(stored.pdf)
    assert "Wir wünschen Ihrem Projekt gutes Gelingen" not in plain(stored.pdf)
    assert "Wortlaut angepasst" in dialog.state.text() and wish.isReadOnly()
    assert [w.edited for w in service.letter_wording(office.leser, letter_id)] == [
        "Viel Erfolg mit Ihrem Familienzentrum sendet Ihnen das Jugendamt."]
    assert templates.get_template(office.admin, "approval").body == template_body
    with office.database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "LetterWording")).one()
    assert "Wir wünschen Ihrem Projekt gutes Gelingen." in (event.new_value or "")
    dialog.close()
