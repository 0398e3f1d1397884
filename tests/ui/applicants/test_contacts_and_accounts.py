"""Contact persons (consent, withdrawal, removal) and several bank accounts, driven through the data tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.applicants import service as applicants
from app.applicants.bank_accounts import BankAccountInput, add_bank_account
from db.models import Applicant, ContactPerson
from db.models.applicants import BankAccount
from tests.fixtures.applicants_gui import WindowFactory, applicants_window, texts, wait_file
from tests.support import Office
from ui.applicants.data_tab import DataTab

FIRST, SECOND = "DE89 3704 0044 0532 0130 00", "DE02 1203 0000 0000 2020 51"


def _data(qtbot: QtBot, window_for: WindowFactory, office: Office, user: str = "anna") -> DataTab:
    view = applicants_window(qtbot, window_for(user))
    view.search.select_id(office.applicant_id)
    wait_file(qtbot, view, office.applicant_id)
    return view.file.data


def _idle(qtbot: QtBot, data: DataTab, condition: object) -> None:
    qtbot.waitUntil(lambda: condition() and not data.context.runner.busy, timeout=15000)  # type: ignore[operator]


def _type(qtbot: QtBot, edit: object, text: str) -> None:
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def test_consent_is_entered_withdrawn_and_the_contact_removed(office: Office, window_for: WindowFactory,
                                                              qtbot: QtBot, today, answers) -> None:
    applicants.add_contact(office.anna, office.applicant_id, applicants.ContactInput(
        name="Petra Lange", function="Vorstand"))
    data = _data(qtbot, window_for, office)
    people = data.people
    assert texts(people.model, 4) == ["–"] and not people.edit_button.isEnabled()
    people.view.selectRow(0)
    dialog = people.edit()
    assert dialog is not None and dialog.edits["name"].text() == "Petra Lange"
    qtbot.keyClicks(dialog.edits["consent_withdrawn_on"], "01.02.2026")
    dialog.ok.click()
    _idle(qtbot, data, dialog.error.isVisible)
    assert "setzt eine Einwilligung voraus" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.edits["consent_on"], "12.01.2026")
    dialog.ok.click()
    _idle(qtbot, data, lambda: texts(people.model, 4) == ["widerrufen am 01.02.2026"])
    assert not dialog.isVisible()
    with office.database.read() as session:
        stored = session.scalars(select(ContactPerson)).one()
    assert (stored.consent_on, stored.consent_withdrawn_on) == (dt.date(2026, 1, 12), dt.date(2026, 2, 1))

    people.view.selectRow(0)
    answers.yes = False
    people.remove_button.click()
    assert answers.asked == ["Kontaktperson entfernen"] and people.model.rowCount() == 1
    answers.yes = True
    people.remove_button.click()
    _idle(qtbot, data, lambda: people.model.rowCount() == 0)
    with office.database.read() as session:
        assert not session.scalars(select(ContactPerson)).one().active


def test_a_second_account_is_added_checked_as_typed_and_made_primary(office: Office, window_for: WindowFactory,
                                                                     qtbot: QtBot) -> None:
    data = _data(qtbot, window_for, office)
    accounts = data.accounts
    assert texts(accounts.model, 0) == [FIRST] and texts(accounts.model, 5) == ["Hauptkonto"]
    dialog = accounts.add()
    assert dialog is not None
    qtbot.keyClicks(dialog.edits["iban"], "DE02 1203 0000 0000 2020 5")  # one digit short
    dialog.edits["iban"].editingFinished.emit()  # as when the user leaves the field (Return would save)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not data.context.runner.busy, timeout=15000)
    assert "ungültig" in dialog.error.text() and accounts.model.rowCount() == 1
    _type(qtbot, dialog.edits["iban"], SECOND)
    dialog.edits["iban"].editingFinished.emit()
    _idle(qtbot, data, lambda: "Kreditbank" in dialog.bank.text())
    assert dialog.error.isHidden() and dialog.isVisible()
    qtbot.keyClicks(dialog.edits["label"], "Projektkonto")
    dialog.ok.click()
    _idle(qtbot, data, lambda: accounts.model.rowCount() == 2)
    assert not dialog.isVisible()
    assert texts(accounts.model, 0) == [FIRST, SECOND]
    assert texts(accounts.model, 5) == ["Hauptkonto", "weiteres Konto"]
    assert texts(accounts.model, 4)[1] == "Projektkonto" and "Kreditbank" in texts(accounts.model, 2)[1]

    accounts.view.selectRow(1)
    assert accounts.primary_button.isEnabled() and accounts.deactivate_button.isEnabled()
    accounts.primary_button.click()
    _idle(qtbot, data, lambda: texts(accounts.model, 5) == ["Hauptkonto", "weiteres Konto"]
          and texts(accounts.model, 0) == [SECOND, FIRST])
    with office.database.read() as session:
        assert session.get_one(Applicant, office.applicant_id).iban == SECOND.replace(" ", "")
    accounts.view.selectRow(0)
    assert not accounts.primary_button.isEnabled() and not accounts.deactivate_button.isEnabled()


def test_an_account_is_deactivated_and_edits_wait_for_the_unsaved_form(office: Office, window_for: WindowFactory,
                                                                       qtbot: QtBot, answers) -> None:
    add_bank_account(office.anna, office.applicant_id, BankAccountInput(iban=SECOND))
    data = _data(qtbot, window_for, office)
    accounts = data.accounts
    _type(qtbot, data.edits["phone"], "03632 9999")  # typed, not saved: the record's version must not move
    assert not accounts.add_button.isEnabled() and accounts.hint.isVisible()
    data.save_button.click()
    _idle(qtbot, data, lambda: not data.dirty)
    assert accounts.add_button.isEnabled() and accounts.hint.isHidden()
    accounts.view.selectRow(1)
    accounts.deactivate_button.click()
    _idle(qtbot, data, lambda: texts(accounts.model, 5) == ["Hauptkonto", "deaktiviert"])
    assert answers.asked == ["Konto deaktivieren"]
    accounts.view.selectRow(1)
    assert not accounts.edit_button.isEnabled() and accounts.edit() is None
    with office.database.read() as session:
        assert [a.active for a in session.scalars(select(BankAccount).order_by(BankAccount.id))] == [True, False]


def test_a_concurrent_change_of_an_account_is_reported(office: Office, window_for: WindowFactory,
                                                       qtbot: QtBot) -> None:
    account_id = add_bank_account(office.anna, office.applicant_id, BankAccountInput(iban=SECOND))
    data = _data(qtbot, window_for, office)
    with office.database.read() as session:
        version = session.get_one(BankAccount, account_id).version
    from app.applicants.bank_accounts import update_bank_account

    update_bank_account(office.bernd, account_id, version, BankAccountInput(iban=SECOND, label="Spendenkonto"))
    data.accounts.view.selectRow(1)
    data.accounts.primary_button.click()
    qtbot.waitUntil(lambda: data.accounts.findChild(QMessageBox, "expectedErrorBox") is not None, timeout=15000)
    assert "inzwischen geändert" in data.accounts.findChild(QMessageBox, "expectedErrorBox").text()
    _idle(qtbot, data, lambda: texts(data.accounts.model, 4) == ["–", "Spendenkonto"])  # reloaded


def test_registration_offers_an_organisation_at_the_same_address(office: Office, window_for: WindowFactory,
                                                                  qtbot: QtBot, answers) -> None:
    view = applicants_window(qtbot, window_for("anna"))
    dialog = view.new_applicant()
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Eltern-Kind-Treff")  # a different name, but Bahnhofstraße 5 in 99706
    qtbot.keyClicks(dialog.street, "Bahnhofstr. 5")
    qtbot.keyClicks(dialog.postcode, "99706")
    answers.yes = False
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: answers.asked == ["Möglicher Doppeleintrag"] and dialog.buttons.isEnabled()
                    and not view.context.runner.busy, timeout=15000)
    assert dialog.isVisible()  # not registered
    answers.yes = True
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: view.file.view is not None and view.file.view.file.id != office.applicant_id
                    and not view.context.runner.busy, timeout=15000)
    assert "gleich: Anschrift" in view.file.hints.text() and "Familienzentrum Sonnenblume" in view.file.hints.text()
