"""DIN 5008 letters (form B, A4) as PDF, from plain dataclasses; no database, no Qt."""

from reports.letters.document import render_letter
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

__all__ = ["Block", "Bullet", "Facts", "Heading", "LetterDocument", "LetterLayoutError", "Letterhead", "Para",
           "QrCode", "render_letter"]
