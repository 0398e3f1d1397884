"""DIN 5008 letters (form B, A4) as PDF, from plain dataclasses; no database, no Qt.

The data classes are imported here at once; `render_letter` (and with it reportlab) only when it is first asked
for: the window's start reads the letterhead's fields and limits, but renders no letter (issue 26).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from reports.letters.model import (
    Block,
    Bullet,
    Facts,
    Heading,
    LetterDocument,
    Letterhead,
    LetterLayoutError,
    Para,
    QrCode,
)

if TYPE_CHECKING:
    from reports.letters.document import render_letter

__all__ = ["Block", "Bullet", "Facts", "Heading", "LetterDocument", "LetterLayoutError", "Letterhead", "Para",
           "QrCode", "render_letter"]


def __getattr__(name: str) -> Any:
    """`render_letter` on first use (PEP 562): importing the data classes must not load reportlab."""
    if name == "render_letter":
        return importlib.import_module("reports.letters.document").render_letter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
