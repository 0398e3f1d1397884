"""Stored files (issued letters, received documents) whose bytes anonymisation deleted after the retention
period: their SHA-256 and metadata stay, and whoever asks for the bytes gets this message (schema 0015)."""

from __future__ import annotations

from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _


class ContentDeleted(FoerderDeskError):
    """The bytes of a stored letter or document were deleted when the case was anonymised."""


def deleted_notice(sha256: str | None) -> str:
    """What stands in for an emptied file, with the hash that still proves what it was."""
    return _("Inhalt nach Ablauf der Aufbewahrungsfrist gelöscht (SHA-256 {sha256}).").format(
        sha256=sha256 or _("nicht erfasst"))


def content_deleted(what: str, sha256: str | None) -> ContentDeleted:
    """The error for asking for an emptied file; `what` names it (e.g. "Schreiben Nr. 3")."""
    return ContentDeleted(f"{what}: {deleted_notice(sha256)}")
