"""The case detail switched to English shows the texts the program stored in English, and in German in German:
check results, deadlines, the proof documents' notes, the history's reasons and the audit trail (issue 23)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.kernel import i18n
from app.proof.review_note import issue_review_note
from app.proof.service import attach_report
from tests.fixtures.database import Today
from tests.fixtures.gui import make_context
from tests.i18n.foreign_text import Catalogue
from tests.letters import cases
from tests.support import Office
from ui.case_detail.widget import CaseDetailWidget
from ui.tasks import Runner
from ui.translation import install_translators
from ui.widgets.record_table import RecordTable

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# the columns that show stored texts: (table, column)
STORED = {"rulesTable": 2, "deadlinesTable": 2, "documentsTable": 2, "historyTable": 5, "auditTable": 1}


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.install_language("de")
    install_translators("de")


def _cells(qtbot: QtBot, widget: CaseDetailWidget, file_number: str) -> dict[str, list[str]]:
    widget._load(file_number)
    qtbot.waitUntil(lambda: widget.detail is not None and not widget.context.runner.busy, timeout=20000)
    widget.tabs.setCurrentWidget(widget.history)  # the audit trail loads when its tab is shown
    audit = widget.history.audit
    qtbot.waitUntil(lambda: audit.rowCount() > 0 and not widget.context.runner.busy, timeout=20000)
    found: dict[str, list[str]] = {}
    for table in widget.findChildren(RecordTable):
        column = STORED.get(table.objectName())
        if column is not None:
            found[table.objectName()] = [table.item(r, column).text() for r in range(table.rowCount())
                                         if table.item(r, column) is not None]
    return found


def test_the_case_detail_shows_stored_texts_in_the_reader_s_language(office: Office, today: Today, qtbot: QtBot,
                                                                    runner: Runner, language: None) -> None:
    file_number = cases.proof_received(office, today)
    attach_report(office.anna, file_number, "sachbericht.pdf", PDF)
    issue_review_note(office.anna, file_number)  # written in German …

    i18n.install_language("en")  # … read in English
    install_translators("en")
    widget = CaseDetailWidget(make_context(office.database, "sabine", runner))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    english = _cells(qtbot, widget, file_number)
    assert set(english) == set(STORED) and all(english[name] for name in STORED if name != "historyTable")
    german_texts = Catalogue.of("de")  # what anna typed (the proposal's reasons) is no catalogue text
    found = [(name, text) for name, texts in english.items() for text in texts if german_texts.betrays(text)]
    assert not found, found
    assert "Progress report on the proof of use" in english["documentsTable"]
    assert any(t.startswith("Review note of ") for t in english["documentsTable"]), english["documentsTable"]
    widget.grab().save("/tmp/neutral23b_case_detail_en.png")

    i18n.install_language("de")
    install_translators("de")
    widget._load(file_number)
    german = _cells(qtbot, widget, file_number)
    english_texts = Catalogue.of("en")
    assert not [(n, t) for n, texts in german.items() for t in texts if english_texts.betrays(t)]
    assert "Sachbericht zum Verwendungsnachweis" in german["documentsTable"]
