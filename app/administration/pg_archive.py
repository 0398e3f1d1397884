"""Reading a PostgreSQL backup (pg_dump custom archive) without restoring it.

`pg_restore --data-only --table=T --file=-` prints a table's rows as a COPY block; this needs no connection and
no privilege on the server, so the restore can compare the backup with the live data before anything changes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from app.kernel.errors import ConfigurationError, ValidationError
from app.kernel.i18n import _

_COPY = re.compile(r"^COPY [\w.\"]+ \((?P<columns>[^)]*)\) FROM stdin;$")
_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _run(arguments: list[str], source: Path) -> str:
    if shutil.which("pg_restore") is None:
        raise ConfigurationError(_("{tool} ist nicht installiert (PostgreSQL-Clientprogramme).").format(
            tool="pg_restore"))
    done = subprocess.run(["pg_restore", *arguments, str(source)], capture_output=True, text=True,  # noqa: S603,S607
                          check=False)
    if done.returncode != 0:
        raise ValidationError(_("{path} ist keine FörderDesk-Sicherung.").format(path=source))
    return done.stdout


def check_archive(source: Path) -> None:
    """Refuse a file that is not a pg_dump archive of a FörderDesk database (it has no schema version table)."""
    listing = _run(["--list"], source)
    if not re.search(r"\bTABLE \S+ alembic_version\b", listing):
        raise ValidationError(_("{path} ist keine FörderDesk-Sicherung.").format(path=source))


def _field(raw: str) -> str | None:
    if raw == "\\N":
        return None
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), raw)


def table_rows(source: Path, table: str) -> list[dict[str, str | None]]:
    """The rows the archive holds for `table` (text values as COPY writes them; NULL as None)."""
    rows: list[dict[str, str | None]] = []
    columns: list[str] | None = None
    for line in _run(["--data-only", f"--table={table}", "--file=-"], source).splitlines():
        if columns is None:
            match = _COPY.match(line)
            if match:
                columns = [c.strip().strip('"') for c in match.group("columns").split(",")]
            continue
        if line == "\\.":
            break
        rows.append(dict(zip(columns, (_field(value) for value in line.split("\t")), strict=True)))
    return rows


def table_ids(source: Path, table: str) -> set[int]:
    return {int(row["id"] or 0) for row in table_rows(source, table)}
