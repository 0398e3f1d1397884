"""The "Verwaltung" menu: administration and data protection (enabled for administrators; the services check)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.context import UiContext


def _open_administration(window: QMainWindow, context: UiContext) -> None:
    from ui.admin.window import open_administration  # on first use: keeps the letter and PDF stack off cold start

    open_administration(window, context)


def _open_data_protection(window: QMainWindow, context: UiContext) -> None:
    from ui.data_protection.window import open_data_protection

    open_data_protection(window, context)


def install_admin_menu(window: QMainWindow, context: UiContext) -> tuple[QAction, QAction]:
    menu: QMenu = window.menuBar().addMenu(window.tr("&Verwaltung"))
    menu.setObjectName("adminMenu")
    admin = menu.addAction(window.tr("Administration …"))
    admin.setObjectName("openAdministration")
    admin.triggered.connect(lambda: _open_administration(window, context))
    privacy = menu.addAction(window.tr("Datenschutz …"))
    privacy.setObjectName("openDataProtection")
    privacy.triggered.connect(lambda: _open_data_protection(window, context))
    for action in (admin, privacy):
        action.setEnabled(context.may("admin.configure"))
    return admin, privacy
