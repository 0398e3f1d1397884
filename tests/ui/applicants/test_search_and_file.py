"""Organisation search → applicant file: documents with their states, every case with money, warnings in banners."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from app.administration import programmes
from app.applicants import service as applicants
from app.cases import checking, decisions, documents, proceedings
from tests.fixtures.applicants_gui import WindowFactory, applicants_window, texts, wait_file
from tests.support import Office, paid_through_order, record_case_documents, register
from ui.applicants.window import ApplicantsWindow


def _eligible(office: Office, **changes: object) -> str:
    file_number = register(office, **changes)
    record_case_documents(office, file_number)
    checking.start_check(office.anna, file_number)
    checking.confirm_eligible(office.anna, file_number)
    return file_number


def _history(office: Office, today) -> tuple[str, str]:
    """A paid grant whose proof of use is overdue (as of 01.02.2027) and a rejection with an open objection."""
    funded = _eligible(office, start_date=dt.date(2026, 3, 1), end_date=dt.date(2026, 6, 30))
    decisions.propose(office.anna, funded, "approve", amount="10000.00", reasons="Bedarf belegt.")
    decisions.confirm_decision(office.sabine, funded)
    # paid after the notification (§ 43 Abs. 1 VwVfG)
    paid_through_order(office, funded, "10000.00", today.day + dt.timedelta(days=7))
    rejected = _eligible(office, title="Zweites Vorhaben")
    decisions.propose(office.anna, rejected, "reject", reasons="Kein Bedarf im Sozialraum festgestellt.")
    decisions.confirm_decision(office.sabine, rejected, posted_on=dt.date(2026, 2, 3))
    proceedings.record_objection(office.anna, rejected, dt.date(2026, 2, 20), "written", "Bedarf ist belegt.")
    today.set(dt.date(2027, 2, 1))
    programmes.set_budget(office.admin, "LPF", 2027, "1000")
    for issued in (dt.date(2022, 3, 15), dt.date(2021, 12, 1)):  # runs out on 15.03.2027 / ran out 01.12.2026
        documents.record_document(office.anna, "exemption_notice", applicant_id=office.applicant_id,
                                  received_on=dt.date(2027, 1, 20), issued_on=issued)
    return funded, rejected


def test_search_finds_an_organisation_and_opens_its_file(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                         qtmodeltester) -> None:
    other = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="Jugendclub Artern e.V.", applicant_type="association", postcode="06556", city="Artern"))
    window = window_for("anna")
    assert window.applicants_action.shortcut() == QKeySequence("Ctrl+Shift+A")
    view = applicants_window(qtbot, window)
    assert view.search.model.rowCount() == 2 and view.file.tabs.isHidden()
    qtbot.keyClicks(view.search.field, "artern")  # by place, any case
    qtbot.waitUntil(lambda: texts(view.search.model, 0) == [f"Jugendclub Artern e.V.\n06556 Artern · Nr. {other} "
                                                            "· Gemeinnütziger Verein"], timeout=10000)
    view.search.field.clear()
    qtbot.keyClicks(view.search.field, "Sonnenbl")
    qtbot.waitUntil(lambda: [r.name for r in view.search.model.rows] == ["Familienzentrum Sonnenblume e.V."],
                    timeout=10000)
    qtmodeltester.check(view.search.model)
    view.search.view.selectRow(0)
    wait_file(qtbot, view, office.applicant_id)
    assert view.file.title.text() == "Familienzentrum Sonnenblume e.V." and not view.file.tabs.isHidden()
    assert "VR 1234" in view.file.subtitle.text()
    assert texts(view.file.data.accounts.model, 0) == ["DE89 3704 0044 0532 0130 00"]
    qtmodeltester.check(view.file.data.accounts.model)
    assert texts(view.file.data.accounts.model, 2)[0] not in ("", "–") and view.file.warnings.isHidden()
    assert other not in {r.id for r in view.search.model.rows}


def test_file_view_shows_document_states_history_and_warnings(office: Office, today, window_for: WindowFactory,
                                                             qtbot: QtBot, qtmodeltester) -> None:
    funded, rejected = _history(office, today)
    window = window_for("anna")
    view = applicants_window(qtbot, window)
    view.search.select_id(office.applicant_id)
    wait_file(qtbot, view, office.applicant_id)
    docs = view.file.documents.model
    qtmodeltester.check(docs)
    states = dict(zip(texts(docs, 3), texts(docs, 4), strict=True))  # valid until → state
    assert states == {"10.05.2029": "gültig", "15.03.2027": "läuft ab", "01.12.2026": "abgelaufen", "–": "unbefristet"}
    colour = docs.data(docs.index(texts(docs, 4).index("abgelaufen"), 4), Qt.ItemDataRole.ForegroundRole)
    assert colour.color().name() == "#b3261e"
    assert view.file.tabs.tabText(1) == "Unterlagen (5)"

    cases = view.file.history.cases
    qtmodeltester.check(cases)
    qtmodeltester.check(view.file.history.events)
    rows = {texts(cases, 0)[i]: (texts(cases, 2)[i], texts(cases, 5)[i]) for i in range(cases.rowCount())}
    assert rows == {funded: ("In Förderung", "10.000,00 €"), rejected: ("Abgelehnt", "0,00 €")}
    events = view.file.history.events
    assert [tuple(texts(events, column)[row] for column in range(4)) for row in range(events.rowCount())] == [
        ("31.12.2026", funded, "Verwendungsnachweis fällig", "überfällig"),
        ("20.02.2026", rejected, "Widerspruch eingegangen", "offen"),
        ("09.02.2026", funded, "Auszahlung 10.000,00 €", "–"),
        ("02.02.2026", rejected, "Ablehnung", "–"),
        ("02.02.2026", funded, "Bewilligung 10.000,00 €", "–")]
    assert events.data(events.index(0, 3), Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert view.file.history.attention.text() == "1 überfällig · 1 offen"
    assert "2 Anträge" in view.file.history.totals.text() and "bewilligt 10.000,00 €" in view.file.history.totals.text()

    assert not view.file.warnings.isHidden()
    assert f"Verwendungsnachweis zu {funded}" in view.file.warnings.text() and "überfällig" in view.file.warnings.text()
    # the hint names only the document that counts (the newest notice is valid until 2029): no document hint
    assert view.file.hints.isHidden()


def test_a_case_opens_its_applicant_file_and_the_file_opens_cases(office: Office, window_for: WindowFactory,
                                                                  qtbot: QtBot) -> None:
    first, second = register(office), register(office, title="Zweites Vorhaben")
    window = window_for("anna")
    window.case_list.view.selectRow(0)
    qtbot.waitUntil(lambda: window.case_detail.detail is not None, timeout=15000)
    shown = window.case_detail.detail.file_number
    link = window.case_detail.master.applicant_file
    assert link.text() == "Trägerakte …"
    qtbot.waitUntil(lambda: link.isVisibleTo(window), timeout=5000)
    link.click()
    view = window.findChild(ApplicantsWindow)
    assert view is not None and view.isVisible()
    wait_file(qtbot, view, office.applicant_id)
    assert sorted(texts(view.file.history.cases, 0)) == sorted([first, second])
    view.file.tabs.setCurrentWidget(view.file.history)
    table = view.file.history.case_view
    row = texts(view.file.history.cases, 0).index(first if shown == second else second)
    point = table.visualRect(view.file.history.cases.index(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)  # Qt 6: a double-click needs a press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.case_detail.detail is not None
                    and window.case_detail.detail.file_number != shown, timeout=15000)


def test_reader_sees_the_file_but_cannot_change_it(office: Office, window_for: WindowFactory, qtbot: QtBot) -> None:
    window = window_for("leser")
    view = applicants_window(qtbot, window)
    view.search.select_id(office.applicant_id)
    wait_file(qtbot, view, office.applicant_id)
    data = view.file.data
    assert data.edits["name"].isReadOnly() and not data.kind.isEnabled() and data.save_button.isHidden()
    assert view.file.documents.record.isHidden() and view.merge_button.isHidden() and view.new_button.isHidden()
