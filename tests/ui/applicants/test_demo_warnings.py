"""The demo office shows a new user every warning of the applicant file."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.applicants.reader import ApplicantReader
from app.kernel.database import Database
from db.models import Application
from demo import data
from demo.generator import generate
from tests.fixtures.applicants_gui import applicants_window, wait_file
from tests.fixtures.gui import make_context
from ui.applicants.expiring import ExpiringDocumentsPanel
from ui.applicants.merge_dialog import MergeDialog
from ui.main_window import MainWindow
from ui.tasks import Runner

DEMO_DAY = dt.date(2026, 6, 1)


def test_demo_has_several_applications_per_organisation_and_every_warning(database: Database, today) -> None:
    assert generate(database, cases=40, seed=7, now=DEMO_DAY) == 40
    today.set(DEMO_DAY)
    reader = ApplicantReader(database, "mueller")
    first = reader.view(1)
    assert first.file.name == data.ORGANISATIONS[0][0]
    overdue = [w for w in first.file.warnings if w.startswith("Verwendungsnachweis")]
    assert len(overdue) == 1 and "überfällig" in overdue[0] and "2025" in overdue[0]
    notice = next(d for d in first.file.documents if d.type_name.startswith("Freistellungsbescheid"))
    assert notice.state == "läuft ab" and notice.valid_until == DEMO_DAY + dt.timedelta(days=40)
    assert [(d.name, d.postcode, d.reason) for d in first.duplicates] == [
        ("Familienzentrum Sonnenblume", "99707", "Name (anderer Ort)")]
    expiring = reader.expiring()
    assert (1, "läuft ab") in {(r.applicant_id, r.state) for r in expiring.rows}
    with database.read() as session:
        per_organisation = Counter(session.scalars(select(Application.applicant_id)))
    assert sum(1 for count in per_organisation.values() if count >= 2) >= 5


def test_a_new_user_sees_the_warnings_in_the_demo_office(database: Database, today, qtbot: QtBot,
                                                         runner: Runner) -> None:
    generate(database, cases=40, seed=7, now=DEMO_DAY)
    today.set(DEMO_DAY)
    window = MainWindow(make_context(database, "admin", runner))
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    with qtbot.waitSignal(window.case_list.loaded, timeout=20000):
        window.start()
    window.expiring_action.trigger()  # "Ablaufende Unterlagen": the first organisation's exemption notice
    panel = window.findChild(ExpiringDocumentsPanel)
    assert panel is not None
    qtbot.waitUntil(lambda: not runner.busy and (1, "läuft ab") in {(r.applicant_id, r.state)
                                                                    for r in panel.model.rows}, timeout=20000)
    view = applicants_window(qtbot, window)
    view.show_applicant(1)
    wait_file(qtbot, view, 1)
    assert "-2025-0" in view.file.warnings.text() and "seit 01.12.2025 überfällig" in view.file.warnings.text()
    assert view.file.warnings.isVisibleTo(view)
    assert "Freistellungsbescheid des Finanzamts läuft am 11.07.2026 ab" in view.file.hints.text()
    assert "Möglicher Doppeleintrag: Familienzentrum Sonnenblume, 99707" in view.file.hints.text()
    assert view.file.history.attention.text().startswith("1 überfällig")
    dialog = view.open_merge()  # the administrator is offered the near-duplicate for a merge
    qtbot.waitUntil(lambda: dialog.other.view is not None and not runner.busy, timeout=20000)
    assert isinstance(dialog, MergeDialog) and dialog.other.view.file.name == data.NEAR_DUPLICATE[0]
    dialog.reject()
