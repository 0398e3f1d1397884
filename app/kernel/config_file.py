"""Changing one value of a config.toml and keeping every other setting (atomic: temp file, then rename).

The file's shape is simple on purpose: tables of strings, numbers and booleans (`[database] url`,
`[ui] language`). A file with anything else is refused rather than rewritten with parts lost.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from pathlib import Path

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
Value = str | int | float | bool


def update_config(path: Path, table: str, key: str, value: Value) -> Path:
    """Set `[table] key = value` in `path` (created if missing). Raises OSError or ValueError."""
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data.setdefault(table, {})[key] = value
    text = to_toml(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".toml")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


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
