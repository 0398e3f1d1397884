"""Editing the record (messages beside the fields, optimistic lock) and recording standing documents with files."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.applicants import service as applicants
from app.applicants.file import applicant_file
from app.applicants.reader import applicant_input
from db.models import Document
from tests.fixtures.applicants_gui import PickedFiles, WindowFactory, applicants_window, texts, wait_file
from tests.support import Office
from ui.applicants.attachment_viewer import AttachmentViewer
from ui.applicants.documents_tab import StandingDocumentDialog
from ui.applicants.window import ApplicantsWindow
from ui.main_window import MainWindow

DAY = dt.date(2026, 2, 2)


def _file_of(qtbot: QtBot, window: MainWindow, applicant_id: int) -> ApplicantsWindow:
    view = applicants_window(qtbot, window)
    view.search.select_id(applicant_id)
    wait_file(qtbot, view, applicant_id)
    return view


def _type(qtbot: QtBot, edit: object, text: str) -> None:
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def _stored(office: Office) -> applicants.ApplicantInput:
    with office.database.read() as session:
        return applicant_input(session, office.applicant_id)


def test_bad_input_is_shown_beside_the_field_and_changes_nothing(office: Office, window_for: WindowFactory,
                                                                  qtbot: QtBot) -> None:
    data = _file_of(qtbot, window_for("anna"), office.applicant_id).file.data
    assert not data.save_button.isEnabled()
    _type(qtbot, data.edits["email"], "info.sonnenblume.example")
    data.save_button.click()
    qtbot.waitUntil(data.errors["email"].isVisible, timeout=15000)
    assert "keine gültige E-Mail-Adresse" in data.errors["email"].text() and data.dirty
    assert data.general_error.isHidden()
    _type(qtbot, data.edits["email"], "info@sonnenblume.example")
    _type(qtbot, data.edits["postcode"], "9970")
    data.save_button.click()
    qtbot.waitUntil(data.errors["postcode"].isVisible, timeout=15000)
    assert "fünf Ziffern" in data.errors["postcode"].text() and data.errors["email"].isHidden()
    assert _stored(office).postcode == "99706"
    _type(qtbot, data.edits["postcode"], "99707")
    _type(qtbot, data.edits["register_number"], "Vereinsregister 12a")
    data.save_button.click()
    qtbot.waitUntil(data.errors["register_number"].isVisible, timeout=15000)
    assert "Registernummer »Vereinsregister 12a« ist ungültig" in data.errors["register_number"].text()
    assert data.errors["postcode"].isHidden() and _stored(office).postcode == "99706"
    _type(qtbot, data.edits["register_number"], "vr 1234")
    data.save_button.click()
    qtbot.waitUntil(lambda: not data.dirty and not data.context.runner.busy, timeout=15000)
    assert _stored(office).postcode == "99707" and _stored(office).iban == "DE89370400440532013000"
    assert _stored(office).register_number == "VR 1234"


def test_an_edit_on_a_stale_version_shows_the_conflict(office: Office, window_for: WindowFactory,
                                                       qtbot: QtBot) -> None:
    view = _file_of(qtbot, window_for("anna"), office.applicant_id)
    data = view.file.data
    shown = view.file.view.file.version  # type: ignore[union-attr]
    applicants.update_applicant(office.bernd, office.applicant_id, shown,  # Bernd saves first
                                applicants.ApplicantInput(**{**vars(_stored(office)), "phone": "03632 1111"}))
    _type(qtbot, data.edits["phone"], "03632 2222")
    data.save_button.click()
    qtbot.waitUntil(lambda: data.findChild(QMessageBox, "applicantConflictBox") is not None, timeout=15000)
    box = data.findChild(QMessageBox, "applicantConflictBox")
    assert "wurde inzwischen geändert" in box.text() and "Familienzentrum Sonnenblume e.V." in box.text()
    next(b for b in box.buttons() if b.text() == "Weiter bearbeiten").click()
    assert data.edits["phone"].text() == "03632 2222" and data.dirty
    assert _stored(office).phone == "03632 1111"

    data.save_button.click()
    qtbot.waitUntil(lambda: len(data.findChildren(QMessageBox, "applicantConflictBox")) == 2, timeout=15000)
    second = data.findChildren(QMessageBox, "applicantConflictBox")[-1]
    next(b for b in second.buttons() if b.text().startswith("Neu laden")).click()
    qtbot.waitUntil(lambda: data.edits["phone"].text() == "03632 1111" and not data.dirty
                    and view.file.view.file.version > shown, timeout=15000)  # type: ignore[union-attr]


def test_switching_files_asks_before_dropping_input(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                    answers) -> None:
    other = applicants.register_applicant(office.anna, applicants.ApplicantInput(
        name="Jugendclub Artern e.V.", applicant_type="association", postcode="06556", city="Artern"))
    view = _file_of(qtbot, window_for("anna"), office.applicant_id)
    _type(qtbot, view.file.data.edits["phone"], "0000")
    answers.discard = False
    view.search.select_id(other)
    assert answers.asked == ["discard Familienzentrum Sonnenblume e.V."]
    assert view.file.applicant_id == office.applicant_id and view.search.current().id == office.applicant_id
    answers.discard = True
    view.search.select_id(other)
    wait_file(qtbot, view, other)


def test_record_a_standing_document_with_a_file(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                               picked: PickedFiles, pdf_file: Path) -> None:
    view = _file_of(qtbot, window_for("anna"), office.applicant_id)
    tab = view.file.documents
    tab.record.click()
    qtbot.waitUntil(lambda: view.file.findChild(StandingDocumentDialog) is not None, timeout=15000)
    dialog = view.file.findChild(StandingDocumentDialog)
    assert "application_signed" not in [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    dialog.kind.setCurrentIndex(dialog.kind.findData("exemption_notice"))
    assert dialog.validity.text() == "gilt 5 Jahre ab Ausstellung"
    dialog.buttons.accepted.emit()  # without a date of issue: refused in the dialog
    assert dialog.isVisible() and "Ausstellungsdatum" in dialog.error.text()
    qtbot.keyClicks(dialog.issued, "15.03.2021")
    picked.next = pdf_file
    dialog.findChild(QPushButton, "chooseStandingFile").click()
    assert dialog.file.text() == str(pdf_file)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4 and not view.context.runner.busy, timeout=15000)
    new = next(r for r in tab.model.rows if r.issued_on == dt.date(2021, 3, 15))
    assert new.has_file and new.valid_until == dt.date(2026, 3, 15) and new.state == "läuft ab"
    assert "läuft am 15.03.2026 ab" not in view.file.hints.text()  # the notice of 2024 counts, valid until 2029


def test_attach_a_file_to_a_recorded_document_and_open_it(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                          picked: PickedFiles, pdf_file: Path, tmp_path: Path,
                                                          opened: list[Path]) -> None:
    view = _file_of(qtbot, window_for("anna"), office.applicant_id)
    tab = view.file.documents
    assert not tab.attach.isEnabled() and not tab.open_file.isEnabled()  # nothing selected
    statutes = texts(tab.model, 0).index("Satzung")
    tab.view.selectRow(statutes)
    assert tab.attach.isEnabled() and not tab.open_file.isEnabled()  # no file stored yet
    wrong = tmp_path / "satzung.txt"
    wrong.write_text("keine PDF-Datei")
    picked.next = wrong
    tab.attach.click()
    qtbot.waitUntil(lambda: view.file.findChild(QMessageBox, "expectedErrorBox") is not None, timeout=15000)
    assert "nicht angenommen" in view.file.findChild(QMessageBox, "expectedErrorBox").text()
    picked.next = pdf_file
    tab.view.selectRow(statutes)
    tab.attach.click()
    qtbot.waitUntil(lambda: texts(tab.model, 5)[texts(tab.model, 0).index("Satzung")] == "gespeichert"
                    and not view.context.runner.busy, timeout=15000)
    with office.database.read() as session:
        stored = {d.type_name: d.has_file for d in applicant_file(session, office.applicant_id, DAY).documents}
    assert stored["Satzung"] and not stored["Vereinsregisterauszug"]
    tab.view.selectRow(texts(tab.model, 0).index("Satzung"))
    assert tab.open_file.isEnabled() and not tab.attach.isEnabled()
    tab.open_file.click()
    qtbot.waitUntil(lambda: view.file.findChild(AttachmentViewer) is not None and not view.context.runner.busy,
                    timeout=15000)
    viewer = view.file.findChild(AttachmentViewer)
    assert viewer.kind == "pdf" and viewer.content == pdf_file.read_bytes()  # shown inside, by its content
    viewer.close()
    # a file stored before the checks, under a name that would start a program on Windows
    script = b"@echo off\r\nformat c: /q\r\n"
    with office.database.engine.begin() as conn:
        conn.execute(update(Document).where(Document.file_name == "freistellungsbescheid.pdf").values(
            file_name="Bescheid.pdf.bat", content=script, sha256=hashlib.sha256(script).hexdigest()))
    qtbot.waitUntil(lambda: view.file.findChild(AttachmentViewer) is None, timeout=15000)
    tab.open_file.click()
    qtbot.waitUntil(lambda: view.file.findChild(AttachmentViewer) is not None and not view.context.runner.busy,
                    timeout=15000)
    viewer = view.file.findChild(AttachmentViewer)
    assert viewer.kind is None and not viewer.shown and "nicht geöffnet" in viewer.message.text()
    assert opened == []  # nothing was ever handed to the system's opener


def test_a_new_applicant_is_registered_after_the_duplicate_question(office: Office, window_for: WindowFactory,
                                                                     qtbot: QtBot, answers) -> None:
    view = applicants_window(qtbot, window_for("anna"))
    dialog = view.new_applicant()
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Familienzentrum Sonnenblume")
    qtbot.keyClicks(dialog.postcode, "99707")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: view.file.view is not None and view.file.view.file.id != office.applicant_id
                    and not view.context.runner.busy, timeout=15000)
    assert answers.asked == ["Möglicher Doppeleintrag"]
    assert view.file.title.text() == "Familienzentrum Sonnenblume"
    assert "Familienzentrum Sonnenblume e.V." in view.file.hints.text()  # offered for a merge from now on
    qtbot.waitUntil(lambda: view.search.current() is not None
                    and view.search.current().id == view.file.applicant_id, timeout=15000)


def test_closing_the_window_asks_before_dropping_input(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                       answers) -> None:
    window = window_for("anna")
    view = _file_of(qtbot, window, office.applicant_id)
    _type(qtbot, view.file.data.edits["phone"], "0000")
    answers.discard = False
    assert not view.close() and view.isVisible() and answers.asked == ["discard Familienzentrum Sonnenblume e.V."]
    answers.discard = True
    assert view.close() and not view.isVisible()
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=15000)
    window.applicants_action.trigger()
    assert window.findChild(ApplicantsWindow) is view and view.isVisible()
    assert view.file.data.edits["phone"].text() == "" and not view.file.data.dirty  # the stored record again


def test_add_a_contact_person_while_the_record_is_being_edited(office: Office, window_for: WindowFactory,
                                                               qtbot: QtBot) -> None:
    view = _file_of(qtbot, window_for("anna"), office.applicant_id)
    data = view.file.data
    before = texts(data.people.model, 0)
    _type(qtbot, data.edits["phone"], "03632 9999")  # typed, not saved yet
    dialog = data.people.add()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.edits["name"], "Petra Lange")
    qtbot.keyClicks(dialog.edits["function"], "Kassenwartin")
    qtbot.keyClicks(dialog.edits["email"], "petra.lange")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not view.context.runner.busy, timeout=15000)
    assert "keine gültige E-Mail-Adresse" in dialog.error.text() and dialog.isVisible()
    assert texts(data.people.model, 0) == before
    _type(qtbot, dialog.edits["email"], "p.lange@sonnenblume.example")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "Petra Lange" in texts(data.people.model, 0) and not view.context.runner.busy,
                    timeout=15000)
    assert not dialog.isVisible()
    row = texts(data.people.model, 0).index("Petra Lange")
    assert [texts(data.people.model, column)[row] for column in range(1, 5)] == [
        "Kassenwartin", "p.lange@sonnenblume.example", "–", "–"]
    assert data.edits["phone"].text() == "03632 9999" and data.dirty  # the typed input survived the reload
    data.save_button.click()
    qtbot.waitUntil(lambda: not data.dirty and not view.context.runner.busy, timeout=15000)
    assert _stored(office).phone == "03632 9999"


def test_a_reader_sees_contact_persons_but_cannot_add_one(office: Office, window_for: WindowFactory,
                                                          qtbot: QtBot) -> None:
    applicants.add_contact(office.anna, office.applicant_id, applicants.ContactInput(
        name="Petra Lange", function="Vorstand", phone="03632 4711"))
    data = _file_of(qtbot, window_for("leser"), office.applicant_id).file.data
    assert texts(data.people.model, 0) == ["Petra Lange"] and texts(data.people.model, 3) == ["03632 4711"]
    assert data.people.add_button.isHidden() and data.people.edit_button.isHidden()
    assert data.accounts.add_button.isHidden() and data.accounts.model.rowCount() == 1
