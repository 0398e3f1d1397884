"""Changing one value of a config.toml and keeping every other setting (atomic: temp file, then rename).

Every write goes through `app.kernel.atomic` (refuses to replace anything but a regular file).
The file's shape is simple on purpose: tables of strings, numbers and booleans (`[database] url`,
`[ui] language`). A file with anything else is refused rather than rewritten with parts lost.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from app.kernel import atomic
from app.kernel.i18n import LANGUAGES, config_files

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
Value = str | int | float | bool


def update_config(path: Path, table: str, key: str, value: Value) -> Path:
    """Set `[table] key = value` in `path` (created if missing). Raises OSError or ValueError."""
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data.setdefault(table, {})[key] = value
    text = to_toml(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(path, text.encode("utf-8"))
    return path


def save_language(language: str) -> Path:
    """Remember `language` in the user's config.toml (`[ui] language`); the other settings stay as they are.

    Takes effect at the next start: labels are built once, when the program starts.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    return update_config(config_files()[0], "ui", "language", language)


def to_toml(data: dict[str, object]) -> str:
    lines: list[str] = []
    for table, values in data.items():
        if not isinstance(values, dict) or not _BARE_KEY.fullmatch(table):
            raise ValueError(f"config.toml: {table} is not a simple table")
        lines.append(f"[{table}]")
        for key, value in values.items():
            if not _BARE_KEY.fullmatch(key):
                raise ValueError(f"config.toml: [{table}] {key!r} cannot be rewritten")
            if isinstance(value, bool):
                lines.append(f"{key} = {str(value).lower()}")
            elif isinstance(value, str | int | float):
                lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
            else:
                raise ValueError(f"config.toml: [{table}] {key} cannot be rewritten")
        lines.append("")
    return "\n".join(lines)
