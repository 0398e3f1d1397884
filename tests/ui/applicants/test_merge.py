"""Merging a near-duplicate through the GUI: administrators only, both records side by side, reason, confirmation;
a concurrent edit of either record is refused with the service's message."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from app.applicants import service as applicants
from app.applicants.file import ApplicantFile, applicant_file
from app.applicants.reader import applicant_input
from app.cases import documents
from app.cases import intake as applications
from tests.fixtures.applicants_gui import WindowFactory, applicants_window, texts, wait_file
from tests.fixtures.gui import Answers
from tests.support import Office, application_input
from ui.applicants.merge_dialog import MergeDialog, MergeSide

DAY = dt.date(2026, 2, 2)
REASON = "Doppelt angelegt, gleicher Verein und gleiche Anschrift."


def _twin(office: Office) -> tuple[int, str]:
    """The same association once more, without "e.V." and at another postcode, with a case and its statutes."""
    twin = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="Familienzentrum Sonnenblume", applicant_type="association", postcode="99707", city="Sondershausen",
        municipality="Sondershausen"))
    file_number = applications.register_application(office.anna, application_input(twin, title="Elterncafé"))
    documents.record_document(office.anna, "statutes", applicant_id=twin)
    return twin, file_number


def _pick(qtbot: QtBot, side: MergeSide, text: str, applicant_id: int) -> None:
    side.search.field.setText(text)
    qtbot.waitUntil(lambda: applicant_id in {r.id for r in side.search.model.rows}, timeout=15000)
    assert side.search.select_id(applicant_id)
    qtbot.waitUntil(lambda: side.view is not None and side.view.file.id == applicant_id
                    and not side.context.runner.busy, timeout=15000)


def _file(office: Office, applicant_id: int) -> ApplicantFile:
    with office.database.read() as session:
        return applicant_file(session, applicant_id, DAY)


def test_only_an_administrator_sees_the_merge(office: Office, window_for: WindowFactory, qtbot: QtBot) -> None:
    for user, visible in (("anna", False), ("sabine", False), ("admin", True)):
        view = applicants_window(qtbot, window_for(user))
        assert view.merge_button.isVisibleTo(view) is visible, user


def test_admin_merges_two_records_picked_side_by_side(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                      answers: Answers, qtmodeltester) -> None:
    twin, file_number = _twin(office)
    view = applicants_window(qtbot, window_for("admin"))
    view.show_applicant(office.applicant_id)
    wait_file(qtbot, view, office.applicant_id)
    assert "Möglicher Doppeleintrag: Familienzentrum Sonnenblume, 99707 Sondershausen" in view.file.hints.text()
    view.merge_button.click()
    dialog = view.findChild(MergeDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.keep.view is not None and dialog.keep.view.file.id == office.applicant_id
    _pick(qtbot, dialog.other, "sonnenblume", twin)
    qtmodeltester.check(dialog.other.cases)
    assert texts(dialog.other.cases, 0) == [file_number] and texts(dialog.other.documents, 0) == ["Satzung"]
    assert "1 Vorgänge, 1 Unterlagen" in dialog.other.summary.text()

    dialog.run_button.click()  # no reason: not even asked
    assert "Grund der Zusammenführung" in dialog.error.text() and answers.asked == []
    dialog.reason.setPlainText("doppelt")  # too short: the service's message, nothing merged
    dialog.run_button.click()
    qtbot.waitUntil(lambda: "mindestens 10 Zeichen" in dialog.error.text() and not view.context.runner.busy,
                    timeout=15000)
    assert answers.asked == ["Antragsteller zusammenführen"] and _file(office, twin).active
    dialog.reason.setPlainText(REASON)
    answers.yes = False
    dialog.run_button.click()
    assert len(answers.asked) == 2 and dialog.isVisible() and _file(office, twin).active
    answers.yes = True
    dialog.run_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and not view.context.runner.busy, timeout=15000)
    assert dialog.result_ is not None and (dialog.result_.cases, dialog.result_.documents) == (1, 1)
    assert not _file(office, twin).active and file_number in {c.file_number for c in _file(office, office.applicant_id)
                                                               .cases}
    qtbot.waitUntil(lambda: file_number in texts(view.file.history.cases, 0), timeout=15000)
    qtbot.waitUntil(lambda: twin not in {r.id for r in view.search.model.rows}, timeout=15000)
    assert view.file.hints.isHidden()


def test_a_concurrent_edit_refuses_the_merge_with_the_services_message(office: Office, window_for: WindowFactory,
                                                                      qtbot: QtBot) -> None:
    twin, _file_number = _twin(office)
    view = applicants_window(qtbot, window_for("admin"))
    view.show_applicant(office.applicant_id)
    wait_file(qtbot, view, office.applicant_id)
    dialog = view.open_merge()  # the likely duplicate is offered on the right
    qtbot.waitUntil(lambda: dialog.other.view is not None and not view.context.runner.busy, timeout=15000)
    assert dialog.other.view.file.id == twin
    dialog.swap_sides()  # keep the record without "e.V." this time
    assert (dialog.keep.view.file.id, dialog.other.view.file.id) == (twin, office.applicant_id)
    shown = dialog.other.view.file.version
    with office.database.read() as session:
        current = applicant_input(session, office.applicant_id)
    applicants.update_applicant(office.anna, office.applicant_id, shown,  # meanwhile a caseworker edits it
                                applicants.ApplicantInput(**{**vars(current), "phone": "03632 4711"}))
    dialog.reason.setPlainText(REASON)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not view.context.runner.busy, timeout=15000)
    assert "wurde inzwischen geändert" in dialog.error.text() and "Familienzentrum Sonnenblume e.V." in \
        dialog.error.text()
    assert _file(office, office.applicant_id).active and _file(office, twin).active and dialog.isVisible()
    assert dialog.other.view.file.version > shown  # reloaded: the admin sees the current state and may go on
    dialog.run_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and not view.context.runner.busy, timeout=15000)
    assert not _file(office, office.applicant_id).active and len(_file(office, twin).cases) == 1
    wait_file(qtbot, view, twin)


def test_the_service_refuses_a_merge_by_a_caseworker(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                     answers: Answers) -> None:
    twin, _file_number = _twin(office)
    view = applicants_window(qtbot, window_for("anna"))
    view.show_applicant(office.applicant_id)
    wait_file(qtbot, view, office.applicant_id)
    dialog = view.open_merge()  # hidden for her; reached anyway, the service still decides
    qtbot.waitUntil(lambda: dialog.other.view is not None and not view.context.runner.busy, timeout=15000)
    dialog.reason.setPlainText(REASON)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not view.context.runner.busy, timeout=15000)
    assert "Anna Arndt (Sachbearbeitung) darf" in dialog.error.text() and dialog.isVisible()
    assert _file(office, twin).active and _file(office, office.applicant_id).active


def test_the_likely_duplicates_are_offered_for_the_right_side(office: Office, window_for: WindowFactory,
                                                             qtbot: QtBot) -> None:
    twin, _file_number = _twin(office)
    same_account = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="Förderverein Sonnenblume", applicant_type="association", postcode="99706", city="Sondershausen",
        iban="DE89 3704 0044 0532 0130 00"))
    view = applicants_window(qtbot, window_for("admin"))
    view.show_applicant(office.applicant_id)
    wait_file(qtbot, view, office.applicant_id)
    dialog = view.open_merge()
    qtbot.waitUntil(lambda: dialog.other.view is not None and not view.context.runner.busy, timeout=15000)
    box = dialog.suggestions
    offered = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert offered == {
        twin: f"Familienzentrum Sonnenblume, 99707 Sondershausen (Nr. {twin}; gleich: Name (anderer Ort))",
        same_account: f"Förderverein Sonnenblume, 99706 Sondershausen (Nr. {same_account}; gleich: IBAN)"}
    assert dialog.suggestions.isVisibleTo(dialog) and dialog.other.view.file.id == dialog.suggestions.itemData(0)
    second = 1 - dialog.suggestions.currentIndex()
    dialog.suggestions.setCurrentIndex(second)
    dialog.suggestions.activated.emit(second)
    wanted = dialog.suggestions.itemData(second)
    qtbot.waitUntil(lambda: dialog.other.view.file.id == wanted and not view.context.runner.busy, timeout=15000)
    dialog.reject()
