"""The auditor's dossier (Prüfakte) as one ZIP file: the files given, plus `MANIFEST.sha256` with the SHA-256
of every file in the format of `sha256sum` (an auditor checks it with `sha256sum -c MANIFEST.sha256`).

The archive is rendered to bytes (`zip_bytes`); `app.proof.dossier` writes them atomically (hidden partial
name, renamed when complete), so a dossier either exists completely or not at all. CSV files are written for German
spreadsheets: UTF-8 with byte order mark, semicolons, and texts that begin with =, +, -, @ kept as text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

MANIFEST = "MANIFEST.sha256"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^-?[\d.]+(,\d+)?( €| %)?$")
_UNSAFE = re.compile(r"[^0-9A-Za-zÄÖÜäöüß._-]+")
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # ZIP entry time: identical content gives an identical archive


@dataclass(frozen=True)
class DossierFile:
    path: str  # inside the ZIP, with "/" between folders
    content: bytes


@dataclass(frozen=True)
class ManifestEntry:
    path: str
    size: int
    sha256: str


def safe_part(name: str) -> str:
    """A file or folder name that is safe in every ZIP tool and file system."""
    cleaned = _UNSAFE.sub("_", name).strip("._")
    return cleaned[:120] or "datei"


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.match(text):
        return "'" + text  # a spreadsheet must show it, never run it
    return text


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([_cell(h) for h in headers])
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")


def manifest(files: Sequence[DossierFile]) -> tuple[list[ManifestEntry], bytes]:
    entries = [ManifestEntry(f.path, len(f.content), hashlib.sha256(f.content).hexdigest()) for f in files]
    text = "".join(f"{e.sha256}  {e.path}\n" for e in entries)
    return entries, text.encode("utf-8")


def _check_paths(files: Sequence[DossierFile]) -> None:
    seen: set[str] = set()
    for f in files:
        if f.path in seen or f.path == MANIFEST or f.path.startswith("/") or ".." in f.path.split("/"):
            raise ValueError(f"invalid or duplicate dossier path {f.path!r}")
        seen.add(f.path)


def zip_bytes(files: Sequence[DossierFile]) -> tuple[bytes, list[ManifestEntry]]:
    """The dossier as ZIP bytes, with the manifest as its last member."""
    _check_paths(files)
    entries, manifest_text = manifest(files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for f in [*files, DossierFile(MANIFEST, manifest_text)]:
            info = zipfile.ZipInfo(f.path, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, f.content)
    return buffer.getvalue(), entries
