"""Qt side of the language: the English `.qm` (ui/resources/i18n), Qt's own German texts otherwise.

The language itself is chosen by app.kernel.i18n before any window module is imported (foerderdesk.main); here the
Qt translators follow it once the QApplication exists.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.kernel.i18n import SOURCE_LANGUAGE, _, active_language

I18N_DIR = Path(__file__).with_name("resources") / "i18n"
_installed: list[QTranslator] = []  # Qt does not own installed translators; keep them alive here
log = logging.getLogger(__name__)


class FallbackTranslator(QTranslator):
    """Looks a text up in the context "" when its own context has no entry, then in the gettext catalogue.

    lupdate files `tr()` of module-level helpers and `window.tr(…)` under other contexts than the ones
    Qt asks for at run time; the build adds every text once more under "" (translations.build). Labels
    that come from app/ (marked there with `_()`) and are passed through `self.tr(label)` are found in
    app.kernel.i18n's catalogue.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        if not found:
            shared = _(source)  # labels the domain provides (statuses, cost types …) shown through self.tr()
            found = shared if shared != source else ""
        return found or None  # None = a null QString: "not here", so Qt keeps the source text ("" would blank it)


def qm_file(language: str) -> Path:
    return I18N_DIR / f"foerderdesk_{language}.qm"


def remove_translators() -> None:
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()


def install_translators(language: str | None = None) -> str:
    """Install the translators for `language` (default: the one app.kernel.i18n chose); returns it."""
    language = language or active_language()
    remove_translators()
    if language == SOURCE_LANGUAGE:
        translator = QTranslator()  # Qt's own buttons and dialogs in German ("Abbrechen", "Ja")
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loaded = translator.load(QLocale(QLocale.Language.German), "qtbase", "_", folder)
    else:
        translator = FallbackTranslator()
        loaded = translator.load(str(qm_file(language)))
    if loaded:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("translations for %s not found; texts stay as they are", language)
    return language


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks `text` for translation where it is defined; `tr(text)` translates it when shown. PySide6's own
    QT_TR_NOOP does the same, but is typed `object -> object`."""
    return text
