"""The data-protection window offers the applicant once its last case is anonymised (issue 22): the applicant is
selected below with a hint, and anonymising it asks for a reason, empties its data and says what was done."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.administration.data_protection import archive_offer
from db.models import Applicant
from tests.fixtures.gui import WindowFactory
from tests.support import Office, closed_case
from tests.ui.admin.test_administration import events
from ui.data_protection.window import DataProtectionWindow

WAIT = 20000


def test_the_applicant_is_offered_after_its_last_case_and_anonymised(office: Office, window_for: WindowFactory,
                                                                     qtbot: QtBot, today, tmp_path: Path) -> None:
    file_number = closed_case(office, today)
    today.set(dt.date(2038, 1, 2))
    archive_offer(office.sabine, file_number, tmp_path / "archiv.zip")
    window = window_for("admin")
    window.privacy_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(DataProtectionWindow) is not None, timeout=WAIT)
    privacy = window.findChild(DataProtectionWindow)
    assert privacy is not None
    box = privacy.applicants
    qtbot.waitUntil(lambda: privacy.case_table.rowCount() == 1 and not window.context.runner.busy, timeout=WAIT)
    assert box.table.rowCount() == 0 and not box.button.isEnabled()  # its case still holds personal data

    privacy.case_table.setCurrentCell(0, 0)
    dialog = privacy.anonymise_current()
    assert dialog is not None
    dialog.reason.setPlainText("Aufbewahrungsfrist abgelaufen; Archiv hat die Übernahme abgelehnt.")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "kann jetzt ebenfalls anonymisiert werden" in privacy.message.text(), timeout=WAIT)
    assert box.table.rowCount() == 1 and box.table.currentRow() == 0 and box.button.isEnabled()
    assert box.table.item(0, 0).text() == "Familienzentrum Sonnenblume e.V."

    confirm = box.anonymise_current()
    assert confirm is not None
    warning = confirm.findChild(QLabel, "anonymiseApplicantWarning")
    assert warning is not None and "unwiderruflich" in warning.text() and "1 Vorgänge" in warning.text()
    confirm.buttons.button(confirm.buttons.StandardButton.Ok).click()
    assert confirm.isVisible() and "Anlass" in confirm.error.text()  # no reason, nothing done
    confirm.reason.setPlainText("Alle Vorgänge anonymisiert, Aufbewahrungsfrist abgelaufen.")
    with qtbot.waitSignal(box.anonymised, timeout=WAIT) as done:
        confirm.buttons.button(confirm.buttons.StandardButton.Ok).click()
    assert done.args == [office.applicant_id]
    qtbot.waitUntil(lambda: box.table.rowCount() == 0 and not window.context.runner.busy, timeout=WAIT)
    assert privacy.message.text() == ("Familienzentrum Sonnenblume e.V. anonymisiert: 1 Bankkonten, "
                                      "0 Ansprechpersonen, 0 Unterlagen geleert.")  # the fixture stores no files
    with office.database.read() as session:
        applicant = session.get_one(Applicant, office.applicant_id)
        assert applicant.name == "[anonymisiert]" and applicant.iban is None and applicant.anonymised_at
    [event] = [e for e in events(office, "anonymise-applicant") if e.field == "name"]
    assert event.reason == "Alle Vorgänge anonymisiert, Aufbewahrungsfrist abgelaufen." and event.user_name == "admin"
