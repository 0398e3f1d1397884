"""Which language starts, and that it is in place before any label is built."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from app.kernel.i18n import choose_language
from app.kernel.identity import os_account
from ui.translation import install_translators, remove_translators

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty user and site config folder (platformdirs follows the XDG variables on Linux)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "site"))
    return tmp_path / "user" / "FoerderDesk"


@pytest.mark.skipif(sys.platform == "win32", reason="config folders via XDG variables")
@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "de"),
    ({"LANG": "C.UTF-8"}, "de"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "de"),
    ({"LANGUAGE": "en:de", "LANG": "de_DE.UTF-8"}, "en"),
    ({"FOERDERDESK_LANG": "de", "LANG": "en_GB.UTF-8"}, "de"),
    ({"FOERDERDESK_LANG": "en"}, "en"),
])
def test_language_follows_setting_then_system(config_home: Path, environ: dict[str, str], expected: str) -> None:
    assert choose_language(environ) == expected


@pytest.mark.skipif(sys.platform == "win32", reason="config folders via XDG variables")
def test_config_file_sets_the_language_unless_the_environment_variable_does(config_home: Path) -> None:
    config_home.mkdir(parents=True)
    (config_home / "config.toml").write_text('[ui]\nlanguage = "en"\n', encoding="utf-8")
    assert choose_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert choose_language({"FOERDERDESK_LANG": "de"}) == "de"


def _cli(*args: str, language: str, database: Path, stdin: str | None = None) -> str:
    environ = {**os.environ, "FOERDERDESK_LANG": language, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "foerderdesk", "--db", f"sqlite:///{database.as_posix()}", *args],
                          cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120, check=True, input=stdin)
    return done.stdout + done.stderr


def test_program_start_translates_labels_built_at_import(tmp_path: Path) -> None:
    """Role labels are module-level constants (app.kernel.permissions): English only if the catalogue came first."""
    database = tmp_path / "cli.sqlite3"
    _cli("db", "upgrade", language="de", database=database)
    # the computer's account sets the database up; Maria Müller signs in with her password (single workstation)
    _cli("user", "add", os_account(), "--role", "admin", "--name", "Amt Administration", language="de",
         database=database)
    _cli("user", "add", "mmueller", "--role", "caseworker", "--name", "Maria Müller", language="de", database=database)
    _cli("user", "set-password", "mmueller", "--password-stdin", language="de", database=database,
         stdin="ein-langes-Passwort\n")
    signed_in = ("--user", "mmueller", "--password-stdin", "user", "list")
    english = _cli(*signed_in, language="en", database=database, stdin="ein-langes-Passwort\n")
    german = _cli(*signed_in, language="de", database=database, stdin="ein-langes-Passwort\n")
    assert "Caseworker" in english and "Sachbearbeitung" not in english
    assert "Sachbearbeitung" in german and "Caseworker" not in german


def test_importing_the_program_builds_no_translated_text() -> None:
    """foerderdesk.main chooses the language before importing what builds labels; nothing may be built earlier."""
    probe = ("import gettext, app.kernel.i18n as i\n"
             "class Probe(gettext.NullTranslations):\n"
             "    def gettext(self, message):\n"
             "        raise SystemExit('translated at import: ' + message)\n"
             "i.install(Probe())\n"
             "import foerderdesk.main\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr + done.stdout


@pytest.fixture
def english_qt(qapp: QApplication) -> Iterator[None]:
    install_translators("en")
    yield
    remove_translators()


class CaseDetailWidget(QObject):
    """Named like the real widget: its context exists in the catalogue."""


class Unknown(QObject):
    """A context lupdate never saw (e.g. a module-level helper's)."""


def test_qt_translator_finds_texts_under_any_context_and_keeps_unknown_ones(english_qt: None) -> None:
    assert CaseDetailWidget().tr("Stammdaten") == "Master data"
    assert Unknown().tr("Stammdaten") == "Master data"  # context "" copy
    assert Unknown().tr("Ausgezahlt") == "Paid out"
    assert QCoreApplication.translate("NoSuchContext", "Schreiben drucken") == "Print letter"
    assert Unknown().tr("Kein Text im Katalog") == "Kein Text im Katalog"  # untranslated stays, never blank


def test_language_setting_is_read_from_the_database_settings_file() -> None:
    from app.kernel import config, i18n

    assert i18n.CONFIG_APP_NAME == config.APP_NAME


@pytest.mark.skipif(sys.platform == "win32", reason="config folders via XDG variables")
def test_saving_the_language_keeps_the_database_setting(config_home: Path) -> None:
    from app.kernel.config import resolve_database
    from app.kernel.config_file import save_language

    config_home.mkdir(parents=True)
    (config_home / "config.toml").write_text('[database]\nurl = "sqlite:///C:/Daten/fd.sqlite3"\n', encoding="utf-8")
    save_language("en")
    assert choose_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert resolve_database(None).url == "sqlite:///C:/Daten/fd.sqlite3"
    save_language("de")
    assert choose_language({"LANG": "en_GB.UTF-8"}) == "de"


def test_saving_the_database_address_keeps_the_language(config_home: Path) -> None:
    from app.administration.db_settings import save_database_url
    from app.kernel.config import resolve_database
    from app.kernel.config_file import save_language
    from app.kernel.errors import ConfigurationError

    save_language("en")
    save_database_url("sqlite:///C:/Daten/fd.sqlite3")
    assert choose_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert resolve_database(None).url == "sqlite:///C:/Daten/fd.sqlite3"
    before = (config_home / "config.toml").read_text(encoding="utf-8")
    (config_home / "config.toml").write_text(before + "[extra]\nlist = [1, 2]\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="nicht überschrieben"):
        save_database_url("sqlite:///C:/Daten/anders.sqlite3")  # a hand-made file is not rewritten with parts lost
    assert "fd.sqlite3" in (config_home / "config.toml").read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="config folders via XDG variables")
def test_language_menu_saves_the_choice_for_the_next_start(config_home: Path, qtbot: object) -> None:
    from PySide6.QtWidgets import QMainWindow

    from ui.language_menu import add_language_menu

    window = QMainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    menu = add_language_menu(window, window.menuBar().addMenu("View"))
    english = next(a for a in menu.actions() if a.objectName() == "language-en")
    assert [a.text() for a in menu.actions()] == ["Deutsch", "English"]
    assert next(a for a in menu.actions() if a.objectName() == "language-de").isChecked()
    english.trigger()
    assert 'language = "en"' in (config_home / "config.toml").read_text(encoding="utf-8")
    assert choose_language({}) == "en"
