"""Where the database is: `--db URL` > `FOERDERDESK_DB` > config file > embedded SQLite default.

The config file is TOML in the platform's config folder (`config.toml`, section
`[database]`, key `url`); IT can also place a machine-wide file (`site_config_dir`).
A PostgreSQL password is never written there: it comes from the keyring.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.kernel.errors import ConfigurationError
from app.kernel.i18n import _

APP_NAME = "FoerderDesk"
ENV_DB = "FOERDERDESK_DB"


@dataclass(frozen=True)
class DatabaseChoice:
    url: str
    source: str  # "Aufrufparameter", "Umgebungsvariable", config file path, "Standard"
    is_default: bool = False  # the embedded file in the user's data folder, whose folder is made on first start


def user_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def site_config_file() -> Path:
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def default_sqlite_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "foerderdesk.sqlite3"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def _url_from_file(path: Path) -> str | None:
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(
            _("Die Konfigurationsdatei {path} ist nicht lesbar: {error}").format(path=path, error=exc)
        ) from exc
    url = data.get("database", {}).get("url")
    if url is not None and not isinstance(url, str):
        raise ConfigurationError(
            _("In {path} muss [database] url eine Zeichenkette sein.").format(path=path)
        )
    return url or None


def _refuse_password(url: str, source: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from app.kernel.credentials import refuse_password_in_file

    try:
        parsed = make_url(url)
    except ArgumentError:
        return  # reported as an invalid address when connecting
    refuse_password_in_file(parsed, source)


def resolve_database(cli_url: str | None = None) -> DatabaseChoice:
    """Pick the database URL by precedence; no connection is made here."""
    if cli_url:
        return DatabaseChoice(cli_url, _("Aufrufparameter --db"))
    env_url = os.environ.get(ENV_DB)
    if env_url:
        return DatabaseChoice(env_url, _("Umgebungsvariable {name}").format(name=ENV_DB))
    for path in (user_config_file(), site_config_file()):
        url = _url_from_file(path)
        if url:
            _refuse_password(url, str(path))
            return DatabaseChoice(url, str(path))
    return DatabaseChoice(sqlite_url(default_sqlite_path()), _("Standard (eingebettete SQLite-Datei)"), True)
