"""Marker for user-visible texts outside Qt.

German is the source language. `_()` marks a text for extraction and returns its
translation for the active language (identity until a catalogue is installed), so
an English catalogue can follow without touching the call sites.
"""

from __future__ import annotations

import gettext

_translation: gettext.NullTranslations = gettext.NullTranslations()


def install(translation: gettext.NullTranslations) -> None:
    """Activate a catalogue for all later `_()` calls."""
    global _translation
    _translation = translation


def _(text: str) -> str:
    return _translation.gettext(text)
