"""Starting the window: open (and on SQLite migrate) the database, first start, sign-in, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# the domain (SQLAlchemy, every model: some 400 modules) before Qt: once PySide6 is imported, it reads the source
# of each module imported after it (its `__feature__` check), which would cost the start ~50 ms (issue 26)
from app.administration.reference_data import ensure_reference_data, has_data
from app.cases.reader import Reader
from app.kernel.config import resolve_database
from app.kernel.database import Database, connect, require_current_schema, upgrade_schema
from app.kernel.errors import FoerderDeskError
from app.kernel.identity import os_account
from app.kernel.logs import configure_logging
from app.kernel.signin import password_needed, sign_in

# isort: split
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.context import UiContext
from ui.demo_offer import DemoOffer, DemoUsers
from ui.dialogs.sign_in import SignInDialog
from ui.errors import install_excepthook
from ui.main_window import MainWindow
from ui.style import apply_style
from ui.tasks import Runner, finish_jobs
from ui.translation import install_translators

ICON = Path(__file__).with_name("resources") / "foerderdesk.png"


def open_database(url: str | None) -> Database:
    choice = resolve_database(url)
    database = connect(choice.url, create_folder=choice.is_default)
    if database.backend == "sqlite" and upgrade_schema(database):
        ensure_reference_data(database)
    require_current_schema(database)
    return database


class GuiSession:
    """Holds the open database and the current window; switching demo users replaces the window."""

    def __init__(self, database: Database, user_name: str, demo_users: DemoUsers | None = None) -> None:
        self.database = database
        self.demo_users = demo_users
        self.runner = Runner()
        self.window: MainWindow | None = None
        self.open_window(user_name)

    def open_window(self, user_name: str) -> MainWindow:
        actor = Reader(self.database, user_name).actor()
        context = UiContext(self.database, actor, self.runner)
        users = self.demo_users(self.database) if self.demo_users else None
        old, self.window = self.window, MainWindow(context, users)
        if self.window.user_switch is not None:
            self.window.user_switch.activated.connect(lambda _i: self._switch())
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        self.window.start()  # before show: the list's query is queued before those of the start page's panels
        self.window.show()
        return self.window

    def _switch(self) -> None:
        assert self.window is not None and self.window.user_switch is not None
        user = self.window.user_switch.currentData()
        if user != self.window.context.actor.username and self.window.may_discard_edits():
            self.window.drop_edits()
            self.open_window(user)


def run_gui(db: str | None, user: str | None, demo: DemoOffer | None = None) -> int:
    """The window for the database `db` (else the configured one) and the user `user` (else the computer's account;
    `sign_in_at_start`); the entry point (`foerderdesk.main`) has parsed the options and passes `demo` when the
    demo data exist."""
    configure_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("FörderDesk")
    install_translators()  # the language app.kernel.i18n chose in foerderdesk.main
    app.setWindowIcon(QIcon(str(ICON)))
    apply_style(app)
    founder: str | None = None
    try:
        database = open_database(db)
        if not has_data(database):
            from ui.dialogs.first_start import FirstStartDialog  # only ever needed once

            # who sets the database up acts in it (on the shared server as its login decides; app.kernel.signin)
            founder = user if user and password_needed(database, user) else sign_in(database, user)
            if not FirstStartDialog(database, founder, generate=demo.generate if demo else None).exec():
                return 0
        signed_in = founder if founder else sign_in_at_start(database, user)
        if signed_in is None:
            return 0
        session = GuiSession(database, signed_in, demo.users if demo else None)
    except FoerderDeskError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("startup", "FörderDesk kann nicht starten"),
                             exc.message)
        return 1
    install_excepthook(lambda: session.window)
    _quit_after_for_automation(app)
    code = app.exec()
    finish_jobs()
    return code


def sign_in_at_start(database: Database, claimed: str | None) -> str | None:
    """Who the window is for (`app.kernel.signin`): the computer's account, or `--user NAME` after NAME's password
    was typed in the sign-in dialog (single workstation); None when the dialog was cancelled."""
    if not password_needed(database, claimed):
        return sign_in(database, claimed)
    dialog = SignInDialog(Runner(), lambda name, password: sign_in(database, name, password),
                          QCoreApplication.translate("startup", "Bei FörderDesk anmelden"),
                          QCoreApplication.translate("startup", "Dieser Rechner ist mit dem Konto »{account}« "
                                                                "angemeldet. Um als »{name}« zu arbeiten, bitte dessen "
                                                                "FörderDesk-Passwort eingeben.").format(
                              account=os_account(), name=claimed), username=claimed)
    dialog.runner.setParent(dialog)
    return str(dialog.result_value) if dialog.exec() else None


def _quit_after_for_automation(app: QApplication) -> None:
    """`FOERDERDESK_QUIT_AFTER_MS=N`: close the window after N ms (smoke test of the frozen program)."""
    delay = os.environ.get("FOERDERDESK_QUIT_AFTER_MS", "")
    if delay.isdigit():
        QTimer.singleShot(int(delay), app.closeAllWindows)
