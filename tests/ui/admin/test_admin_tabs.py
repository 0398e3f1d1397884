"""The other administration tabs save through their services: programme with scoring weight, retention period,
users (deactivated, never deleted), required documents, catalogue; a refusal is shown and changes nothing."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.administration.reads import administration
from app.kernel.config import user_config_file
from app.social_plan import service as social_plan
from tests.fixtures.gui import WindowFactory
from tests.support import Office
from tests.ui.admin.test_administration import events, open_admin
from ui.admin.base import AdminTab
from ui.admin.window import AdminWindow


def save_and_wait(qtbot: QtBot, admin: AdminWindow, tab: AdminTab, click: object) -> None:
    with qtbot.waitSignal(admin.loaded, timeout=20000):
        qtbot.mouseClick(click, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not admin.context.runner.busy, timeout=20000)


def test_programme_settings_users_documents(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                            today) -> None:
    window = window_for("admin")
    admin = open_admin(qtbot, window)

    page = admin.programmes
    assert page.code.text() == "LPF" and page.code.isReadOnly() and page.rate.text() == "80"
    page.rate.setText("75")
    page.min_grant.setText("750")
    page.weights.item(0, 1).setText("4")
    save_and_wait(qtbot, admin, page, page.save_button)
    assert page.message.text() == "Programm LPF gespeichert."
    lpf = administration(office.admin).programmes[0]
    assert (lpf.max_funding_rate, lpf.min_grant, lpf.weights[0].weight) == (Decimal("0.75"), Decimal("750.00"),
                                                                           Decimal("4.00"))
    assert [e.field for e in events(office, "update-programme")] == ["max_funding_rate", "min_grant"]
    page.pattern.setText("{code}-{unbekannt}")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not admin.context.runner.busy and "gespeichert" not in page.message.text(),
                    timeout=20000)
    assert administration(office.admin).programmes[0].file_number_pattern == "{code}-{year}-{number:04d}"

    settings = admin.settings
    settings.select_key("retention_years")
    settings.value.setText("12")
    save_and_wait(qtbot, admin, settings, settings.save_button)
    assert next(s.value for s in administration(office.admin).settings if s.key == "retention_years") == 12
    settings.select_key("settlement_order")  # shown and entered by name, stored as codes
    assert settings.value.text() == "Kosten, Zinsen, Hauptforderung"
    settings.value.setText("Hauptforderung, Zinsen, Kosten")
    save_and_wait(qtbot, admin, settings, settings.save_button)
    assert next(s.value for s in administration(office.admin).settings if s.key == "settlement_order") == [
        "principal", "interest", "costs"]
    assert settings.value.text() == "Hauptforderung, Zinsen, Kosten"

    users = admin.users
    row = [u.username for u in admin.users.data.users].index("bernd")  # type: ignore[union-attr]
    users.table.setCurrentCell(row, 0)
    assert users.active_button.text() == "Deaktivieren"
    save_and_wait(qtbot, admin, users, users.active_button)
    bernd = next(u for u in administration(office.admin).users if u.username == "bernd")
    assert not bernd.active and users.table.item(row, 3).text() == "deaktiviert"

    documents = admin.documents
    kinds = [t.code for t in documents.data.applicant_types]  # type: ignore[union-attr]
    documents.types.setCurrentRow(kinds.index("association"))
    before = set(documents.checked_codes())
    documents.documents.item(0).setCheckState(Qt.CheckState.Unchecked if documents.documents.item(0).checkState()
                                              == Qt.CheckState.Checked else Qt.CheckState.Checked)
    save_and_wait(qtbot, admin, documents, documents.save_button)
    after = next(t for t in administration(office.admin).applicant_types if t.code == "association").required
    assert set(after) ^ before == {documents.data.document_types[0][0]}  # type: ignore[union-attr]


def test_catalogue_measure_is_added_and_changed(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                today) -> None:
    plan = social_plan.create_plan(office.admin, "Sozialplan 2026–2028", 2026, 2028)
    social_plan.add_goal(office.admin, plan, "Z1", "Familien früh erreichen")
    window = window_for("admin")
    admin = open_admin(qtbot, window)
    page = admin.catalogue
    assert page.goal.count() == 1 and page.table.rowCount() == 0
    page.code.setText("M1")
    page.title.setText("Familienzentrum im ländlichen Raum")
    page.in_catalogue.setChecked(True)
    page.count.setValue(3)
    save_and_wait(qtbot, admin, page, page.add_button)
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "M1"
    page.title.setText("Familienzentrum im ländlichen Raum (mobil)")
    save_and_wait(qtbot, admin, page, page.save_button)
    measure = administration(office.admin).catalogue[0]
    assert (measure.title, measure.target_count, measure.in_catalogue) == (
        "Familienzentrum im ländlichen Raum (mobil)", 3, True)


def test_database_tab_tests_and_saves_the_connection(office: Office, window_for: WindowFactory, qtbot: QtBot,
                                                     today) -> None:
    window = window_for("admin")
    admin = open_admin(qtbot, window)
    page = admin.database
    sqlite = office.database.backend == "sqlite"
    assert page.sqlite.isChecked() == sqlite and page.file.isEnabled() == sqlite
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Verbindung in Ordnung"), timeout=20000)
    assert "auf dem Stand dieses Programms" in page.message.text()

    page.postgres.setChecked(True)
    page.url.setText("postgresql+psycopg://niemand@127.0.0.1:1/gibtsnicht")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.message.text().startswith("Verbindung wird"), timeout=30000)
    assert not page.message.text().startswith("Verbindung in Ordnung")

    page.url.setText("postgresql+psycopg://foerderdesk@server.example/foerderdesk")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Gespeichert in"), timeout=20000)
    saved = (user_config_file()).read_text(encoding="utf-8")
    assert 'url = "postgresql+psycopg://foerderdesk@server.example/foerderdesk"' in saved
    user_config_file().unlink()


def test_a_new_user_gets_a_login_of_their_own_on_the_server(office: Office, window_for: WindowFactory,
                                                            qtbot: QtBot, today) -> None:
    import uuid

    from sqlalchemy import text

    name = f"neu{uuid.uuid4().hex[:6]}"  # logins are the whole server's: never the same name in two test runs
    admin = open_admin(qtbot, window_for("admin"))
    users = admin.users
    users.username.setText(name)
    users.display_name.setText("Nina Neu")
    users.new_role.setCurrentIndex(users.new_role.findData("caseworker"))
    save_and_wait(qtbot, admin, users, users.add_button)
    try:
        with office.database.engine.connect() as conn:
            login = conn.execute(text("SELECT db_login FROM users WHERE username = :n"), {"n": name}).scalar()
            exists = conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar() \
                if office.database.backend == "postgresql" else 0
        if office.database.backend == "postgresql":
            assert (login, exists) == (name, 1)
        else:  # the single workstation has no server logins
            assert login is None
    finally:
        if office.database.backend == "postgresql":
            with office.database.engine.begin() as conn:
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
