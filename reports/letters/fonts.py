"""The embedded TrueType fonts of every letter.

The PDF base fonts (Helvetica …) know no „ “ and depend on the viewer for ä, ö,
ü, ß and €; a Bescheid must print and extract the same everywhere, so letters
embed DejaVu Sans (subset) from `reports/fonts/`, shipped with the program so
that Windows machines without DejaVu render identical letters.

Every letter embeds a subset of each font. Letters of a batch use the same characters in the same order of
first use (the first 128 codes are always ASCII), so the subset's font program is made and compressed once and
its bytes reused (issue 26): the same bytes reportlab would make for each letter, without the work.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from pathlib import Path
from types import MethodType
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont, TTFontFace

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
SUBSETS_KEPT = 32  # font programs kept per process (about 30 kB each)

_lock = threading.Lock()
_registered = False
_subsets: OrderedDict[tuple[str, tuple[int, ...]], tuple[bytes, bytes]] = OrderedDict()


def register_fonts() -> None:
    """Register the letter fonts with reportlab once per process (parsing a TTF is slow)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            font = TTFont(name, str(FONT_DIR / file_name))
            font.face.addSubsetObjects = MethodType(_add_subset_objects, font.face)  # type: ignore[method-assign]
            pdfmetrics.registerFont(font)
        # Paragraph markup <b> needs the family; there is no italic cut, so italic maps to upright.
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


def subset_program(face: TTFontFace, subset: list[int]) -> tuple[bytes, bytes]:
    """The TrueType program of `subset` and its Flate-compressed bytes, made once per subset."""
    key = (face.filename, tuple(subset))
    with _lock:
        found = _subsets.get(key)
        if found is not None:
            _subsets.move_to_end(key)
            return found
    program = face.makeSubset(subset)
    made = (program, zlib.compress(program))
    with _lock:
        _subsets[key] = made
        while len(_subsets) > SUBSETS_KEPT:
            _subsets.popitem(last=False)
    return made


def _add_subset_objects(face: TTFontFace, doc: Any, fontname: str, subset: list[int]) -> Any:
    """reportlab's `TTFontFace.addSubsetObjects`, with the font program from `subset_program`."""
    program, compressed = subset_program(face, subset)
    font_file = pdfdoc.PDFStream()
    font_file.dictionary["Length1"] = len(program)
    if doc.compression:  # already compressed: the "Filter" entry tells the stream not to compress again
        font_file.content = compressed
        font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
    else:
        font_file.content = program
    font_file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({fontname})")
    descriptor = pdfdoc.PDFDictionary({
        "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight, "Descent": face.descent,
        "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC, "FontBBox": pdfdoc.PDFArray(face.bbox),
        "FontName": pdfdoc.PDFName(fontname), "ItalicAngle": face.italicAngle, "StemV": face.stemV,
        "FontFile2": font_file_ref, "MissingWidth": face.defaultWidth,
    })
    return doc.Reference(descriptor, "fontDescriptor:" + fontname)
