"""Limits for reading an uploaded workbook, checked before and while it is parsed.

An .xlsx is a zip archive: 3.6 MB on disk can expand to 1 GiB of XML (a "zip bomb") and keep the
program busy for minutes. Before anything is parsed, the sizes the archive declares for its members
are added up (Python's zipfile never hands out more than a member declares) and a member that shrank
suspiciously much is refused; while the rows are read, rows, columns, filled cells and the time taken
are counted. Each limit is a setting an administrator can change *(configurable)*; the defaults suit
an office list (a few thousand rows, a few dozen columns).
"""

from __future__ import annotations

import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.kernel import settings
from app.kernel.database import Database
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _

MB = 1024 * 1024
RATIO_FROM_BYTES = MB  # small members (styles, a short sheet) may compress very well without harm


class ImportTooLarge(FoerderDeskError):
    """The workbook exceeds an import limit; nothing was read into the database."""


@dataclass(frozen=True)
class ImportLimits:
    max_megabytes: int = 50
    max_ratio: int = 200
    max_rows: int = 20_000
    max_columns: int = 200
    max_cells: int = 1_000_000
    max_seconds: int = 60


LIMIT_SETTINGS = {"max_megabytes": "import_max_megabytes", "max_ratio": "import_max_ratio",
                  "max_rows": "import_max_rows", "max_columns": "import_max_columns",
                  "max_cells": "import_max_cells", "max_seconds": "import_max_seconds"}


def import_limits(database: Database) -> ImportLimits:
    """The limits as configured (the defaults where nothing is stored)."""
    with database.read() as session:
        return ImportLimits(**{name: settings.get_int(session, key) for name, key in LIMIT_SETTINGS.items()})


def check_archive(path: Path, limits: ImportLimits) -> None:
    """Refuse before parsing: too much uncompressed content in total, or one member expanded beyond reason."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a readable archive: the reader says so in its own words
    total = sum(member.file_size for member in members)
    if total > limits.max_megabytes * MB:
        raise ImportTooLarge(_("Die Datei »{name}« ist entpackt {size} MB groß; eingelesen werden höchstens {max} MB "
                               "(in den Einstellungen festgelegt). Es wurde nichts importiert.").format(
            name=path.name, size=round(total / MB), max=limits.max_megabytes))
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FROM_BYTES and ratio > limits.max_ratio:
            raise ImportTooLarge(_("Die Datei »{name}« ist auffällig stark gepackt ({part}: {ratio:.0f}-fach, "
                                   "höchstens {max}-fach) und wird nicht gelesen. Es wurde nichts importiert.").format(
                name=path.name, part=member.filename, ratio=ratio, max=limits.max_ratio))


class RowGuard:
    """Counts what is read from a sheet and stops at the first limit that is exceeded."""

    def __init__(self, file_name: str, limits: ImportLimits) -> None:
        self.file_name, self.limits = file_name, limits
        self.rows = self.cells = 0
        self.deadline = time.monotonic() + limits.max_seconds

    def row(self, values: list[object]) -> None:
        """One more row of `values` (at most `max_columns + 1` of them: one more shows the limit was passed)."""
        filled = [i for i, value in enumerate(values) if value is not None and value != ""]
        if not filled:
            self._time()
            return  # blank rows (formatting down to row 1,048,576) cost time, not memory
        self.rows += 1
        self.cells += len(filled)
        limits = self.limits
        if filled[-1] >= limits.max_columns:
            self._refuse(_("Die Datei »{name}« hat mehr als {max} Spalten."), limits.max_columns)
        if self.rows > limits.max_rows:
            self._refuse(_("Die Datei »{name}« hat mehr als {max} ausgefüllte Zeilen."), limits.max_rows)
        if self.cells > limits.max_cells:
            self._refuse(_("Die Datei »{name}« hat mehr als {max} ausgefüllte Zellen."), limits.max_cells)
        self._time()

    def stored(self, count: int) -> None:
        """`count` rows kept so far, blank ones between filled ones included."""
        if count > 2 * self.limits.max_rows:
            self._refuse(_("Die Datei »{name}« hat mehr als {max} ausgefüllte Zeilen."), self.limits.max_rows)

    def _time(self) -> None:
        if time.monotonic() > self.deadline:
            self._refuse(_("Das Lesen der Datei »{name}« dauert länger als {max} Sekunden."), self.limits.max_seconds)

    def _refuse(self, sentence: str, limit: int) -> None:
        raise ImportTooLarge(sentence.format(name=self.file_name, max=f"{limit:,}".replace(",", ".")) + " " + _(
            "Es wurde nichts importiert; bitte die Liste aufteilen (die Grenze ist in den Einstellungen "
            "festgelegt)."))
