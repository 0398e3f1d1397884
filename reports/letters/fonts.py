"""The embedded TrueType fonts of every letter.

The PDF base fonts (Helvetica …) know no „ “ and depend on the viewer for ä, ö,
ü, ß and €; a Bescheid must print and extract the same everywhere, so letters
embed DejaVu Sans (subset) from `reports/fonts/`, shipped with the program so
that Windows machines without DejaVu render identical letters.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the letter fonts with reportlab once per process (parsing a TTF is slow)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
        # Paragraph markup <b> needs the family; there is no italic cut, so italic maps to upright.
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True
