"""Consistent copies of an embedded SQLite database (SQLite's online backup API, safe while in use)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app.kernel.atomic import replace_atomically
from app.kernel.errors import ConfigurationError, ValidationError
from app.kernel.i18n import _


def backup_sqlite(source_path: Path, target: Path) -> Path:
    """Copy the SQLite file to `target` (written to a temporary name first, then renamed)."""
    temporary = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(source_path)
        try:
            copy = sqlite3.connect(temporary)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            finally:
                copy.close()
        finally:
            source.close()
        replace_atomically(temporary, target)  # fsynced, and never onto a device or a folder
    except ValidationError:
        temporary.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        temporary.unlink(missing_ok=True)
        raise ConfigurationError(_("Die Sicherung nach {target} ist fehlgeschlagen: {error}").format(
            target=target, error=exc)) from exc
    return target


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Before a newer program migrates an SQLite file: a copy next to it, named after the old revision."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")  # noqa: DTZ005 - local time in a file name
    return backup_sqlite(path, path.with_name(f"{path.stem}.vor-{revision}-{stamp}{path.suffix}"))
