"""View → Language: German or English from the next start (written to config.toml, `[ui] language`)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from app.kernel.config_file import save_language
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import active_language
from ui.errors import show_message

# each language named in itself, as language menus do
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


def add_language_menu(window: QMainWindow, view: QMenu) -> QMenu:
    menu = view.addMenu(window.tr("Sprache"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for code, name in LANGUAGE_NAMES.items():
        action = QAction(name, menu, checkable=True, checked=code == active_language())
        action.setObjectName(f"language-{code}")
        action.triggered.connect(lambda _checked=False, c=code: choose(window, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose(window: QMainWindow, language: str) -> QMessageBox | None:
    try:
        path = save_language(language)
    except (OSError, ValueError) as exc:
        show_message(window, FoerderDeskError(window.tr("Die Sprache kann nicht gespeichert werden: {error}")
                                              .format(error=exc)))
        return None
    box = QMessageBox(QMessageBox.Icon.Information, window.tr("Sprache"),
                      window.tr("Die Sprache wechselt beim nächsten Start von FörderDesk ({path}).").format(path=path),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("languageSaved")
    box.open()
    return box
