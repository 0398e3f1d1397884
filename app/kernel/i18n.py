"""User-visible texts outside Qt, and the choice of the language.

German is the source language. `_()` marks a text for extraction and returns its
translation for the active language. The English catalogue lives in
`app/locale/en/LC_MESSAGES/foerderdesk.mo` (built by `make translations`).

The language is chosen once, at program start, before the modules with translated
module-level constants (permission and status labels, settings) are imported:
`FOERDERDESK_LANG=de|en` > `config.toml` (`[ui] language = "en"`) > the system's
language (German and English are offered, anything else falls back to German).
"""

from __future__ import annotations

import gettext
import locale
import logging
import os
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from reports import i18n as reports_i18n

DOMAIN = "foerderdesk"
SOURCE_LANGUAGE = "de"
LANGUAGES = ("de", "en")
ENV_LANG = "FOERDERDESK_LANG"
LOCALE_DIR = Path(__file__).parent.parent / "locale"  # app/locale (this module lives in app/kernel)
CONFIG_APP_NAME = "FoerderDesk"  # = app.kernel.config.APP_NAME

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE
_german_documents: ContextVar[bool] = ContextVar("german_documents", default=False)
_sources: tuple[gettext.NullTranslations, dict[str, str]] | None = None  # translation → German, built on demand


def install(translation: gettext.NullTranslations) -> None:
    """Activate a catalogue for all later `_()` calls, also those of reports/ (which may not import app/)."""
    global _translation
    _translation = translation
    reports_i18n.install(_)


def _(text: str) -> str:
    if _german_documents.get():
        return text
    return _translation.gettext(text)


@contextmanager
def german_documents() -> Iterator[None]:
    """Inside, `_()` returns the German source texts, whatever language the interface uses.

    Letters and notices to applicants are written in German (the administrative language); the code that
    composes them runs inside this block. Labels built at import (module-level constants) were translated
    already: `source_text()` gives their German back.
    """
    token = _german_documents.set(True)
    try:
        yield
    finally:
        _german_documents.reset(token)


def source_text(text: str) -> str:
    """The German source of a text `_()` translated earlier (unchanged if it is not a translation)."""
    global _sources
    catalogue = getattr(_translation, "_catalog", None)
    if not catalogue:
        return text
    if _sources is None or _sources[0] is not _translation:
        reverse: dict[str, str] = {}
        for source, translated in catalogue.items():
            if isinstance(source, str) and source and isinstance(translated, str):
                reverse.setdefault(translated, source)
        _sources = (_translation, reverse)
    return _sources[1].get(text, text)


def active_language() -> str:
    return _language


def install_language(language: str) -> None:
    """Activate the catalogue of `language` ("de" = the source texts)."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; offered: {', '.join(LANGUAGES)}")
    _language = language
    if language == SOURCE_LANGUAGE:
        install(gettext.NullTranslations())
    else:
        found = gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)
        if type(found) is gettext.NullTranslations:
            logging.getLogger(__name__).warning("catalogue %s for %s missing; texts stay German", DOMAIN, language)
        install(found)


def choose_language(environ: dict[str, str] | None = None) -> str:
    """The language to start with: environment variable > config file > system."""
    environ = dict(os.environ) if environ is None else environ
    for candidate in (environ.get(ENV_LANG), _configured_language(), _system_language(environ)):
        code = _supported(candidate)
        if code:
            return code
    return SOURCE_LANGUAGE


def _supported(value: str | None) -> str | None:
    """'en_GB.UTF-8' → 'en'; None for C/POSIX and languages we do not offer."""
    code = (value or "").split(":")[0].split(".")[0].split("_")[0].split("-")[0].strip().lower()
    return code if code in LANGUAGES else None


def config_files() -> tuple[Path, Path]:
    """The config.toml files of app.kernel.config (user, then machine-wide); not imported from there, because
    app.kernel.config needs SQLAlchemy and reports/ (which uses `_()`) must not depend on it."""
    import platformdirs

    return (Path(platformdirs.user_config_dir(CONFIG_APP_NAME, appauthor=False)) / "config.toml",
            Path(platformdirs.site_config_dir(CONFIG_APP_NAME, appauthor=False)) / "config.toml")


def _configured_language() -> str | None:
    for path in config_files():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # the database settings report an unreadable file; the language just falls back
        value = data.get("ui", {}).get("language")
        if isinstance(value, str) and value:
            return value
    return None


def _system_language(environ: dict[str, str]) -> str | None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            return environ[name]
    if sys.platform == "win32":  # the Windows display language is not in the environment
        import ctypes

        ui_language = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]  # Windows only
        return locale.windows_locale.get(ui_language)
    return None
