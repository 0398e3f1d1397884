"""What may be attached to a document: size limit, type by content (not by name), a safe file name.

The file name a user supplies is only a label: it never becomes a path. Names with folder parts,
`..`, control characters or reserved Windows names are refused.
"""

from __future__ import annotations

import re
import unicodedata

from app.kernel.errors import ValidationError
from app.kernel.i18n import _

MAX_BYTES = 20 * 1024 * 1024
# content signature → (media type, allowed name endings)
SIGNATURES: list[tuple[bytes, str, tuple[str, ...]]] = [
    (b"%PDF-", "application/pdf", (".pdf",)),
    (b"\x89PNG\r\n\x1a\n", "image/png", (".png",)),
    (b"\xff\xd8\xff", "image/jpeg", (".jpg", ".jpeg")),
    (b"PK\x03\x04", "application/zip", (".docx", ".xlsx", ".odt", ".ods", ".zip")),
]
RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def safe_file_name(name: str) -> str:
    text = unicodedata.normalize("NFC", (name or "").strip())
    if not text:
        raise ValidationError(_("Bitte einen Dateinamen angeben."), "file_name")
    if any(sep in text for sep in ("/", "\\", ":")) or text in (".", "..") or ".." in text.split("."):
        raise ValidationError(_("Der Dateiname »{name}« enthält eine Ordnerangabe; erlaubt ist nur der Name der "
                                "Datei.").format(name=text), "file_name")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in text) or RESERVED.match(text) or len(text) > 200:
        raise ValidationError(_("Der Dateiname »{name}« ist nicht zulässig.").format(name=text.encode(
            "unicode_escape").decode()), "file_name")
    return text


def media_type(content: bytes, file_name: str) -> str:
    """The type recognised from the content; the name's ending must fit it."""
    if len(content) > MAX_BYTES:
        raise ValidationError(_("Die Datei ist zu groß ({size} MB, höchstens {max} MB).").format(
            size=round(len(content) / 1024 / 1024, 1), max=MAX_BYTES // 1024 // 1024), "content")
    if not content:
        raise ValidationError(_("Die Datei ist leer."), "content")
    for signature, kind, endings in SIGNATURES:
        if content.startswith(signature):
            if not file_name.lower().endswith(endings):
                raise ValidationError(_("Der Inhalt ist {kind}, der Name »{name}« passt nicht dazu.").format(
                    kind=kind, name=file_name), "file_name")
            return kind
    raise ValidationError(_("Dateien dieser Art werden nicht angenommen (erlaubt: PDF, PNG, JPEG, Office-Dateien)."),
                          "content")


# What the program shows itself when a stored file is opened, by content only: never by the stored name.
VIEWABLE: list[tuple[bytes, str, str]] = [
    (b"%PDF-", "pdf", ".pdf"),
    (b"\x89PNG\r\n\x1a\n", "image", ".png"),
    (b"\xff\xd8\xff", "image", ".jpg"),
]
OFFICE_ENDINGS = (".docx", ".xlsx", ".odt", ".ods")
_UNSAFE = re.compile(r"[^\w\- ()]+")


def viewable_kind(content: bytes) -> str | None:
    """"pdf" or "image" when the content is one the built-in viewer shows; None for anything else."""
    for signature, kind, _ending in VIEWABLE:
        if content.startswith(signature):
            return kind
    return None


def save_name(name: str, content: bytes) -> str:
    """A name to offer when a stored file is saved: its ending follows the content (".bin" when unknown), the rest
    of the stored name has no dots left, so "Bescheid.pdf.bat" with unknown content becomes
    "Bescheid_pdf_bat.bin" and can never be started by a double click."""
    ending = next((e for signature, _kind, e in VIEWABLE if content.startswith(signature)), None)
    lowered = (name or "").lower()
    if ending is None and content.startswith(b"PK\x03\x04"):
        ending = next((e for e in OFFICE_ENDINGS if lowered.endswith(e)), ".zip")
    ending = ending or ".bin"
    stem = name[: -len(ending)] if lowered.endswith(ending) else (name or "")
    if ending == ".jpg" and lowered.endswith(".jpeg"):
        stem = name[: -len(".jpeg")]
    clean = "_".join(part for part in _UNSAFE.split(unicodedata.normalize("NFC", stem)) if part.strip())
    return f"{clean.strip()[:120] or 'Unterlage'}{ending}"
